#!/usr/bin/env node
// Speed and memory of ward-news against the parse floors and its peers, on the same pages.
//
//   node bench/speed.mjs [--quick] [--markdown] [--cpu-time] [--no-rss] [--full-rss] [--rss-seconds 90]
//                        [--rounds N] [--sh-rounds N] [--warmup-seconds 2] [--only a,b] [--entry dist/index.js]
//
// Timing: in one process, per page set, every contender is warmed up (one pass and 2 s of calls),
// then timed call by call, interleaved in blocks of 10 pages (every contender runs the block, in
// an order rotating from block to block), so that drift of the machine (thermal, other load)
// spreads over all of them alike. Every contender gets the same decoded string. Reported per contender: pages/s (1000 / mean ms), median and p95 ms
// per page, and time relative to ours.
// Memory: one child process per library extracts 10,000 pages (cycling through the ScrapingHub
// set, else the ward set) and reports its peak RSS. The DOM-building peers stop after 90 s
// (--rss-seconds) unless --full-rss: 10,000 pages would take each of them most of an hour.
// The table gives every library's peak at a page count all of them reached.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadAdapters, oursEntry } from './lib/adapters.mjs';
import { hasScrapinghub, loadScrapinghub, loadWard, scrapinghubMissingMessage } from './lib/pages.mjs';
import { flag, fmt, machineLine, mean, option, quantile, table } from './lib/report.mjs';

const quick = flag('quick');
const markdown = flag('markdown');
const only = option('only', null)?.split(',');

const contenders = await loadAdapters({ names: only });
const ours = contenders.find((a) => a.name === 'ours');

/** A deterministic shuffle, so reruns time the pages in the same order. */
function shuffled(xs, seed) {
  const a = [...xs];
  let s = seed >>> 0;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// --cpu-time: time calls by the CPU time of this process instead of the wall clock, for
// machines that other work keeps busy (wall time then measures the scheduler as much as the
// code). It bills V8's background GC threads to whichever call is running.
const cpuTime = flag('cpu-time');
const clock = cpuTime
  ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }
  : () => performance.now();

/** One timed call in ms; a throw is timed too (the caller paid for it) and counted. */
async function timeOne(a, page, failures) {
  const t0 = clock();
  try {
    const r = a.run(page);
    if (r && typeof r.then === 'function') await r;
  } catch {
    failures[a.name] = (failures[a.name] ?? 0) + 1;
  }
  return clock() - t0;
}

/**
 * Warm-up, then interleaved timing of every contender on `pages`: the pages go in blocks of
 * BLOCK; within a block each contender times the whole block in turn, the order rotating from
 * block to block. Blocks rather than single calls, because a library's garbage is collected
 * after its call returns: per-call interleaving bills one library's collections (a jsdom
 * window is tens of MiB) to the next one, and forcing a collection between calls is worse (V8
 * then flushes compiled code, so every library runs cold).
 */
const BLOCK = 10;
const WARMUP_MS = Number(option('warmup-seconds', quick ? 0.5 : 2)) * 1000;
async function timeSet(pages, { rounds, warmup }) {
  const failures = {};
  // Each contender runs until its JIT has settled: at least `warmup` pages and WARMUP_MS of
  // calls (V8 optimises a function only after many calls; a single pass leaves fast libraries
  // half-interpreted and flatters slow ones).
  for (const a of contenders) {
    const t0 = performance.now();
    for (let i = 0; i < warmup || performance.now() - t0 < WARMUP_MS; i++) await timeOne(a, pages[i % pages.length], {});
  }
  const samples = Object.fromEntries(contenders.map((a) => [a.name, []]));
  let k = 0;
  for (let r = 0; r < rounds; r++) {
    const order = shuffled(pages, 7 + r);
    for (let b = 0; b < order.length; b += BLOCK, k++) {
      const block = order.slice(b, b + BLOCK);
      for (let i = 0; i < contenders.length; i++) {
        const a = contenders[(i + k) % contenders.length];
        for (const page of block) samples[a.name].push(await timeOne(a, page, failures));
      }
    }
  }
  return { samples, failures };
}

