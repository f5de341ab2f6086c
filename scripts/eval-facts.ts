/**
 * Facts against the blind-annotated real paragraphs of `fixtures/facts-paragraphs/`:
 * contract facts (value + unit) P/R, with qualifiers P/R, `per` on annotated rates, bounds
 * (atLeast / atMost), `whole` on annotated parts of a whole, document references exact.
 * Set 1 (`paragraphs.jsonl`) is split in two halves: odd lines (1st, 3rd, …) are the tuning
 * half, even lines are left untouched, so the number on the even half says how the rules
 * generalise. Set 2 (`paragraphs-2.jsonl`, annotated later and blind) is held out whole.
 *
 *     npm run eval:facts                     # this checkout, and ../main as the baseline when present
 *     npm run eval:facts -- --baseline DIR   # another checkout as the baseline ("before")
 *     npm run eval:facts -- --verbose        # also list the misses of this checkout
 *     npm run eval:facts -- --set 2          # only set 2 (`paragraphs-2.jsonl`, held out whole)
 *
 * Where the annotator's conventions differ from docs/facts.md, the contract decides (see
 * `toContract`): a unit outside `FactUnit` (`năm`, `tuổi`, `ghz`, `hải lý`) is a count whose
 * noun is that word; `gần 28 tỷ` with no currency is VND; bare index values (`0,733`, unit
 * ratio with no part/whole) are no fact by the contract and are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface AnnotatedFact {
  raw: string; value: number; max: number | null; unit: string | null; noun: string | null;
  qualifier: string | null; per: string | null; part: number | null; whole: number | null;
}
interface Paragraph { id: string; text: string; facts: AnnotatedFact[]; documentRefs: string[] }
interface Found {
  value: number; unit: string; qualifier: string | null;
  per?: string | null; part?: number | null; whole?: number | null;
}
type Extractors = { facts: (t: string) => Found[]; refs: (t: string) => string[] };

const SET_1 = 'paragraphs.jsonl';
const SET_2 = 'paragraphs-2.jsonl';
const CONTRACT_UNITS = new Set(['ha', 'm', 'm2', 'km', 'km2', 'm3', 't', 'kg', 'VND', 'USD', '%', 'ratio', 'count']);

/** The annotated fact as the contract states it, or null when the contract makes it no fact. */
function toContract(f: AnnotatedFact): AnnotatedFact | null {
  if (f.unit === 'ratio' && f.whole === null) return null;
  if (f.unit === null) return { ...f, unit: 'VND' };
  if (!CONTRACT_UNITS.has(f.unit)) return { ...f, unit: 'count', noun: f.unit };
  return f;
}

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

interface Tally {
  exp: number; act: number; hit: number; qHit: number;
  rates: number; perOk: number; bounds: number; boundOk: number; parts: number; wholeOk: number;
  refPars: number; refOk: number; refInvented: number; misses: string[];
}
const empty = (): Tally => ({
  exp: 0, act: 0, hit: 0, qHit: 0, rates: 0, perOk: 0, bounds: 0, boundOk: 0, parts: 0, wholeOk: 0,
  refPars: 0, refOk: 0, refInvented: 0, misses: [],
});

