#!/usr/bin/env node
// Peak memory of one library extracting many pages in one process (spawned by speed.mjs and floor.mjs, one
// process per library so that no two share a heap).
//
//   node [--expose-gc] bench/rss-child.mjs <adapter> <pages> <ward|scrapinghub> [--seconds S] [--settle-at 5000,20000]
//                                          [--entry dist/index.js]
//
// Cycles through the page set until <pages> extractions are done (or --seconds have passed),
// keeping no result, and prints one JSON line: pages done, baseline and peak RSS (MiB), and
// the peak after every 100 pages; with --settle-at, the RSS and heap right after a full
// collection at those counts (run with --expose-gc), which the peak's GC timing does not move.
import { loadAdapters } from './lib/adapters.mjs';
import { loadScrapinghub, loadWard } from './lib/pages.mjs';
import { option } from './lib/report.mjs';

const [name, countArg, set] = process.argv.slice(2);
const count = Number(countArg);
const pages = set === 'ward' ? loadWard() : loadScrapinghub();
if (!pages) throw new Error('page set not available');
const [adapter] = await loadAdapters({ names: [name] });
if (!adapter) throw new Error(`unknown or unavailable adapter ${name}`);

const mib = (kib) => Math.round(kib / 1024);
const peak = () => process.resourceUsage().maxRSS; // KiB, high-water mark of the process
const baseline = process.memoryUsage().rss / 1024;
const budgetMs = Number(option('seconds', Infinity)) * 1000;
const at = {};
const settleAt = new Set((option('settle-at', '') ?? '').split(',').filter(Boolean).map(Number));
const settled = {};
let failures = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let done = 0;
for (let i = 1; i <= count; i++) {
  try {
    const r = adapter.run(pages[i % pages.length]);
    if (r && typeof r.then === 'function') await r;
  } catch {
    failures++;
  }
  done = i;
  if (i % 100 === 0) at[i] = mib(peak());
  if (settleAt.has(i) && globalThis.gc) {
    globalThis.gc();
    const m = process.memoryUsage();
    settled[i] = { rssMiB: mib(m.rss / 1024), heapMiB: mib(m.heapUsed / 1024) };
  }
  if (performance.now() - t0 > budgetMs) break;
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({
  name, pages: done, set, baselineMiB: mib(baseline), peakMiB: mib(peak()), peakAt: at, settled,
  pagesPerSecond: done / seconds, pagesPerCpuSecond: done / cpuSeconds, failures,
}));
