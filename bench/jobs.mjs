#!/usr/bin/env node
// Throughput of `ward-news extract --jobs N` for N = 1, 2, 4, ... up to the machine's cores,
// and peak memory of extracting 20,000 pages against 200 with --jobs.
//
//   npm run build && node bench/jobs.mjs [--pages 2000] [--rounds 1] [--memory-pages 20000] [--no-memory]
//                                        [--sets ward,scrapinghub] [--markdown]
//
// Every measurement runs the built CLI (dist/cli.js) in a fresh process, as a user would:
// `extract <files...> --jobs N --format jsonl`, wall time from spawn to exit (Node start-up and
// worker start-up included), CPU time and peak RSS of the process (all its threads) read by a
// preloaded module at exit. Output is hashed: every N must print byte-identical JSON Lines.
// Page sets: the ward fixtures repeated to --pages files, and the ScrapingHub pages
// (../shared/corpora/scrapinghub/html/*.html.gz, gunzipped to a temporary folder) repeated
// likewise; skipped with a message when absent. A last row runs one `--jobs 1` process per core
// at once, each on its share of the files: the ceiling of any parallel scheme on this machine
// (start-up, JIT warm-up and memory bandwidth included). Rounds interleave the N values, so that load
// from other processes spreads over all of them; the load average is printed with each table.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasScrapinghub, loadScrapinghub, loadWard, ROOT, scrapinghubMissingMessage } from './lib/pages.mjs';
import { flag, fmt, machineLine, option, quantile, table } from './lib/report.mjs';

const median = (xs) => quantile(xs, 0.5);

const PAGES = Number(option('pages', '2000'));
const ROUNDS = Number(option('rounds', '1'));
const MEMORY_PAGES = Number(option('memory-pages', '20000'));
const markdown = flag('markdown');
const SETS = option('sets', 'ward,scrapinghub').split(',');
const CLI = join(ROOT, 'dist', 'cli.js');
const cores = cpus().length;
const jobsList = [...new Set([1, 2, 4, 8, 16, 32, 64].filter((n) => n < cores).concat(cores))];

if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist', 'batch-worker.js'))) {
  console.error(`ward-news build not found (${relative(ROOT, CLI)}, dist/batch-worker.js): run \`npm run build\` first.`);
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'ward-news-jobs-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
// Reports the child's resource usage at exit, to the file its environment names (pipes and
// files are written synchronously).
const preload = join(tmp, 'usage.mjs');
writeFileSync(preload, `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.WARD_NEWS_USAGE, JSON.stringify(process.resourceUsage())));\n`);
let runs = 0;

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/**
 * How many cores `threads` busy threads actually obtain for a second right now: on a machine
 * loaded by other processes, --jobs cannot speed up more than this allows.
 */
async function coresObtained(threads) {
  const { Worker } = await import('node:worker_threads');
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const spin = 'const t = Date.now(); let x = 0; while (Date.now() - t < 1000) x += Math.sqrt(x + 1);';
  await Promise.all(Array.from({ length: threads }, () => new Promise((resolve) => new Worker(spin, { eval: true }).on('exit', resolve))));
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / (performance.now() - t0);
}

async function probe() {
  const one = await coresObtained(1);
  const all = await coresObtained(cores);
  return `CPU available now: 1 busy thread gets ${fmt(one, 2)} cores, ${cores} get ${fmt(all, 2)} (load average ${load()})`;
}

/** Runs the CLI on `files`; wall ms, CPU ms, peak RSS MB, output (hashed, or kept whole), JSON lines. */
function runCli(files, jobs, keep = false) {
  return new Promise((resolve, reject) => {
    const usageFile = join(tmp, `usage-${runs++}.json`);
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', pathToFileURL(preload).href, CLI, 'extract', ...files, '--jobs', String(jobs), '--format', 'jsonl'],
      { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WARD_NEWS_USAGE: usageFile } });
    const hash = createHash('sha256');
    const chunks = [];
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      if (keep) chunks.push(chunk);
      else hash.update(chunk);
      for (const b of chunk) if (b === 10) lines++;
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`extract --jobs ${jobs} exited ${code}: ${stderr.slice(0, 500)}`));
      const u = JSON.parse(readFileSync(usageFile, 'utf8'));
      resolve({ ms, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssMb: u.maxRSS / 1024, hash: keep ? Buffer.concat(chunks) : hash.digest('hex'), lines });
    });
  });
}

