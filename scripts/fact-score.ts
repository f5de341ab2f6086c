/**
 * Fact precision / recall against the fixtures' ground truth. `scoreFacts` is the pure
 * scoring function (reused by `npm run eval`); run this file to print per-page scores:
 *
 *     node --import tsx scripts/fact-score.ts [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractFacts } from '../src/facts/index.js';
import { extractDocumentRefs } from '../src/references/index.js';

/** The fields a fact is matched on, as in `fixtures/**\/expected.json`. */
export interface ScoredFact {
  raw: string;
  value: number;
  unit: string;
  qualifier: string | null;
  noun?: string | null;
}

/** Matching outcome of one page (or a sum of pages). */
export interface FactScore {
  /** Facts matched on (value, unit, qualifier) as a multiset. */
  matched: number;
  expected: number;
  actual: number;
  /** Expected facts nobody found. */
  missed: ScoredFact[];
  /** Found facts that are not expected. */
  extra: ScoredFact[];
  /** Matched count facts whose noun differs (informative only). */
  nounMismatches: { expected: string | null; actual: string | null }[];
}

function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Multiset match of facts on (value, unit, qualifier); nouns are compared informatively. */
export function scoreFacts(expected: readonly ScoredFact[], actual: readonly ScoredFact[]): FactScore {
  const pool = [...actual];
  const missed: ScoredFact[] = [];
  const nounMismatches: FactScore['nounMismatches'] = [];
  for (const e of expected) {
    const i = pool.findIndex((a) => a.unit === e.unit && a.qualifier === e.qualifier && sameValue(a.value, e.value));
    if (i === -1) { missed.push(e); continue; }
    const [a] = pool.splice(i, 1);
    if (e.unit === 'count' && a && (a.noun ?? null) !== (e.noun ?? null)) {
      nounMismatches.push({ expected: e.noun ?? null, actual: a.noun ?? null });
    }
  }
  return {
    matched: expected.length - missed.length,
    expected: expected.length,
    actual: actual.length,
    missed,
    extra: pool,
    nounMismatches,
  };
}

/** Precision and recall of a score (1 when there is nothing to find / nothing found). */
export function precisionRecall(s: Pick<FactScore, 'matched' | 'expected' | 'actual'>): { precision: number; recall: number } {
  return {
    precision: s.actual === 0 ? 1 : s.matched / s.actual,
    recall: s.expected === 0 ? 1 : s.matched / s.expected,
  };
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const root = join(fileURLToPath(new URL('..', import.meta.url)), 'fixtures', 'ward');
  let matched = 0, expected = 0, actual = 0, nounOk = 0, nounAll = 0, refPages = 0, refOk = 0;
  for (const id of readdirSync(root).sort()) {
    const exp = JSON.parse(readFileSync(join(root, id, 'expected.json'), 'utf8')) as {
      text: string; facts: ScoredFact[]; documentRefs: string[];
    };
    const s = scoreFacts(exp.facts, extractFacts(exp.text));
    const refs = extractDocumentRefs(exp.text);
    const refsExact = JSON.stringify(refs) === JSON.stringify(exp.documentRefs);
    refPages++; if (refsExact) refOk++;
    matched += s.matched; expected += s.expected; actual += s.actual;
    nounAll += exp.facts.filter((f) => f.unit === 'count').length;
    nounOk += exp.facts.filter((f) => f.unit === 'count').length - s.nounMismatches.length;
    const pr = precisionRecall(s);
    console.log(`${pr.precision.toFixed(3)} ${pr.recall.toFixed(3)} refs:${refsExact ? 'ok ' : 'BAD'} ${id}`);
    if (verbose || s.missed.length || s.extra.length) {
      for (const f of s.missed) console.log(`    missed ${JSON.stringify(f)}`);
      for (const f of s.extra) console.log(`    extra  ${JSON.stringify({ raw: f.raw, value: f.value, unit: f.unit, qualifier: f.qualifier })}`);
      if (!refsExact) console.log(`    refs ${JSON.stringify(refs)} expected ${JSON.stringify(exp.documentRefs)}`);
    }
    if (verbose) for (const m of s.nounMismatches) console.log(`    noun ${m.expected} ≠ ${m.actual}`);
  }
  const pr = precisionRecall({ matched, expected, actual });
  console.log(`overall precision ${pr.precision.toFixed(4)} recall ${pr.recall.toFixed(4)} (${matched}/${actual} found, ${matched}/${expected} expected); ` +
    `documentRefs exact on ${refOk}/${refPages} pages; count nouns equal ${nounOk}/${nounAll} (informative)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
