/**
 * Scores `extract` on the held-out pages of `fixtures/ward-unseen/` (layouts the tuning
 * corpus `fixtures/ward/` does not have). Per page it prints: title / publishedAt / author /
 * source exact (ok, or XX with both values), heading precision / recall, body precision /
 * recall / F1 with the ScrapingHub 4-gram shingle metric, fact precision / recall,
 * documentRefs exact, and the `mustNotContain` strings that leaked into the body.
 * The last line aggregates like the ScrapingHub benchmark: F1 of the mean precision and
 * the mean recall over pages.
 *
 *     node --import tsx scripts/check-unseen.ts [id-filter] [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract.js';
import type { Article } from '../src/types.js';
import { bodyScore, headingScore } from './body-score.js';
import { precisionRecall, scoreFacts, type ScoredFact } from './fact-score.js';

interface Expected {
  id: string;
  family: string;
  url: string;
  title: string;
  publishedAt: string | null;
  author: string | null;
  source: string | null;
  headings: string[];
  text: string;
  mustNotContain: string[];
  facts: ScoredFact[];
  documentRefs: string[];
}

const FIELDS = ['title', 'publishedAt', 'author', 'source'] as const;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const filter = args.find((a) => !a.startsWith('--'));
const root = join(fileURLToPath(new URL('..', import.meta.url)), 'fixtures', 'ward-unseen');

const f3 = (x: number): string => x.toFixed(3);
const exactCount: Record<string, number> = Object.fromEntries(FIELDS.map((f) => [f, 0]));
const bodyP: number[] = [], bodyR: number[] = [], headP: number[] = [], headR: number[] = [];
let pages = 0, leaks = 0, refsExact = 0, failures = 0;
let factMatched = 0, factExpected = 0, factActual = 0;

for (const id of readdirSync(root).sort()) {
  if (filter && !id.includes(filter)) continue;
  const exp = JSON.parse(readFileSync(join(root, id, 'expected.json'), 'utf8')) as Expected;
  pages++;
  console.log(`${id}  [${exp.family}]`);
  let a: Article;
  try {
    a = extract(readFileSync(join(root, id, 'page.html')), { url: exp.url });
  } catch (err) {
    failures++;
    console.log(`   XX extract threw: ${err instanceof Error ? err.message : String(err)}`);
    bodyP.push(0); bodyR.push(0); headP.push(0); headR.push(0);
    continue;
  }
  for (const f of FIELDS) {
    const got = a[f];
    if (got === exp[f]) { exactCount[f]!++; console.log(`   ${f.padEnd(11)} ok`); }
    else console.log(`   ${f.padEnd(11)} XX got ${JSON.stringify(got)} expected ${JSON.stringify(exp[f])}`);
  }
  const gotHeadings = a.sections.map((s) => s.heading).filter((h): h is string => h !== null);
  const hs = headingScore(exp.headings, gotHeadings);
  headP.push(hs.precision); headR.push(hs.recall);
  console.log(`   headings    P ${f3(hs.precision)} R ${f3(hs.recall)}${hs.precision < 1 || hs.recall < 1 ? `  got ${JSON.stringify(gotHeadings)}` : ''}`);
  const bs = bodyScore(exp.text, a.text);
  bodyP.push(bs.precision); bodyR.push(bs.recall);
  console.log(`   body        P ${f3(bs.precision)} R ${f3(bs.recall)} F1 ${f3(bs.f1)}  (${a.text.length} vs ${exp.text.length} chars)`);
  const fs = scoreFacts(exp.facts, a.facts);
  factMatched += fs.matched; factExpected += fs.expected; factActual += fs.actual;
  const fpr = precisionRecall(fs);
  console.log(`   facts       P ${f3(fpr.precision)} R ${f3(fpr.recall)}  (${fs.matched} matched, ${fs.actual} found, ${fs.expected} expected)`);
  if (verbose) {
    for (const m of fs.missed) console.log(`      missed ${JSON.stringify({ raw: m.raw, value: m.value, unit: m.unit, qualifier: m.qualifier })}`);
    for (const x of fs.extra) console.log(`      extra  ${JSON.stringify({ raw: x.raw, value: x.value, unit: x.unit, qualifier: x.qualifier })}`);
  }
  const refsOk = JSON.stringify(a.documentRefs) === JSON.stringify(exp.documentRefs);
  if (refsOk) refsExact++;
  console.log(`   refs        ${refsOk ? 'ok' : `XX got ${JSON.stringify(a.documentRefs)} expected ${JSON.stringify(exp.documentRefs)}`}`);
  const leaked = exp.mustNotContain.filter((s) => a.text.includes(s));
  leaks += leaked.length;
  console.log(`   leaked      ${leaked.length ? `XX ${JSON.stringify(leaked)}` : 'none'}`);
  if (verbose && a.text !== exp.text) console.log(`   --- extracted text ---\n${a.text}\n   ----------------------`);
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
const p = mean(bodyP), r = mean(bodyR);
const f1 = p + r ? (2 * p * r) / (p + r) : 0;
const fpr = precisionRecall({ matched: factMatched, expected: factExpected, actual: factActual });
console.log(`\n${pages} pages${failures ? `, ${failures} threw` : ''}: ` +
  FIELDS.map((f) => `${f} ${exactCount[f]}/${pages}`).join(', ') +
  `; headings P ${f3(mean(headP))} R ${f3(mean(headR))}` +
  `; body P ${f3(p)} R ${f3(r)} F1 ${f3(f1)}` +
  `; facts P ${f3(fpr.precision)} R ${f3(fpr.recall)}; refs exact ${refsExact}/${pages}; leaked strings ${leaks}`);
