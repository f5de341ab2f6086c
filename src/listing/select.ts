/**
 * Picks the list of the page among the scored candidates, then adds what continues it in
 * the same column: twin lists (a list split over two columns or boxes of the same markup)
 * and a featured article shown above the list in its own markup.
 */
import type { Element } from 'domhandler';
import { isTag } from 'domhandler';
import type { ListingEntry } from '../types.js';
import { anchorsWithin, contains, findFirst, isHeading, type PageIndex } from './dom.js';
import { entryDate, linkTitle } from './entry.js';
import type { CandidateList, PageLink } from './groups.js';
import { regionFactor } from './regions.js';

/** The chosen list: its entries in page order and the document position where it ends. */
export interface ChosenList {
  entries: ListingEntry[];
  end: number;
}

/** Below this score the best run is a menu or a stray pair of links, not a list of articles. */
export const MIN_LIST_SCORE = 1;
// How far above the list its column may extend (levels of ancestors).
const SCOPE_LEVELS = 3;
// A twin scores at least this share of the best list, with article-length titles.
const TWIN_SHARE = 0.2;
const TWIN_MIN_WORDS = 4;
// A featured article's title has at least this many words.
const FEATURED_MIN_WORDS = 4;

/** The best-scoring candidate list with its continuations, or null when nothing looks like a list of articles. */
export function chooseList(cands: CandidateList[], index: PageIndex, links: Map<Element, PageLink>): ChosenList | null {
  let best: CandidateList | null = null;
  for (const c of cands) if (!best || c.score > best.score) best = c;
  if (!best || best.score < MIN_LIST_SCORE) return null;
  const scope = ancestor(best.container, SCOPE_LEVELS);
  const chosen: CandidateList[] = [best];
  const byScore = [...cands].sort((a, b) => b.score - a.score);
  for (const c of byScore) {
    if (c === best || c.score < best.score * TWIN_SHARE || c.region < best.region * 0.8 || c.titleWords < TWIN_MIN_WORDS) continue;
    if (!contains(index, scope, c.container)) continue;
    if (chosen.some((k) => overlaps(index, k, c))) continue;
    chosen.push(c);
  }
  const entries: Array<{ at: number; entry: ListingEntry }> = [];
  for (const c of chosen) c.entries.forEach((entry, i) => entries.push({ at: c.at[i]!, entry }));
  const seen = new Set(entries.map((e) => e.entry.url));
  const start = Math.min(...chosen.map((c) => index.pos.get(c.items[0]!)!));
  for (const f of featured(index, links, scope, start, best, chosen)) {
    if (seen.has(f.entry.url)) continue;
    seen.add(f.entry.url);
    entries.push(f);
  }
  entries.sort((a, b) => a.at - b.at);
  const end = Math.max(...chosen.map((c) => index.end.get(c.container)!));
  return { entries: dedupe(entries.map((e) => e.entry)), end };
}

function ancestor(el: Element, levels: number): Element {
  let n = el;
  for (let i = 0; i < levels && n.parent && isTag(n.parent) && n.parent.name !== 'body'; i++) n = n.parent;
  return n;
}

/** Lists overlap when one's container holds the other's, or they share an item. */
function overlaps(index: PageIndex, a: CandidateList, b: CandidateList): boolean {
  return contains(index, a.container, b.container) || contains(index, b.container, a.container)
    || a.items.some((i) => b.items.some((j) => contains(index, i, j) || contains(index, j, i)));
}

/**
 * Title links above the list, inside its column, that are not part of any chosen list:
 * a headline link (in `<h1>`–`<h6>`) of title length with a picture or a date, standing
 * where the list stands.
 */
function featured(
  index: PageIndex, links: Map<Element, PageLink>, scope: Element, before: number, best: CandidateList,
  chosen: CandidateList[],
): Array<{ at: number; entry: ListingEntry }> {
  const out: Array<{ at: number; entry: ListingEntry }> = [];
  const from = index.pos.get(scope)!;
  for (const p of index.anchors) {
    if (p < from || p >= before) continue;
    const a = index.elements[p]!;
    const link = links.get(a);
    if (!link || link.readMore || link.text === null || wordCount(link.text) < FEATURED_MIN_WORDS) continue;
    const heading = headingOf(a);
    if (!heading || chosen.some((c) => c.items.some((i) => contains(index, i, a)))) continue;
    if (regionFactor(heading) < best.region) continue;
    const block = featuredBlock(index, links, heading, link.url, best.container);
    const date = entryDate([block], a);
    // An article shows a picture or a date; a box title linking to its category shows neither.
    if (date === null && findFirst(block, (e) => e.name === 'img') === null) continue;
    out.push({ at: p, entry: { url: link.url, title: linkTitle(a), publishedAt: date } });
  }
  return out;
}

/** The block of a featured article: the heading widened while it holds no other article and not the list. */
function featuredBlock(
  index: PageIndex, links: Map<Element, PageLink>, heading: Element, url: string, list: Element,
): Element {
  let block = heading;
  for (let i = 0; i < 3; i++) {
    const p = block.parent;
    if (!p || !isTag(p) || contains(index, p, list)) break;
    if (anchorsWithin(index, p).some((x) => { const l = links.get(x); return l !== undefined && l.url !== url; })) break;
    block = p;
  }
  return block;
}

function headingOf(a: Element): Element | null {
  for (let n = a.parent; n && isTag(n); n = n.parent) {
    if (isHeading(n)) return n;
    if (n.name === 'div' || n.name === 'li' || n.name === 'td') return null;
  }
  return null;
}

function wordCount(text: string): number {
  return text.split(' ').filter((w) => /\p{L}/u.test(w)).length;
}

function dedupe(entries: ListingEntry[]): ListingEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.url) && (seen.add(e.url), true));
}
