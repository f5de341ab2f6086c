/**
 * One entry of a list: the title of its article link and the date printed beside it.
 */
import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { READ_MORE_PREFIXES, READ_MORE_WORDS } from '../lexicon/listing.js';
import { parseVietnameseDate } from '../text/dates.js';
import { cleanText } from '../text/normalize.js';
import { findFirst, textOf } from './dom.js';

// A date line is short: "(15/06/2020)", "Ngày đăng: 20/07/2021 09:15". Longer text is a summary.
const DATE_LINE_MAX = 80;
// Bullets and arrows some portals print before a title inside the link.
const LEADING_BULLETS = /^[\s»›•·\-–—>*+◦▪▸►]+/u;
const TRAILING_DATE = /\s*[[(]([^()[\]]{6,40})[\])]\s*$/;
const TRAILING_DASH_DATE = /\s+[-–|]\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s+\d{1,2}:\d{2})?)\s*$/;
const TITLE_CLASS = /(?:^|[\s_-])(?:title|tieude|tieu-de|heading|headline)(?:$|[\s_-])/i;

/** The link text without bullets, or null when it is empty. */
export function linkText(a: Element): string | null {
  const t = cleanText(textOf(a)).replace(LEADING_BULLETS, '');
  return t === '' ? null : t;
}

/** True when a link text reads "xem tiếp ...", "chi tiết", "»", "[...]": it points at the article but is not its title. */
export function isReadMore(text: string): boolean {
  const lower = text.toLowerCase();
  if (READ_MORE_PREFIXES.some((c) => lower.startsWith(c))) return true;
  return READ_MORE_WORDS.includes(lower.replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim());
}

/**
 * The element of a link that holds the title: for a card link wrapping a picture, a
 * heading and a date, the heading (or `.title` element) inside it; else the link itself.
 */
function titleElement(a: Element): Element {
  // Breadth-first: the outermost heading of the card wins.
  const queue: Element[] = a.children.filter(isTag);
  for (let i = 0; i < queue.length; i++) {
    const el = queue[i]!;
    if ((/^h[1-6]$/.test(el.name) || TITLE_CLASS.test(el.attribs['class'] ?? '')) && cleanText(textOf(el)) !== '') return el;
    for (const c of el.children) if (isTag(c)) queue.push(c);
  }
  return a;
}

/**
 * The title an item prints in a heading (or `.title` element) when its only link to the
 * article is "Xem chi tiết" or a picture; null when it has none.
 */
export function itemHeading(item: Element): string | null {
  const holder = titleElement(item);
  return holder === item ? null : linkText(holder);
}

/**
 * The title an article link shows: its text (the title part of a card link); the `title`
 * attribute when the text is cut short ("...") and the attribute completes it; for an
 * image link, the image's alt text.
 */
export function linkTitle(a: Element): string | null {
  const holder = titleElement(a);
  if (holder !== a) return linkText(holder);
  const text = linkText(a);
  const attr = cleanText(a.attribs['title'] ?? '');
  if (text !== null) {
    const stem = text.replace(/\s*(?:\.{3}|…)$/, '');
    if (stem !== text && attr.length > stem.length && attr.startsWith(stem)) return attr;
    return text;
  }
  if (attr !== '') return attr;
  const img = findFirst(a, (e) => e.name === 'img');
  const alt = img ? cleanText(img.attribs['alt'] ?? '') : '';
  return alt === '' ? null : alt;
}

/**
 * The date printed with an entry: a `<time datetime>` first (machine-readable), else the
 * first short line of text, outside the title link, that holds a date. `nodes` are the
 * nodes of the entry in document order; `link` is the entry's title link.
 */
export function entryDate(nodes: AnyNode[], link: Element): string | null {
  const title = titleElement(link);
  for (const n of nodes) {
    const time = findFirst(n, (e) => e.name === 'time');
    if (time) {
      const d = parseVietnameseDate(time.attribs['datetime'] ?? '') ?? parseVietnameseDate(cleanText(textOf(time)));
      if (d) return d;
    }
  }
  const lines = textLines(nodes, title);
  // Lines that are mostly a date first, then any short line: a summary may cite another date.
  for (const max of [40, DATE_LINE_MAX]) {
    for (const line of lines) {
      if (line.length > max) continue;
      const d = parseVietnameseDate(line);
      if (d) return d;
    }
  }
  return null;
}

/**
 * A date printed inside the title link itself at its end, "Title (15/06/2020)" or
 * "Title - 15/06/2020": the date and the title without it.
 */
export function splitTrailingDate(title: string): { title: string; date: string } | null {
  const m = TRAILING_DATE.exec(title) ?? TRAILING_DASH_DATE.exec(title);
  if (!m) return null;
  const date = parseVietnameseDate(m[1]!);
  return date ? { title: title.slice(0, m.index).trim(), date } : null;
}

/**
 * The text of the entry as lines: each text node outside `skip`, widened to its parent
 * element's text when that parent is small (a date split over `<span>`s stays whole).
 */
function textLines(nodes: AnyNode[], skip: Element): string[] {
  const lines: string[] = [];
  const seenParents = new Set<Element>();
  const extent = new Set<AnyNode>(nodes);
  // Strictly inside one of the entry's nodes: never widen to the list container itself.
  const insideExtent = (el: Element): boolean => {
    if (extent.has(el)) return false;
    for (let n: AnyNode | null = el.parent; n; n = n.parent) if (extent.has(n)) return true;
    return false;
  };
  // Iterative walk in document order: entries may nest deeply on broken pages.
  const stack: AnyNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === skip) continue;
    if (isText(n)) {
      const own = cleanText(n.data);
      if (own === '') continue;
      const p = n.parent;
      if (p && isTag(p) && insideExtent(p) && !seenParents.has(p) && !containsNode(p, skip)) {
        const whole = cleanText(textOf(p));
        if (whole.length <= DATE_LINE_MAX) {
          seenParents.add(p);
          lines.push(whole);
          continue;
        }
      }
      if (!(p && isTag(p) && seenParents.has(p))) lines.push(own);
      continue;
    }
    if (isTag(n) && n.name !== 'script' && n.name !== 'style') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return lines;
}

function containsNode(outer: Element, inner: AnyNode): boolean {
  for (let n: AnyNode | null = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}
