/**
 * Scoring with and without a site profile, field by field, on annotated fixture folders:
 * shared by `npm run eval:sites` (the leave-one-out table) and test/site.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract.js';
import type { SiteProfile } from '../../src/types.js';
import { bodyScore } from '../body-score.js';

/** One annotated page: its bytes, annotation and family. */
export interface FixturePage { id: string; html: Buffer; exp: Record<string, unknown> & { url?: string; family?: string; text: string; mustNotContain: string[] } }

/** The pages of a fixture folder that hold their own page.html (real-portal annotations point elsewhere). */
export function fixturePages(dir: string): FixturePage[] {
  return readdirSync(dir).sort().filter((id) => existsSync(join(dir, id, 'page.html')) && existsSync(join(dir, id, 'expected.json')))
    .map((id) => ({ id, html: readFileSync(join(dir, id, 'page.html')), exp: JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8')) }));
}

export const FIELDS = ['title', 'publishedAt', 'author', 'source'] as const;

/** A page's scores: 1/0 per field, body F1, and the leaked strings (negated so that higher is better). */
export interface PageScore { fields: Record<(typeof FIELDS)[number], number>; f1: number; noLeaks: number }

export function scorePage(p: FixturePage, site?: SiteProfile): PageScore {
  const a = extract(p.html, { ...(p.exp.url ? { url: p.exp.url } : {}), ...(site ? { site } : {}) });
  const fields = Object.fromEntries(FIELDS.map((f) => [f, a[f] === p.exp[f] ? 1 : 0])) as PageScore['fields'];
  return { fields, f1: bodyScore(p.exp.text, a.text).f1, noLeaks: -p.exp.mustNotContain.filter((s) => a.text.includes(s)).length };
}

/** The ways `withSite` is worse than `without` ([] when it is nowhere worse). */
export function worseness(id: string, without: PageScore, withSite: PageScore): string[] {
  const out: string[] = [];
  for (const f of FIELDS) if (withSite.fields[f] < without.fields[f]) out.push(`${id}: ${f}`);
  if (withSite.f1 < without.f1 - 1e-9) out.push(`${id}: body F1 ${without.f1.toFixed(4)} → ${withSite.f1.toFixed(4)}`);
  if (withSite.noLeaks < without.noLeaks) out.push(`${id}: leaks`);
  return out;
}

/** Pages grouped by their annotation's `family` (families of one page left out). */
export function families(pages: readonly FixturePage[]): Map<string, FixturePage[]> {
  const m = new Map<string, FixturePage[]>();
  for (const p of pages) if (p.exp.family) m.set(p.exp.family, [...(m.get(p.exp.family) ?? []), p]);
  for (const [k, v] of m) if (v.length < 2) m.delete(k);
  return m;
}
