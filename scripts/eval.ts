/**
 * `npm run eval`: extraction quality on the annotated fixtures, per page and in total —
 * title / date / author / source accuracy, heading precision and recall, body precision /
 * recall / F1 (ScrapingHub shingle metric), leaked boilerplate strings, fact precision and
 * recall, exact documentRefs.
 *
 *     npm run eval [-- <folder>] [--render lynx|lynx-refs|chromium]
 *
 * (default: fixtures/ward; VERBOSE=1 lists every miss). With `--render`, each page is first
 * rendered to text (scripts/lib/render.ts) and the text is extracted instead of the HTML.
 *
 * `--site site.json` extracts every page with that site profile (`ward-news learn … -o site.json`).
 */
import { readFileSync } from 'node:fs';
import { extract } from '../src/extract.js';
import { bodyScore, headingScore } from './body-score.js';
import { precisionRecall, scoreFacts } from './fact-score.js';
import { annotatedPages } from './lib/pages.js';
import { readSiteProfile } from '../src/site/index.js';
import { closeRenderers, rendererMissing, renderText, RENDERERS, type Renderer } from './lib/render.js';

const args = process.argv.slice(2);
const at = args.indexOf('--render');
const render = at >= 0 ? (args.splice(at, 2)[1] as Renderer) : null;
if (render && !RENDERERS.includes(render)) { console.error(`--render must be one of ${RENDERERS.join(', ')}`); process.exit(2); }
if (render && rendererMissing(render)) { console.error(rendererMissing(render)); process.exit(0); }
const siteAt = args.indexOf('--site');
const site = siteAt >= 0 ? readSiteProfile(readFileSync(args.splice(siteAt, 2)[1]!, 'utf8')) : undefined;
const dir = args[0] ?? 'fixtures/ward';
const pages = annotatedPages(dir);
const ids = pages.map((p) => p.id);
const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const FIELDS = ['title', 'publishedAt', 'author', 'source'] as const;

// Checked only on pages whose expected.json has them (older sets predate these fields).
const OPTIONAL_FIELDS = ['authors', 'postedBy'] as const;
const optional = Object.fromEntries(OPTIONAL_FIELDS.map((f) => [f, { ok: 0, n: 0 }]));
const totals = { fields: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<string, number>, hExp: 0, hAct: 0, hHit: 0, p: 0, r: 0, f1: 0, minF1: 1, leaks: 0, fm: 0, fe: 0, fa: 0, refsExact: 0 };
console.log(`${'page'.padEnd(48)} ${FIELDS.map((f) => f.slice(0, 6).padEnd(6)).join(' ')}  headP  headR  bodyP  bodyR  bodyF1 leaks factP  factR  refs`);
for (const { id, file, exp } of pages) {
  const input = render ? await renderText(file, render) : readFileSync(file);
  const a = extract(input, { url: exp.url, site });
  // A text rendering shows the date as printed: a time of day that only the markup held
  // (`<time datetime>`, article:published_time) is not there to find.
  const asPrinted = (f: string): boolean => f === 'publishedAt' && !!render && typeof a.publishedAt === 'string' && a.publishedAt.length === 10
    && typeof exp.publishedAt === 'string' && exp.publishedAt.startsWith(a.publishedAt) && !String(input).includes(exp.publishedAt.slice(11, 16));
  const fieldOk = FIELDS.map((f) => (a[f] === exp[f] || asPrinted(f) ? 1 : 0));
  FIELDS.forEach((f, i) => { totals.fields[f]! += fieldOk[i]!; });
  const heads = a.sections.map((s) => s.heading).filter((h): h is string => h !== null);
  const h = headingScore(exp.headings, heads);
  totals.hExp += exp.headings.length; totals.hAct += heads.length; totals.hHit += h.matched;
  const b = bodyScore(exp.text, a.text);
  totals.p += b.precision; totals.r += b.recall; totals.f1 += b.f1; totals.minF1 = Math.min(totals.minF1, b.f1);
  const leaks = (exp.mustNotContain as string[]).filter((s) => a.text.includes(s));
  totals.leaks += leaks.length;
  const fs = scoreFacts(exp.facts ?? [], a.facts);
  totals.fm += fs.matched; totals.fe += fs.expected; totals.fa += fs.actual;
  const fpr = precisionRecall(fs);
  const refsOk = !exp.documentRefs || JSON.stringify(a.documentRefs) === JSON.stringify(exp.documentRefs);
  totals.refsExact += refsOk ? 1 : 0;
  console.log(`${id.slice(0, 48).padEnd(48)} ${fieldOk.map((x) => (x ? 'ok' : 'XX').padEnd(6)).join(' ')} ${pct(h.precision)}  ${pct(h.recall)}  ${pct(b.precision)}  ${pct(b.recall)}  ${pct(b.f1)}  ${String(leaks.length).padStart(4)} ${pct(fpr.precision)}  ${pct(fpr.recall)}  ${refsOk ? 'ok' : 'XX'}`);
  const optionalMisses: string[] = [];
  for (const f of OPTIONAL_FIELDS) {
    if (!(f in exp)) continue;
    const ok = JSON.stringify(a[f]) === JSON.stringify(exp[f]);
    optional[f]!.n++; optional[f]!.ok += ok ? 1 : 0;
    if (!ok) optionalMisses.push(`    ${f}: got ${JSON.stringify(a[f])}, expected ${JSON.stringify(exp[f])}`);
  }
  if (process.env.VERBOSE) {
    for (const m of optionalMisses) console.log(m);
    FIELDS.forEach((f, i) => { if (!fieldOk[i]) console.log(`    ${f}: got ${JSON.stringify(a[f])}, expected ${JSON.stringify(exp[f])}`); });
    if (leaks.length) console.log(`    leaked: ${leaks.join(' | ')}`);
    for (const f of fs.missed) console.log(`    fact missed: ${f.raw} (${f.value} ${f.unit}${f.qualifier ? `, ${f.qualifier}` : ''})`);
    for (const f of fs.extra) console.log(`    fact extra:  ${f.raw} (${f.value} ${f.unit}${f.qualifier ? `, ${f.qualifier}` : ''})`);
    if (!refsOk) console.log(`    documentRefs: got ${JSON.stringify(a.documentRefs)}, expected ${JSON.stringify(exp.documentRefs)}`);
  }
}
const n = ids.length;
const fpr = precisionRecall({ matched: totals.fm, expected: totals.fe, actual: totals.fa });
console.log(`\n${n} pages`);
for (const f of FIELDS) console.log(`${f.padEnd(12)} ${pct(totals.fields[f]! / n)}% exact`);
for (const f of OPTIONAL_FIELDS) {
  const o = optional[f]!;
  if (o.n) console.log(`${f.padEnd(12)} ${pct(o.ok / o.n)}% exact (${o.n} pages annotated)`);
}
console.log(`headings     precision ${pct(totals.hAct ? totals.hHit / totals.hAct : 1)}%  recall ${pct(totals.hExp ? totals.hHit / totals.hExp : 1)}%`);
console.log(`body         precision ${pct(totals.p / n)}%  recall ${pct(totals.r / n)}%  F1 mean ${pct(totals.f1 / n)}%  F1 min ${pct(totals.minF1)}%`);
console.log(`boilerplate  ${totals.leaks} leaked strings`);
console.log(`facts        precision ${pct(fpr.precision)}%  recall ${pct(fpr.recall)}%  (${totals.fm} matched, ${totals.fe} expected, ${totals.fa} found)`);
console.log(`documentRefs ${totals.refsExact}/${n} pages exact`);
await closeRenderers();
