#!/usr/bin/env node
// What the main entry costs to load: the time to import `ward-news` (dist/index.js, ESM, and
// dist/index.cjs, CommonJS) against importing htmlparser2 + domhandler alone (the parse floor
// every extraction needs), and the packages `require('ward-news')` loads.
//
//   node bench/entry.mjs [--rounds 30] [--entry dist/index.js]
//
// Each measurement is a fresh Node process (module caches are per process) that times its own
// import with performance.now(), so process start-up is left out; contenders alternate round
// by round so that machine drift spreads over all of them. Reported: median ms and the ratio to
// the floor (issue 13 asks ≤ 2×).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { oursEntry } from './lib/adapters.mjs';
import { ROOT } from './lib/pages.mjs';
import { fmt, machineLine, option, quantile, table } from './lib/report.mjs';

const rounds = Number(option('rounds', '30'));
const esm = oursEntry();
const cjs = join(dirname(esm), 'index.cjs');
if (!existsSync(esm) || !existsSync(cjs)) {
  console.error(`ward-news build not found at ${esm}: run \`npm run build\` first.`);
  process.exit(1);
}

const timed = (body) => `const t0 = performance.now(); ${body}; process.stdout.write(String(performance.now() - t0));`;
const contenders = [
  { name: 'htmlparser2 + domhandler (floor)', type: 'module', code: timed("await import('htmlparser2'); await import('domhandler')") },
  { name: 'ward-news, ESM (dist/index.js)', type: 'module', code: timed(`await import(${JSON.stringify(pathToFileURL(esm).href)})`) },
  { name: 'htmlparser2 + domhandler, require (floor)', type: 'commonjs', code: timed("require('htmlparser2'); require('domhandler')") },
  { name: 'ward-news, require (dist/index.cjs)', type: 'commonjs', code: timed(`require(${JSON.stringify(cjs)})`) },
];
const times = contenders.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (const [i, c] of contenders.entries()) {
    const out = execFileSync(process.execPath, [`--input-type=${c.type}`, '-e', c.code], { cwd: ROOT, encoding: 'utf8' });
    times[i].push(Number(out));
  }
}
const median = (xs) => quantile(xs, 0.5);
const rows = contenders.map((c, i) => {
  const floor = median(times[i < 2 ? 0 : 2]);
  return [c.name, fmt(median(times[i]), 1), fmt(quantile(times[i], 0.9), 1), `${fmt(median(times[i]) / floor, 2)}×`];
});
console.log(machineLine());
console.log(`import time, ${rounds} fresh processes each\n`);
console.log(table(['import', 'median ms', 'p90 ms', 'vs floor'], rows));

const listScript = `require(${JSON.stringify(cjs)});
  const files = Object.keys(require.cache);
  const pkgs = new Set(files.map((f) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(f)?.[1] ?? '(ward-news)'));
  process.stdout.write(JSON.stringify({ files: files.length, pkgs: [...pkgs].sort() }));`;
const { files, pkgs } = JSON.parse(execFileSync(process.execPath, ['-e', listScript], { encoding: 'utf8' }));
console.log(`\nrequire('ward-news'): ${files} CommonJS files from ${pkgs.join(', ')}`);
