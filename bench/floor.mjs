/**
 * `npm run bench`: the bars of issue 20 in one table, measured on the build (`dist/index.js`).
 *
 * - floor: `extract` against `htmlparser2.parseDocument` of the same decoded string, on the
 *   development corpus (fixtures/ward, the portal pages) and on the ScrapingHub pages;
 * - profile: `extract(page, { site })` against `extract(page)` on the real portal
 *   (../shared/corpora/sotttt-hanoi), the profile learned from its own article pages;
 * - text: `extract` of each fixtures/ward page's lynx rendering against its HTML;
 * - peers: Readability + jsdom against `extract` (time ratio; ours is the faster when > 1);
 * - memory: RSS after 20,000 extractions against after 5,000, in a child process: the peak
 *   (high-water mark) and the RSS right after a full collection.
 *
 * Timing: one process; every pair is warmed up (2 s each), then 7 rounds; a round times both
 * contenders over the whole set in blocks of 10 pages, alternating which goes first; the
 * ratio is of the medians of the round totals.
 *
 *   node --import tsx bench/floor.mjs [--rounds 7] [--cpu-time] [--markdown] [--no-peers] [--no-rss]
 *                                     [--rss-pages 20000] [--entry dist/index.js]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadAdapters, oursEntry } from './lib/adapters.mjs';
import { hasScrapinghub, loadScrapinghub, loadWard, scrapinghubMissingMessage } from './lib/pages.mjs';
import { flag, fmt, machineLine, option, quantile, table } from './lib/report.mjs';
import { rendererMissing, renderText } from '../scripts/lib/render.js';
import { sotttArticles, sotttRoot, SOTTTT_MISSING } from '../scripts/lib/sotttt.js';

const ROUNDS = Number(option('rounds', 7));
const BLOCK = 10;
const WARMUP_MS = Number(option('warmup-seconds', 2)) * 1000;
const cpuTime = flag('cpu-time');
const clock = cpuTime
  ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }
  : () => performance.now();


/**
 * Warm-up, then `ROUNDS` rounds of `a` and `b` over `inputs` (each `passes` times), in blocks
 * of BLOCK alternating which contender goes first. The ratio is median(a) / median(b) of the
 * round totals; `spread` gives the lowest and highest per-round ratio.
 */
function pair(inputs, a, b, passes = 1, rounds = ROUNDS) {
  for (const run of [a, b]) {
    const t0 = performance.now();
    for (let i = 0; i < inputs.length || performance.now() - t0 < WARMUP_MS; i++) run(inputs[i % inputs.length]);
  }
  const totals = [[], []];
  let k = 0;
  for (let r = 0; r < rounds; r++) {
    const t = [0, 0];
    for (let p = 0; p < passes; p++) {
      for (let s = 0; s < inputs.length; s += BLOCK, k++) {
        const block = inputs.slice(s, s + BLOCK);
        for (const which of k % 2 ? [1, 0] : [0, 1]) {
          const run = which ? b : a;
          const t0 = clock();
          for (const x of block) run(x);
          t[which] += clock() - t0;
        }
      }
    }
    totals[0].push(t[0] / passes);
    totals[1].push(t[1] / passes);
  }
  const ma = quantile(totals[0], 0.5), mb = quantile(totals[1], 0.5);
  const per = totals[0].map((x, i) => x / totals[1][i]).sort((x, y) => x - y);
  return { a: ma / inputs.length, b: mb / inputs.length, ratio: ma / mb, spread: `${fmt(per[0], 2)}–${fmt(per.at(-1), 2)}` };
}

const { extract, learnSite } = await import(pathToFileURL(oursEntry()).href);
const [floor] = await loadAdapters({ names: ['htmlparser2'] });
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const uptime = () => { try { return execFileSync('uptime', { encoding: 'utf8' }).trim(); } catch { return `load average ${load()}`; } };
const head = [machineLine(), `Entry: ${oursEntry()}; clock: ${cpuTime ? 'process CPU time' : 'wall'}; ${ROUNDS} rounds`, `Before: ${uptime()}`];
const rows = [];
const row = (bar, what, r, target, ok, unit = 'ms/page') =>
{
  rows.push([bar, what, `${fmt(r.a, 3)} / ${fmt(r.b, 3)} ${unit}`, `${fmt(r.ratio, 2)}×`, r.spread, target, ok ? 'met' : 'NOT met']);
  console.error(`  ${rows.at(-1).join('  ')}`);
};

const ours = (p) => extract(p.html, { url: p.url });
const parseFloor = (p) => floor.run(p);

