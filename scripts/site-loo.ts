/**
 * `npm run eval:sites`: leave-one-out on the fixture families (pages that share a
 * `family` in expected.json): each page is extracted without a profile and with one learned
 * from the other pages of its family; the table shows each field's score both ways.
 *
 *     npm run eval:sites [-- <folder>...]   (default: every fixtures/ward* folder)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { learnSite } from '../src/site/index.js';
import { families, FIELDS, fixturePages, scorePage, worseness } from './lib/site-eval.js';

const dirs = process.argv.length > 2 ? process.argv.slice(2) : readdirSync('fixtures').filter((d) => d.startsWith('ward')).map((d) => join('fixtures', d));
const sum = { without: { title: 0, publishedAt: 0, author: 0, source: 0, f1: 0, leaks: 0 }, with: { title: 0, publishedAt: 0, author: 0, source: 0, f1: 0, leaks: 0 } };
const worse: string[] = [];
let n = 0;
console.log(`${'family (pages)'.padEnd(44)} ${FIELDS.map((f) => f.slice(0, 6).padEnd(9)).join(' ')} bodyF1        leaks`);
for (const dir of dirs) {
  for (const [family, pages] of families(fixturePages(dir))) {
    const row = { without: { ...sum.without }, with: { ...sum.with } };
    for (const k of Object.keys(row.without) as (keyof typeof row.without)[]) { row.without[k] = 0; row.with[k] = 0; }
    for (const p of pages) {
      const site = learnSite(pages.filter((o) => o !== p).map((o) => ({ html: o.html, ...(o.exp.url ? { url: o.exp.url } : {}) })));
      const a = scorePage(p), b = scorePage(p, site);
      worse.push(...worseness(p.id, a, b));
      for (const [r, s] of [[row.without, a], [row.with, b]] as const) {
        for (const f of FIELDS) r[f] += s.fields[f];
        r.f1 += s.f1; r.leaks -= s.noLeaks;
      }
    }
    n += pages.length;
    for (const side of ['without', 'with'] as const) for (const k of Object.keys(sum[side]) as (keyof typeof sum.without)[]) sum[side][k] += row[side][k];
    const cell = (k: keyof typeof row.without): string => `${row.without[k]}→${row.with[k]}`.padEnd(9);
    console.log(`${`${dir.replace('fixtures/', '')}/${family} (${pages.length})`.slice(0, 44).padEnd(44)} ${FIELDS.map(cell).join(' ')} ${(row.without.f1 / pages.length).toFixed(3)}→${(row.with.f1 / pages.length).toFixed(3)}  ${row.without.leaks}→${row.with.leaks}`);
  }
}
console.log(`\n${n} pages, without → with a leave-one-out profile: ${FIELDS.map((f) => `${f} ${sum.without[f]}→${sum.with[f]}`).join(', ')}, body F1 mean ${(sum.without.f1 / n).toFixed(4)}→${(sum.with.f1 / n).toFixed(4)}, leaks ${sum.without.leaks}→${sum.with.leaks}`);
console.log(worse.length ? `worse with a profile:\n  ${worse.join('\n  ')}` : 'never worse with a profile, field by field');
