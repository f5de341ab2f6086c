/**
 * Candidate lists: runs of sibling elements of one tag, each holding an article link at
 * the same relative path (a title-length text, often a date, a thumbnail, a summary).
 * Every run on the page is scored; the caller keeps the best.
 */
import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { anchorsWithin, childElements, findFirst, hasAnchors, isHeading, textOf, type PageIndex } from './dom.js';
import { entryDate, isReadMore, itemHeading, linkText, linkTitle, splitTrailingDate } from './entry.js';
import { regionFactor } from './regions.js';
import { cleanText } from '../text/normalize.js';
import type { ListingEntry } from '../types.js';

/** An article link of the page, resolved once. */
export interface PageLink {
  anchor: Element;
  /** Absolute URL, fragment dropped. */
  url: string;
  /** Visible text without bullets, or null. */
  text: string | null;
  /** True for "xem tiếp" / "chi tiết" links. */
  readMore: boolean;
}

/** A scored run of sibling items. */
export interface CandidateList {
  /** The parent of the items. */
  container: Element;
  /** The items that yielded an entry, in document order. */
  items: Element[];
  entries: ListingEntry[];
  /** Document position of each entry's link, parallel to `entries`. */
  at: number[];
  score: number;
  /** Score multiplier of where the list stands (1 = neutral). */
  region: number;
  /** Mean title length in words. */
  titleWords: number;
}

// Tags whose children are never list items of the page.
const SKIP_CONTAINERS = new Set(['head', 'script', 'style', 'select', 'svg', 'noscript', 'template', 'map']);
// Siblings that trail a flat item (`<a>Title</a> <span>(date)</span><br>`) and belong to it.
const INLINE_TRAILERS = new Set(['span', 'small', 'em', 'i', 'b', 'strong', 'font', 'time', 'br', 'sup', 'sub', 'label', 'dd']);
const SUMMARY_MIN = 40;
// Most entries a grid row holds side by side.
const GRID_MAX = 4;
// Distinct links an item may hold per entry it shows, beyond which it is not a list item.
const COMPACT_LINKS = 4;
// Score bonus per entry with a date, a thumbnail, a summary: what article lists show.
const RICHNESS = { date: 0.8, image: 0.4, summary: 0.4 } as const;
const MAX_RICHNESS = 1 + RICHNESS.date + RICHNESS.image + RICHNESS.summary;

/**
 * The candidate lists of the page that score at least `minScore`. `links` maps anchors to
 * their resolved article links; `host` is the page's host (null when unknown).
 */
export function candidateLists(
  index: PageIndex, links: Map<Element, PageLink>, host: string | null, minScore: number,
): CandidateList[] {
  const out: CandidateList[] = [];
  for (const parent of index.elements) {
    if (SKIP_CONTAINERS.has(parent.name)) continue;
    const kids = childElements(parent);
    if (kids.length < 2) continue;
    const byTag = new Map<string, Element[]>();
    for (const k of kids) {
      const g = byTag.get(k.name);
      if (g) g.push(k);
      else byTag.set(k.name, [k]);
    }
    for (const members of byTag.values()) {
      if (members.length < 2 || members.filter((m) => hasAnchors(index, m)).length < 2) continue;
      const c = evaluate(index, links, parent, members, host, minScore);
      if (c) out.push(c);
    }
  }
  return out;
}

interface Pick {
  member: Element;
  best: PageLink;
  path: string;
}