/** Multiset match on (value, unit), preferring a found fact whose qualifier also agrees. */
function scoreParagraph(p: Paragraph, ex: Extractors, t: Tally): void {
  const expected = p.facts.map(toContract).filter((f): f is AnnotatedFact => f !== null);
  const pool = ex.facts(p.text).map((f) => ({ ...f }));
  t.exp += expected.length;
  t.act += pool.length;
  // With-qualifier matching is its own multiset pass, so that P and R with qualifiers are exact.
  const qPool = [...pool];
  for (const e of expected) {
    const qi = qPool.findIndex((a) => a.unit === e.unit && same(a.value, e.value) && (a.qualifier ?? null) === e.qualifier);
    if (qi !== -1) { qPool.splice(qi, 1); t.qHit++; }
  }
  for (const e of expected) {
    let i = pool.findIndex((a) => a.unit === e.unit && same(a.value, e.value) && (a.qualifier ?? null) === e.qualifier);
    if (i === -1) i = pool.findIndex((a) => a.unit === e.unit && same(a.value, e.value));
    const a = i === -1 ? undefined : pool.splice(i, 1)[0];
    if (a) t.hit++; else t.misses.push(`${p.id} missed ${e.raw} (${e.value} ${e.unit})`);
    if (e.per !== null) {
      t.rates++;
      if (a && (a.per ?? null) === e.per.toLowerCase()) t.perOk++;
      else t.misses.push(`${p.id} per of ${e.raw}: want ${e.per}, got ${a ? a.per ?? null : 'no fact'}`);
    }
    if (e.qualifier === 'atLeast' || e.qualifier === 'atMost') {
      t.bounds++;
      if (a?.qualifier === e.qualifier) t.boundOk++;
      else t.misses.push(`${p.id} bound of ${e.raw}: want ${e.qualifier}, got ${a ? a.qualifier : 'no fact'}`);
    }
    if (e.whole !== null) {
      t.parts++;
      if (a && a.whole !== undefined && a.whole !== null && same(a.whole, e.whole)) t.wholeOk++;
      else t.misses.push(`${p.id} whole of ${e.raw}: want ${e.whole}, got ${a ? a.whole ?? null : 'no fact'}`);
    }
  }
  for (const a of pool) t.misses.push(`${p.id} extra ${a.value} ${a.unit}`);
  const refs = ex.refs(p.text);
  t.refPars++;
  if (JSON.stringify(refs) === JSON.stringify(p.documentRefs)) t.refOk++;
  else t.misses.push(`${p.id} refs: want ${JSON.stringify(p.documentRefs)}, got ${JSON.stringify(refs)}`);
  t.refInvented += refs.filter((r) => !p.documentRefs.includes(r)).length;
}

const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(3));

function line(name: string, t: Tally): string {
  return [
    name.padEnd(22),
    `P ${ratio(t.hit, t.act)} R ${ratio(t.hit, t.exp)}`,
    `| +qual P ${ratio(t.qHit, t.act)} R ${ratio(t.qHit, t.exp)}`,
    `| per ${t.perOk}/${t.rates}`,
    `| bounds ${t.boundOk}/${t.bounds}`,
    `| whole ${t.wholeOk}/${t.parts}`,
    `| refs exact ${t.refOk}/${t.refPars}, invented ${t.refInvented}`,
  ].join(' ');
}

async function load(root: string): Promise<Extractors> {
  const facts = await import(pathToFileURL(join(root, 'src/facts/index.ts')).href) as { extractFacts: Extractors['facts'] };
  const refs = await import(pathToFileURL(join(root, 'src/references/index.ts')).href) as { extractDocumentRefs: Extractors['refs'] };
  return { facts: facts.extractFacts, refs: refs.extractDocumentRefs };
}

async function main(): Promise<void> {
  const here = fileURLToPath(new URL('..', import.meta.url));
  const args = process.argv.slice(2);
  const b = args.indexOf('--baseline');
  const baselineDir = b !== -1 ? resolve(args[b + 1] ?? '') : resolve(here, '../main');
  const read = (file: string): Paragraph[] => readFileSync(join(here, 'fixtures/facts-paragraphs', file), 'utf8')
    .split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Paragraph);
  const s = args.indexOf('--set');
  const only = s !== -1 ? args[s + 1] : undefined;
  const runs: [string, string][] = [];
  if (existsSync(join(baselineDir, 'src/facts/index.ts')) && resolve(baselineDir) !== resolve(here)) runs.push(['before', baselineDir]);
  else console.log(`(no baseline at ${baselineDir}: pass --baseline DIR)`);
  runs.push(['after', here]);
  const misses: string[] = [];
  for (const [label, dir] of runs) {
    const ex = await load(dir);
    misses.length = 0;
    // Set 1 is split into a tuning and a held half; set 2 (annotated later, blind) is held out whole.
    if (only === undefined || only === '1') {
      const halves = [empty(), empty(), empty()];
      read(SET_1).forEach((p, i) => {
        scoreParagraph(p, ex, halves[i % 2 === 0 ? 0 : 1]!);
        scoreParagraph(p, ex, halves[2]!);
      });
      console.log(line(`${label} tune (odd)`, halves[0]!));
      console.log(line(`${label} held (even)`, halves[1]!));
      console.log(line(`${label} all`, halves[2]!));
      misses.push(...halves[2]!.misses);
    }
    if (only === undefined || only === '2') {
      const t = empty();
      for (const p of read(SET_2)) scoreParagraph(p, ex, t);
      console.log(line(`${label} set 2`, t));
      misses.push(...t.misses);
    }
  }
  if (args.includes('--verbose')) for (const m of misses) console.log(`  ${m}`);
}

await main();
