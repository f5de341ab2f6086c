#!/usr/bin/env node
// CPU profile of our extract() on the ScrapingHub pages (else the ward fixtures): where the
// time goes, by function (self time) and by pipeline stage (source file).
//
//   node bench/profile.mjs [--set scrapinghub|ward] [--rounds 5] [--top 25] [--parser parse5]
//                          [--keep DIR] [--markdown] [--entry dist/index.js]
//
// Runs a child `node --cpu-prof` that extracts every page --rounds times (after one warm-up
// round), then reads the .cpuprofile. Functions of the bundle are attributed to their source
// file through the `// src/...` markers esbuild writes between modules.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { oursEntry } from './lib/adapters.mjs';
import { hasScrapinghub, loadScrapinghub, loadWard } from './lib/pages.mjs';
import { flag, fmt, option, table } from './lib/report.mjs';

const rounds = Number(option('rounds', 5));
/** --set ward|scrapinghub; ScrapingHub by default when ../shared is present. */
const pageSet = () => (option('set', 'scrapinghub') === 'ward' || !hasScrapinghub() ? loadWard() : loadScrapinghub());
const parser = option('parser', null);

if (flag('child')) {
  const { extract } = await import(pathToFileURL(resolve(option('entry', oursEntry()))).href);
  const pages = pageSet();
  const opts = parser ? { parser } : {};
  for (let r = 0; r <= rounds; r++) for (const p of pages) extract(p.html, { url: p.url, ...opts });
  process.exit(0);
}

const entry = resolve(oursEntry());
const pageCount = pageSet().length;
const keep = option('keep', null);
const dir = keep ?? mkdtempSync(join(tmpdir(), 'ward-news-prof-'));
const args = ['--cpu-prof', '--cpu-prof-dir', dir, fileURLToPath(import.meta.url), '--child',
  '--rounds', String(rounds), '--entry', entry, '--set', option('set', 'scrapinghub'),
  ...(parser ? ['--parser', parser] : [])];
execFileSync(process.execPath, args, { stdio: 'inherit' });
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
if (!keep) rmSync(dir, { recursive: true, force: true });

// Source file of each bundle line, from esbuild's module markers; the entry re-exports a
// shared chunk, so every file of the build folder is mapped, on first sight.
const buildDir = pathToFileURL(dirname(entry)).href;
const moduleMaps = new Map();
const moduleAt = (url, line) => {
  let at = moduleMaps.get(url);
  if (!at) {
    at = [];
    let current = '(bundle)';
    for (const text of readFileSync(fileURLToPath(url), 'utf8').split('\n')) {
      const m = /^\/\/ (src\/\S+\.ts)$/.exec(text);
      if (m) current = m[1];
      at.push(current);
    }
    moduleMaps.set(url, at);
  }
  return at[line] ?? '(bundle)';
};
const inBuild = (url) => url.startsWith(`${buildDir}/`) && url.endsWith('.js');
const where = (cf) => {
  const url = cf.url ?? '';
  if (inBuild(url)) return moduleAt(url, cf.lineNumber);
  if (cf.functionName.startsWith('RegExp:')) return '(regular expressions)';
  if (cf.functionName === '(garbage collector)') return '(garbage collector)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return `${nm[1]} (dependency)`;
  if (url.startsWith('node:') || !url) return '(node internals)';
  return url.replace(/^file:\/\//, '');
};

// Self time: each sample's time delta goes to the node it landed on.
const selfUs = new Map();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
// Only time spent inside extract() counts: loading modules and reading pages are not ours.
const children = new Map(profile.nodes.map((n) => [n.id, n.children ?? []]));
const inside = new Set();
const mark = (id) => {
  if (inside.has(id)) return;
  inside.add(id);
  for (const c of children.get(id)) mark(c);
};
for (const n of profile.nodes) {
  if (n.callFrame.functionName === 'extract' && inBuild(n.callFrame.url)) mark(n.id);
  // V8 samples collections at the root, not under the function that allocated; almost all
  // allocation here is extract's, so they count
  if (n.callFrame.functionName === '(garbage collector)') mark(n.id);
}
const byFn = new Map();
const byFile = new Map();
let total = 0;
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (!us || !inside.has(node.id)) continue;
  total += us;
  const cf = node.callFrame;
  const file = where(cf);
  const key = `${cf.functionName || '(anonymous)'}\t${file}:${cf.lineNumber + 1}`;
  byFn.set(key, (byFn.get(key) ?? 0) + us);
  byFile.set(file, (byFile.get(file) ?? 0) + us);
}
const pct = (us) => `${fmt((100 * us) / total, 1)}%`;
const top = Number(option('top', 25));
const markdown = flag('markdown');
const fnRows = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)
  .map(([k, us]) => {
    const [fn, loc] = k.split('\t');
    // regexps are named by their source: enough of it to recognise the lexicon
    return [fn.length > 60 ? `${fn.slice(0, 59)}…` : fn, loc, fmt(us / 1000, 0), pct(us)];
  });
const fileRows = [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)
  .map(([f, us]) => [f, fmt(us / 1000, 0), pct(us)]);
console.log(`Profile of extract(${parser ? `{ parser: '${parser}' }` : ''}) over ${rounds + 1} rounds of `
  + `${pageCount} pages: ${fmt(total / 1000, 0)} ms sampled inside extract and GC `
  + `(${fmt(total / 1000 / ((rounds + 1) * pageCount), 2)} ms per page)\n`);
console.log('Top functions by self time\n');
console.log(table(['function', 'where (bundle line)', 'self ms', 'share'], fnRows, markdown));
console.log('\nSelf time by source file / package\n');
console.log(table(['file', 'self ms', 'share'], fileRows, markdown));
