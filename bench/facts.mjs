#!/usr/bin/env node
// Speed of extractFacts / extractDocumentRefs on ~1 MB of Vietnamese text (the ward fixtures'
// article bodies repeated), plus adversarial 1 MB inputs that would expose super-linear regexes.
//
//   node --import tsx bench/facts.mjs
//
// Prints ms and MB/s per input (best of 5 runs after a warm-up). A benchmark, not a test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractFacts } from '../src/facts/index.ts';
import { extractDocumentRefs } from '../src/references/index.ts';

const MB = 1024 * 1024;
const root = join(fileURLToPath(new URL('..', import.meta.url)), 'fixtures', 'ward');
const bodies = readdirSync(root).map((id) => JSON.parse(readFileSync(join(root, id, 'expected.json'), 'utf8')).text);

function toSize(unit, bytes = MB) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = unit(i);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('\n\n');
}

const inputs = [
  ['fixture bodies', toSize((i) => bodies[i % bodies.length])],
  ['digits and dots', toSize(() => '1.2.3.4.5.6.7.8.9.0,'.repeat(50))],
  ['one digit run', '9'.repeat(MB)],
  ['spelled words', toSize(() => 'một hai ba bốn năm sáu bảy tám chín mười mươi trăm nghìn triệu tỷ ')],
  ['open quotes', toSize(() => '“ 5 hộ '.repeat(100))],
  ['qualifiers', toSize(() => 'hơn gần khoảng trên dưới ước tính khoảng 5 ')],
  ['codes', toSize(() => '12/2020/QĐ-UBND 5-QĐ/TW 1/2/3/4 ')],
  // Lists of bare numbers are looked ahead for a shared unit (`27, 16 và 7 tầng`).
  ['number lists', toSize(() => '1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 và 13 hộ, ')],
];

// Ratio to a baseline checkout (default ../main) on the fixture bodies, alternating, same run.
const baseDir = process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), '..', 'main');
let baseline = null;
try { baseline = (await import(pathToFileURL(join(baseDir, 'src/facts/index.ts')).href)).extractFacts; } catch { baseline = null; }
if (baseline) {
  // One warm-up each, then 15 rounds in alternating order; the ratio is the median of the
  // per-round ratios (a shared machine's load shifts both runs of a round alike).
  const text = inputs[0][1];
  baseline(text); extractFacts(text);
  const ratios = [], ours = [], base = [];
  for (let k = 0; k < 15; k++) {
    const order = k % 2 ? [['base', baseline], ['ours', extractFacts]] : [['ours', extractFacts], ['base', baseline]];
    const t = {};
    for (const [key, fn] of order) {
      const t0 = performance.now();
      fn(text);
      t[key] = performance.now() - t0;
    }
    ours.push(t.ours); base.push(t.base); ratios.push(t.ours / t.base);
  }
  const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
  console.log(`fixture bodies: extractFacts ${median(ours).toFixed(1)} ms vs ${baseDir} ${median(base).toFixed(1)} ms → ratio ${median(ratios).toFixed(2)} (median of 15 alternating rounds)`);
} else console.log(`(no baseline at ${baseDir}: pass its path to get the ratio)`);

for (const [name, text] of inputs) {
  const bytes = Buffer.byteLength(text);
  extractFacts(text);
  let best = Infinity;
  let facts = 0;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    facts = extractFacts(text).length;
    extractDocumentRefs(text);
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${name.padEnd(16)} ${(bytes / MB).toFixed(2)} MB  ${best.toFixed(1).padStart(7)} ms  ${((bytes / MB) / (best / 1000)).toFixed(1).padStart(6)} MB/s  ${facts} facts`);
}