function evaluate(
  index: PageIndex, links: Map<Element, PageLink>, container: Element, members: Element[], host: string | null,
  minScore: number,
): CandidateList | null {
  const picks: Pick[] = [];
  const linksOf = new Map<Element, PageLink[]>();
  for (const m of members) {
    const own = anchorsWithin(index, m).map((a) => links.get(a)).filter((l): l is PageLink => l !== undefined);
    linksOf.set(m, own);
    const best = bestLink(own, m);
    if (best) picks.push({ member: m, best, path: relPath(m, best.anchor) });
  }
  if (picks.length < 2) return null;
  const path = majority(picks.map((p) => p.path));
  // Per item, the title links standing at the common path (more than one per item: a grid row).
  const perItem: Array<{ member: Element; found: PageLink[] }> = [];
  for (const m of members) {
    const own = linksOf.get(m)!;
    const found = distinctByUrl(own.filter((l) => isTitleLink(l) && relPath(m, l.anchor) === path));
    const fallback = found.length === 0 ? own.filter((l) => relPath(m, l.anchor) === path && linkTitle(l.anchor) !== null) : [];
    const chosen = found.length > 0 ? found : distinctByUrl(fallback);
    if (chosen.length > 0) perItem.push({ member: m, found: chosen });
  }
  if (perItem.length < 2) return null;
  // A grid row holds a few entries, each in its own cell; many links in one cell are a nested list.
  // Rows hold the same number of cells, the last row maybe fewer; sub-lists of uneven length are not a grid.
  const full = perItem[0]!.found.length;
  const grid = full >= 2 && full <= GRID_MAX
    && perItem.every((p, i) => p.found.length === full || (i === perItem.length - 1 && p.found.length < full))
    && perItem.every((p) => new Set(p.found.map((l) => cellOf(p.member, l.anchor))).size === p.found.length);

  // First pass, cheap: which links become entries, their titles, and an upper bound of the
  // score; most runs on a page (menus, link boxes) stop here.
  const picked: Array<{ member: Element; link: PageLink; nodes: AnyNode[]; before: AnyNode[]; title: string | null }> = [];
  const items: Element[] = [];
  const seen = new Set<string>();
  const memberSet = new Set<AnyNode>(members);
  let words = 0;
  let sameHost = 0;
  for (let i = 0; i < perItem.length; i++) {
    const { member, found } = perItem[i]!;
    const next = perItem[i + 1]?.member ?? null;
    const prev = perItem[i - 1]?.member ?? null;
    let added = false;
    for (const link of grid ? found : [longest(found)]) {
      if (seen.has(link.url)) continue;
      seen.add(link.url);
      const nodes = grid ? [cellOf(member, link.anchor)] : extent(member, next, memberSet);
      const before = grid ? nodes : extentBefore(member, prev, memberSet);
      const title = (link.readMore ? null : linkTitle(link.anchor))
        ?? titleNearby(linksOf.get(member)!, link.url) ?? itemHeading(grid ? (nodes[0] as Element) : member);
      picked.push({ member, link, nodes, before, title });
      words += title ? title.split(' ').length : 0;
      if (host !== null && new URL(link.url).host === host) sameHost++;
      added = true;
    }
    if (added) items.push(member);
  }
  const n = picked.length;
  if (n < 2) return null;
  const titleWords = words / n;
  const titleFactor = Math.min(1, Math.max(0.05, (titleWords - 3) / 6));
  // List items are compact: a title link, maybe a category, author or tag links. An "item"
  // full of links is a layout column or a nested menu.
  const compact = perItem.filter((p) => new Set(linksOf.get(p.member)!.map((l) => l.url)).size <= COMPACT_LINKS * (1 + (grid ? p.found.length : 1))).length;
  const consistency = Math.sqrt(items.length / members.length) * (compact / perItem.length) ** 2;
  const hostFactor = host === null ? 1 : 0.3 + (0.7 * sameHost) / n;
  const region = regionFactor(container);
  const base = n * titleFactor * consistency * hostFactor * region;
  if (base * MAX_RICHNESS < minScore) return null;

  // Second pass: dates, thumbnails, summaries.
  const entries: ListingEntry[] = [];
  const at: number[] = [];
  let withDate = 0;
  let withImage = 0;
  let withSummary = 0;
  // In a flat run (`<span>date</span> <a>Title</a><br>`) the date may stand before the link:
  // read the nodes before each link when that finds more dates than the nodes after it.
  const flat = picked.some((p) => p.nodes.length > 1 || p.before.length > 1);
  const datesAfter = picked.map((p) => entryDate(p.nodes, p.link.anchor));
  const datesBefore = flat ? picked.map((p) => entryDate(p.before, p.link.anchor)) : datesAfter;
  const useBefore = datesBefore.filter((d) => d !== null).length > datesAfter.filter((d) => d !== null).length;
  for (const [k, { link, title: shown }] of picked.entries()) {
    const nodes = useBefore ? picked[k]!.before : picked[k]!.nodes;
    let title = shown;
    let date = useBefore ? datesBefore[k]! : datesAfter[k]!;
    if (date === null && title !== null) {
      const split = splitTrailingDate(title);
      if (split) ({ title, date } = split);
    }
    entries.push({ url: link.url, title, publishedAt: date });
    at.push(index.pos.get(link.anchor)!);
    if (date) withDate++;
    if (nodes.some(hasImage)) withImage++;
    if (summaryLength(nodes, index) >= SUMMARY_MIN) withSummary++;
  }
  const richness = 1 + (RICHNESS.date * withDate + RICHNESS.image * withImage + RICHNESS.summary * withSummary) / n;
  const score = base * richness;
  return { container, items, entries, at, score, region, titleWords };
}