const ward = loadWard();
console.error('floor: portal pages ...');
let r = pair(ward, ours, parseFloor, 10);
row('floor', `portal (fixtures/ward, ${ward.length} pages)`, r, '≤ 2.00×', r.ratio <= 2);
const sh = hasScrapinghub() ? loadScrapinghub() : null;
if (sh) {
  console.error('floor: ScrapingHub pages ...');
  r = pair(sh, ours, parseFloor);
  row('floor', `ScrapingHub (${sh.length} pages)`, r, '≤ 2.00×', r.ratio <= 2);
} else console.error(scrapinghubMissingMessage());

const root = sotttRoot();
if (root) {
  console.error('profile: real portal ...');
  const paths = sotttArticles();
  const pages = paths.map((p) => readFileSync(join(root, p)));
  const site = learnSite(pages);
  // every 10th article page: the profile learned from all of them, as a site's crawl would
  const timed = pages.filter((_, i) => i % 10 === 0);
  r = pair(timed, (b) => extract(b, { site }), (b) => extract(b));
  row('profile', `with / without site profile (sotttt-hanoi, ${timed.length} pages)`, r, '≤ 1.10×', r.ratio <= 1.1);
} else console.error(SOTTTT_MISSING);

const missing = rendererMissing('lynx');
const texts = await Promise.all(ward.map(async (p) => {
  try { return await renderText(fileURLToPath(new URL(`../fixtures/ward/${p.id}/page.html`, import.meta.url)), 'lynx'); } catch { return null; }
}));
if (texts.every((t) => t !== null)) {
  console.error('text: lynx renderings ...');
  const both = ward.map((p, i) => ({ html: p.bytes, text: texts[i] }));
  // alternate text and HTML of the same page call by call within each block
  r = pair(both, (x) => extract(x.text), (x) => extract(x.html), 10);
  row('text', `lynx text / HTML of the same page (${ward.length} pages)`, r, '≤ 1.00×', r.ratio <= 1);
} else console.error(`text: renderings not cached and ${missing ?? 'lynx failed'}`);

if (!flag('no-peers')) {
  const [readability] = await loadAdapters({ names: ['readability'] });
  // jsdom takes 50-300 ms a page: 3 rounds, ScrapingHub every 3rd page (--peer-rounds)
  const rounds = Number(option('peer-rounds', 3));
  for (const [name, set] of [['portal', ward], ['ScrapingHub', sh?.filter((_, i) => i % 3 === 0)]]) {
    if (!set) continue;
    console.error(`peers: Readability on ${name} ...`);
    // a page it throws on is timed too (the caller paid for it)
    r = pair(set, (p) => { try { readability.run(p); } catch { /* counted in the time */ } }, ours, 1, rounds);
    row('peers', `Readability + jsdom / extract (${name}, ${set.length} pages, ${rounds} rounds)`, r, '≥ 30×', r.ratio >= 30);
  }
}

if (!flag('no-rss')) {
  const pages = Number(option('rss-pages', 20000));
  const early = Math.round(pages / 4);
  console.error(`memory: ${pages} extractions in a child ...`);
  const child = fileURLToPath(new URL('./rss-child.mjs', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', child, 'ours', String(pages), sh ? 'scrapinghub' : 'ward',
    '--settle-at', `${early},${pages}`, '--entry', oursEntry()], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const m = JSON.parse(out.trim().split('\n').pop());
  const set = sh ? 'ScrapingHub' : 'ward';
  // the high-water mark (moved by when V8 collects, and by the largest page), then the RSS
  // and heap right after a full collection (what the extractions keep)
  const a = m.peakAt[pages], b = m.peakAt[early];
  rows.push(['memory', `peak RSS after ${pages} / after ${early} extractions (${set}, cycled)`,
    `${a} / ${b} MiB`, `${fmt(a / b, 3)}×`, '–', '≤ 1.05×', a / b <= 1.05 ? 'met' : 'NOT met']);
  const [s0, s1] = [m.settled[early], m.settled[pages]];
  if (s0 && s1) {
    rows.push(['memory', `RSS after a full GC, ${pages} / ${early} extractions (heap ${s1.heapMiB} / ${s0.heapMiB} MiB)`,
      `${s1.rssMiB} / ${s0.rssMiB} MiB`, `${fmt(s1.rssMiB / s0.rssMiB, 3)}×`, '–', '≤ 1.05×', s1.rssMiB / s0.rssMiB <= 1.05 ? 'met' : 'NOT met']);
  }
}

console.log([...head, `After: ${uptime()}`, '',
  table(['bar', 'measure', 'a / b', 'ratio', 'round ratios', 'target', ''], rows, flag('markdown'))].join('\n'));
