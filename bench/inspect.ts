// `npm run bench:inspect`: what a report costs over an extraction. On every fixture page
// (fixtures/ward*), in one process: `extract(page)` against `renderInspectReport(explain(page))`
// (what `ward-news inspect` does between reading the page and writing the file), alternating
// call by call after a warm-up, 15 rounds; per page the median of each, then the ratio.
// Prints the ratio over all pages (sum of medians), the median and the worst page's ratio.
//
//   node --import tsx bench/inspect.ts [--rounds N] [--cpu-time]
// --cpu-time times by this process's CPU time, for a machine that other work keeps busy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { explain } from '../src/explain/index.js';
import { extract } from '../src/extract.js';
import { renderInspectReport } from '../src/inspect/render.js';

const roundsAt = process.argv.indexOf('--rounds');
const ROUNDS = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 15;
const REPEAT = 5; // calls per timing, so that sub-millisecond pages are timed above the clock's noise

const pages = readdirSync('fixtures').filter((d) => d.startsWith('ward')).sort().flatMap((set) =>
  readdirSync(join('fixtures', set)).sort()
    .filter((id) => existsSync(join('fixtures', set, id, 'page.html')))
    .map((id) => ({ name: `${set}/${id}`, bytes: readFileSync(join('fixtures', set, id, 'page.html')) })));

const contenders = {
  extract: (b: Uint8Array) => extract(b),
  inspect: (b: Uint8Array) => renderInspectReport(explain(b)),
};
type Name = keyof typeof contenders;

const cpuTime = process.argv.includes('--cpu-time');
const clock = cpuTime ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } : () => performance.now();

function time(name: Name, bytes: Uint8Array): number {
  const run = contenders[name];
  const t0 = clock();
  for (let i = 0; i < REPEAT; i++) run(bytes);
  return (clock() - t0) / REPEAT;
}

const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]!; };

// Warm-up: every page through both, twice.
for (let i = 0; i < 2; i++) for (const p of pages) for (const n of Object.keys(contenders) as Name[]) time(n, p.bytes);

const samples = pages.map(() => ({ extract: [] as number[], inspect: [] as number[] }));
for (let r = 0; r < ROUNDS; r++) {
  pages.forEach((p, i) => {
    const order: Name[] = (r + i) % 2 ? ['extract', 'inspect'] : ['inspect', 'extract'];
    for (const n of order) samples[i]![n].push(time(n, p.bytes));
  });
}
const rows = pages.map((p, i) => {
  const e = median(samples[i]!.extract), s = median(samples[i]!.inspect);
  return { name: p.name, extract: e, inspect: s, ratio: s / e };
});
const total = (k: 'extract' | 'inspect'): number => rows.reduce((a, r) => a + r[k], 0);
const worst = rows.reduce((a, r) => (r.ratio > a.ratio ? r : a));
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}`);
console.log(`${pages.length} fixture pages, ${ROUNDS} rounds, medians of ${REPEAT} calls, ${cpuTime ? 'CPU' : 'wall'} time`);
console.log(`extract: ${total('extract').toFixed(1)} ms for all pages; inspect (explain + render): ${total('inspect').toFixed(1)} ms`);
console.log(`ratio inspect / extract: all pages ${(total('inspect') / total('extract')).toFixed(2)}×, median page ${median(rows.map((r) => r.ratio)).toFixed(2)}×, worst page ${worst.ratio.toFixed(2)}× (${worst.name})`);
if (worst.ratio > 2) process.exitCode = 1;