/**
 * The ceiling any --jobs can reach here: `n` independent `--jobs 1` processes at once, each on
 * its share of the files, no coordination at all. Wall ms from the first spawn to the last
 * exit, CPU summed, the largest peak RSS; output concatenated in input order and hashed.
 */
async function runSplit(files, n) {
  const t0 = performance.now();
  const share = Math.ceil(files.length / n);
  const parts = await Promise.all(Array.from({ length: n }, (_, i) => runCli(files.slice(i * share, (i + 1) * share), 1, true)));
  return {
    ms: performance.now() - t0,
    cpuMs: parts.reduce((a, p) => a + p.cpuMs, 0),
    rssMb: Math.max(...parts.map((p) => p.rssMb)),
    hash: createHash('sha256').update(Buffer.concat(parts.map((p) => p.hash))).digest('hex'),
    lines: parts.reduce((a, p) => a + p.lines, 0),
  };
}

/** Writes each page once to the temporary folder; returns `count` paths cycling through them. */
function materialise(name, pages, count) {
  const paths = pages.map((p, i) => {
    const file = join(tmp, `${name}-${i}.html`);
    writeFileSync(file, p.bytes);
    return relative(tmp, file);
  });
  return Array.from({ length: count }, (_, i) => paths[i % paths.length]);
}

async function throughput(name, pages) {
  const files = materialise(name, pages, PAGES);
  // Keys: a --jobs value, or `split` for the ceiling of `cores` independent processes.
  const keys = [...jobsList, 'split'];
  const runs = new Map(keys.map((k) => [k, []]));
  const loads = [load()];
  const probes = [await probe()];
  for (let r = 0; r < ROUNDS; r++) {
    for (const k of r % 2 ? [...keys].reverse() : keys) runs.get(k).push(await (k === 'split' ? runSplit(files, cores) : runCli(files, k)));
    loads.push(load());
  }
  probes.push(await probe());
  const base = median(runs.get(1).map((x) => x.ms));
  const hashes = new Set([...runs.values()].flat().map((x) => x.hash));
  const rows = keys.map((k) => {
    const xs = runs.get(k);
    const ms = median(xs.map((x) => x.ms));
    const cpuMs = median(xs.map((x) => x.cpuMs));
    return [k === 'split' ? `${cores} processes × --jobs 1 (ceiling)` : `--jobs ${k}`, fmt(PAGES / (ms / 1000), 1), fmt(ms / 1000, 2), fmt(base / ms, 2), fmt(cpuMs / 1000, 2), fmt(cpuMs / ms, 2), fmt(median(xs.map((x) => x.rssMb)), 0)];
  });
  console.log(`\n${name}: ${PAGES} pages (${pages.length} distinct, repeated), ${ROUNDS} round(s), median; load average (1/5/15 min) ${loads.join(' → ')}`);
  console.log(probes.join('\n'));
  console.log(table(['', 'pages/s', 'wall s', 'speed-up', 'CPU s', 'cores used', 'peak RSS MB'], rows, markdown));
  console.log(`Output: ${hashes.size === 1 ? 'byte-identical for every --jobs and the split run' : 'DIFFERS between runs'} (${runs.get(1)[0].lines} JSON lines)`);
  if (hashes.size !== 1) process.exitCode = 1;
}

async function memory(pages) {
  const jobs = cores;
  const few = await runCli(materialise('mem', pages, 200), jobs);
  const many = await runCli(materialise('mem', pages, MEMORY_PAGES), jobs);
  console.log(`\nPeak memory, ward fixtures, --jobs ${jobs}; load average ${load()}`);
  console.log(table(['pages', 'peak RSS MB', 'wall s', 'pages/s'], [few, many].map((x, i) => [
    String(i ? MEMORY_PAGES : 200), fmt(x.rssMb, 0), fmt(x.ms / 1000, 1), fmt((i ? MEMORY_PAGES : 200) / (x.ms / 1000), 1),
  ]), markdown));
  console.log(`Ratio ${MEMORY_PAGES} / 200 pages: ${fmt(many.rssMb / few.rssMb, 2)}x`);
}

console.log(machineLine());
console.log(`--jobs values: ${jobsList.join(', ')} (os.cpus().length = ${cores})`);
const ward = loadWard();
if (SETS.includes('ward')) await throughput('ward fixtures', ward);
if (SETS.includes('scrapinghub')) {
  if (hasScrapinghub()) await throughput('ScrapingHub pages', loadScrapinghub());
  else console.log(`\n${scrapinghubMissingMessage()}`);
}
if (!flag('no-memory')) await memory(ward);
