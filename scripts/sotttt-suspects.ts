/**
 * `node --import tsx scripts/sotttt-suspects.ts [--site profile.json] [--list]`: a diagnostic
 * (not a test) over the 2,901 unannotated article pages of ../shared/corpora/sotttt-hanoi.
 * Counts the pages whose extraction looks suspicious:
 * - short: the text is under 80% of the text of the page's article container
 *   (`div.journal-content-article` on that portal: read here as a yardstick only, never by src/);
 * - long: the text is over 120% of it (chrome came in);
 * - template: the text holds a paragraph that repeats on 20 pages or more;
 * - no title / no date (pages that print a date line and got none);
 * - author not a name (digits, more than six words, or an account line's text).
 * With `--list`, the page paths of each kind follow the counts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'domhandler';
import { extract } from '../src/extract.js';
import { parse } from '../src/parse/index.js';
import { elements, textContent } from '../src/parse/dom.js';
import { looksLikeName } from '../src/text/bylines.js';
import type { SiteProfile } from '../src/types.js';
import { sotttArticles, sotttRoot, SOTTTT_MISSING } from './lib/sotttt.js';

const root = sotttRoot();
if (!root) { console.log(SOTTTT_MISSING); process.exit(0); }
const args = process.argv.slice(2);
const siteAt = args.indexOf('--site');
const site = siteAt >= 0 ? JSON.parse(readFileSync(args[siteAt + 1]!, 'utf8')) as SiteProfile : undefined;
const list = args.includes('--list');

const words = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
const hasClass = (e: Element, c: string): boolean => (e.attribs.class ?? '').split(/\s+/).includes(c);
const kinds = { short: [] as string[], long: [] as string[], template: [] as string[], noTitle: [] as string[], noDate: [] as string[], author: [] as string[] };
const paragraphs = new Map<string, number>();
const results: { path: string; paras: string[] }[] = [];
for (const path of sotttArticles()) {
  const html = readFileSync(join(root, path));
  const a = extract(html, site ? { site } : {});
  const doc = parse(html.toString('utf8'), { maxNodes: 1_000_000, parser: 'htmlparser2' }).document;
  const all = elements(doc);
  const box = all.find((e) => hasClass(e, 'journal-content-article'));
  const account = all.find((e) => hasClass(e, 'view-content-author'));
  const sapo = all.find((e) => hasClass(e, 'sapo'));
  const printedDate = all.find((e) => hasClass(e, 'assetPublishDate'));
  // The yardstick: the container's text and the sapo, without the account line.
  const want = (box ? words(textContent(box)).length - (account ? words(textContent(account)).length : 0) : 0) + (sapo ? words(textContent(sapo)).length : 0);
  const got = words(a.text).length;
  if (want > 0 && got < want * 0.8) kinds.short.push(`${path}  (${got} of ${want})`);
  if (want > 0 && got > want * 1.2) kinds.long.push(`${path}  (${got} of ${want})`);
  if (!a.title) kinds.noTitle.push(path);
  if (!a.publishedAt && printedDate && /\d/.test(textContent(printedDate))) kinds.noDate.push(path);
  if (a.author && (/\d/.test(a.author) || a.author.split(' ').length > 6 || !looksLikeName(a.author.replace(/\s*\(.*\)$/u, '')) || a.author === a.postedBy)) kinds.author.push(`${path}  (${a.author})`);
  const paras = [...new Set(a.text.split('\n\n').map(words).filter(Boolean))];
  for (const p of paras) paragraphs.set(p, (paragraphs.get(p) ?? 0) + 1);
  results.push({ path, paras });
}
for (const r of results) {
  const repeated = r.paras.filter((p) => (paragraphs.get(p) ?? 0) >= 20);
  if (repeated.length) kinds.template.push(`${r.path}  (${repeated.map((p) => JSON.stringify(p.slice(0, 60))).join(', ')})`);
}
console.log(`${results.length} pages${site ? ', with the profile' : ''}: ${Object.entries(kinds).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
if (list) for (const [k, v] of Object.entries(kinds)) if (v.length) console.log(`\n${k}:\n  ${v.join('\n  ')}`);
