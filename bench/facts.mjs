#!/usr/bin/env node
// Speed of extractFacts / extractDocumentRefs on ~1 MB of Vietnamese text (the ward fixtures'
// article bodies repeated), plus adversarial 1 MB inputs that would expose super-linear regexes.
//
//   node --import tsx bench/facts.mjs
//
// Prints ms and MB/s per input (best of 5 runs after a warm-up). A benchmark, not a test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
];

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