/** The timing table of one set, and the bar checks against it. */
function speedReport(title, pages, { samples, failures }, rounds) {
  const stat = (name) => {
    const xs = samples[name];
    return { mean: mean(xs), median: quantile(xs, 0.5), p95: quantile(xs, 0.95) };
  };
  const base = ours ? stat('ours') : null;
  const rows = contenders.map((a) => {
    const s = stat(a.name);
    return [a.label, fmt(1000 / s.mean, 1), fmt(s.median, 2), fmt(s.p95, 2), fmt(s.mean, 2),
      base ? `${fmt(s.mean / base.mean, 2)}x` : '–', String(failures[a.name] ?? 0)];
  });
  const lines = [`### ${title} (${pages.length} pages x ${rounds} round${rounds > 1 ? 's' : ''}, after warm-up)`, '',
    table(['library', 'pages/s', 'median ms', 'p95 ms', 'mean ms', 'time vs ours', 'errors'], rows, markdown)];
  if (base) {
    const checks = [];
    for (const a of contenders.filter((c) => c.ours && c.name !== 'ours')) {
      const s = stat(a.name);
      checks.push(`${a.label}: ${fmt(s.mean / base.mean, 2)}x the time of the default`);
    }
    const floorOf = { htmlparser2: 'htmlparser2', parse5: 'cheerio' };
    for (const a of contenders.filter((c) => c.ours)) {
      const floor = floorOf[a.parser];
      if (!samples[floor]) continue;
      const s = stat(a.name);
      const f = stat(floor);
      const x = s.mean / f.mean;
      checks.push(`${a.label} costs ${fmt(x, 2)}x its parse floor (${floor}) by mean, `
        + `${fmt(s.median / f.median, 2)}x by median: bar <= 3x ${x <= 3 ? 'met' : 'NOT met'}`);
    }
    if (samples.readability) {
      const r = stat('readability');
      const x = r.mean / base.mean;
      checks.push(`throughput ${fmt(x, 1)}x Readability+jsdom's (by median ${fmt(r.median / base.median, 1)}x): `
        + `bar >= 10x ${x >= 10 ? 'met' : 'NOT met'}`);
    }
    lines.push('', ...checks.map((c) => `- ${c}`));
  }
  return lines.join('\n');
}

/** Peak RSS, one child process per library. */
function rssReport(set) {
  const pages = quick ? 2000 : 10000;
  // the DOM-building peers need 0.1-0.3 s a page: 10,000 pages would take each of them most
  // of an hour, so they stop at a time budget unless --full-rss
  const seconds = flag('full-rss') ? Infinity : Number(option('rss-seconds', quick ? 20 : 90));
  const names = contenders.filter((a) => a.kind === 'extractor' && (a.name === 'ours' || !a.ours)).map((a) => a.name);
  const child = fileURLToPath(new URL('./rss-child.mjs', import.meta.url));
  const results = [];
  for (const name of names) {
    console.error(`rss: ${name} ...`);
    const args = [child, name, String(pages), set, '--entry', oursEntry()];
    if (name !== 'ours' && Number.isFinite(seconds)) args.push('--seconds', String(seconds));
    const text = execFileSync(process.execPath, args,
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 20 });
    results.push(JSON.parse(text.trim().split('\n').pop()));
  }
  // a page count every library reached, to compare like with like
  const common = Math.max(100, Math.floor(Math.min(...results.map((r) => r.pages)) / 100) * 100);
  const marks = common > 100 ? [100, common] : [100];
  const rows = results.map((r) => [contenders.find((a) => a.name === r.name).label, String(r.pages),
    String(r.peakMiB), ...marks.map((m) => String(r.peakAt[m] ?? '–')), String(r.baselineMiB),
    fmt(cpuTime ? r.pagesPerCpuSecond : r.pagesPerSecond, 1), String(r.failures)]);
  return [`### Peak RSS, one process per library (${set} pages, cycled; `
    + `ours ${pages} pages, peers ${Number.isFinite(seconds) ? `${pages} pages or ${seconds} s` : `${pages} pages`})`, '',
    table(['library', 'pages done', 'peak RSS MiB', ...marks.map((m) => `peak at ${m} pages`), 'RSS before MiB',
      `pages/s sustained${cpuTime ? ' (CPU)' : ''}`, 'errors'], rows, markdown)].join('\n');
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const out = [machineLine(), `Clock: ${cpuTime ? 'process CPU time (--cpu-time)' : 'wall'}; load average at start ${load()}`, ''];
const ward = loadWard();
const sets = [{ title: 'Ward fixtures', pages: ward, rounds: Number(option('rounds', quick ? 2 : 3)), warmup: ward.length }];
let sh = null;
if (hasScrapinghub()) {
  sh = loadScrapinghub();
  sets.push({ title: 'ScrapingHub news pages', pages: quick ? sh.slice(0, 60) : sh, rounds: quick ? 1 : Number(option('sh-rounds', 1)), warmup: quick ? 10 : 20 });
} else {
  console.error(scrapinghubMissingMessage());
}
for (const s of sets) {
  console.error(`timing: ${s.title} ...`);
  const res = await timeSet(s.pages, s);
  out.push(speedReport(s.title, s.pages, res, s.rounds), '');
}
out.push(`Load average after timing: ${load()}`, '');
if (!flag('no-rss')) out.push(rssReport(sh ? 'scrapinghub' : 'ward'));
console.log(out.join('\n'));