/** A link whose text can be a title: not empty, not "xem tiếp", not a bare date or number. */
function isTitleLink(l: PageLink): boolean {
  return l.text !== null && !l.readMore && /\p{L}/u.test(l.text);
}

/** The item's title link: inside a heading first, then the longest text; an image link when there is no text link. */
function bestLink(own: PageLink[], member: Element): PageLink | null {
  let best: PageLink | null = null;
  let bestKey = -1;
  for (const l of own) {
    if (!isTitleLink(l)) continue;
    const key = (underHeading(member, l.anchor) ? 10_000 : 0) + Math.min(l.text!.length, 9_999);
    if (key > bestKey) {
      best = l;
      bestKey = key;
    }
  }
  return best ?? own.find((l) => linkTitle(l.anchor) !== null) ?? null;
}

function underHeading(member: Element, a: Element): boolean {
  for (let n: AnyNode | null = a; n; n = n.parent) {
    if (isTag(n) && isHeading(n)) return true;
    if (n === member) return false;
  }
  return false;
}

/** Tag names from just below `member` down to `a` (`h3>a`); empty when the member is the link. */
function relPath(member: Element, a: Element): string {
  const names: string[] = [];
  for (let n: AnyNode | null = a; n && n !== member; n = n.parent) if (isTag(n)) names.push(n.name);
  return names.reverse().join('>');
}

/** The link with the longest text (the title beside a short category link at the same path). */
function longest(ls: PageLink[]): PageLink {
  return ls.reduce((a, b) => ((b.text?.length ?? 0) > (a.text?.length ?? 0) ? b : a));
}

function majority(paths: string[]): string {
  const counts = new Map<string, number>();
  let best = paths[0]!;
  for (const p of paths) {
    const c = (counts.get(p) ?? 0) + 1;
    counts.set(p, c);
    if (c > counts.get(best)!) best = p;
  }
  return best;
}

function distinctByUrl(ls: PageLink[]): PageLink[] {
  const seen = new Set<string>();
  return ls.filter((l) => !seen.has(l.url) && (seen.add(l.url), true));
}

/** For an image-only title link: the text of another link of the item to the same article. */
function titleNearby(own: PageLink[], url: string): string | null {
  return own.find((l) => l.url === url && isTitleLink(l))?.text ?? null;
}

/** In a grid row, the cell of one entry: the child of the row that holds its link. */
function cellOf(member: Element, a: Element): Element {
  let n: Element = a;
  while (n.parent && n.parent !== member && isTag(n.parent)) n = n.parent;
  return n;
}

/**
 * The nodes of one item: the member and the siblings after it up to the next member.
 * After the last member only inline trailers are taken (a date after a bare link), not
 * the pager or whatever block follows the list.
 */
function extent(member: Element, next: Element | null, memberSet: Set<AnyNode>): AnyNode[] {
  const nodes: AnyNode[] = [member];
  for (let s = member.next; s && s !== next && !memberSet.has(s); s = s.next) {
    if (next === null && !(isText(s) || (isTag(s) && INLINE_TRAILERS.has(s.name)))) break;
    nodes.push(s);
  }
  return nodes;
}

/**
 * The nodes of one item when its date stands before it: the siblings after the previous
 * member up to the member. Before the first member only inline nodes are taken.
 */
function extentBefore(member: Element, prev: Element | null, memberSet: Set<AnyNode>): AnyNode[] {
  const nodes: AnyNode[] = [member];
  for (let s = member.prev; s && s !== prev && !memberSet.has(s); s = s.prev) {
    if (prev === null && !(isText(s) || (isTag(s) && INLINE_TRAILERS.has(s.name)))) break;
    nodes.unshift(s);
  }
  return nodes;
}

function hasImage(node: AnyNode): boolean {
  return findFirst(node, (e) => e.name === 'img' || e.name === 'picture') !== null;
}

/** Length of the item's text outside links: a summary when long. */
function summaryLength(nodes: AnyNode[], index: PageIndex): number {
  let total = 0;
  for (const n of nodes) {
    total += cleanText(textOf(n)).length;
    if (isTag(n)) for (const a of anchorsWithin(index, n)) total -= cleanText(textOf(a)).length;
  }
  return total;
}

/** Resolves the link table once per page. */
export function pageLinks(
  index: PageIndex, resolve: (a: Element) => string | null,
): Map<Element, PageLink> {
  const out = new Map<Element, PageLink>();
  for (const p of index.anchors) {
    const anchor = index.elements[p]!;
    const url = resolve(anchor);
    if (url === null) continue;
    const text = linkText(anchor);
    out.set(anchor, { anchor, url, text, readMore: text !== null && isReadMore(text) });
  }
  return out;
}
