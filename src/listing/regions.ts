/**
 * Where on the page an element stands: inside navigation or a footer, in a side column,
 * under a "most read" / "latest" box heading, or in the main column. Each kind of
 * evidence scales a candidate list's score once.
 */
import type { Element } from 'domhandler';
import { isTag } from 'domhandler';
import { TAIL_CUES } from '../lexicon/boilerplate.js';
import {
  MAIN_REGION_TOKENS, NAV_REGION_TOKENS, POPULAR_REGION_TOKENS, SIDE_LIST_HEADINGS, SIDE_REGION_TOKENS,
} from '../lexicon/listing.js';
import { cleanText } from '../text/normalize.js';
import { childElements, classTokens, textOf } from './dom.js';

const SIDE = new Set(SIDE_REGION_TOKENS);
const NAV = new Set(NAV_REGION_TOKENS);
const POPULAR = new Set(POPULAR_REGION_TOKENS);
const MAIN = new Set(MAIN_REGION_TOKENS);
const HEADING_CUES = [...SIDE_LIST_HEADINGS, ...TAIL_CUES];

const CHROME_TAGS = new Set(['nav', 'footer', 'header', 'menu']);
const CHROME_ROLES = new Set(['navigation', 'contentinfo', 'banner', 'menubar', 'menu', 'search']);

/** Multipliers per kind of evidence (applied at most once each). */
const PENALTY = { chrome: 0.05, side: 0.2, popular: 0.3, heading: 0.2 } as const;
const MAIN_BONUS = 1.25;

// Longest text a box heading has; a longer previous sibling is content, not a heading.
const HEADING_MAX = 60;

/** The score multiplier of a list whose container is `el` (1 = neutral, < 1 = probably not the list). */
export function regionFactor(el: Element): number {
  const seen = new Set<keyof typeof PENALTY | 'main'>();
  for (let node: Element | null = el; node; node = parentElement(node)) {
    // <body> and <html> classes describe the page ("right-sidebar"), not a region of it.
    if (node.name === 'body' || node.name === 'html') break;
    const role = (node.attribs['role'] ?? '').toLowerCase();
    if ((CHROME_TAGS.has(node.name) && !inContent(node)) || CHROME_ROLES.has(role)) seen.add('chrome');
    if (node.name === 'aside' || role === 'complementary') seen.add('side');
    if (node.name === 'main' || role === 'main') seen.add('main');
    const tokens = classTokens(node);
    if (tokens.some((t) => NAV.has(t))) seen.add('chrome');
    if (tokens.some((t) => SIDE.has(t)) || isNarrowColumn(node)) seen.add('side');
    if (tokens.some((t) => POPULAR.has(t))) seen.add('popular');
    if (tokens.some((t) => MAIN.has(t))) seen.add('main');
  }
  if (hasSideHeading(el)) seen.add('heading');
  let f = 1;
  for (const k of seen) f *= k === 'main' ? MAIN_BONUS : PENALTY[k];
  return f;
}

/** A `<header>` / `<footer>` inside an `<article>` or `<main>` heads that content; it is not page chrome. */
function inContent(el: Element): boolean {
  if (el.name !== 'header' && el.name !== 'footer') return false;
  for (let n = parentElement(el); n; n = parentElement(n)) if (n.name === 'article' || n.name === 'main') return true;
  return false;
}

/** True when the element stands in a side column (`aside`, `.sidebar`, a narrow layout column). */
export function inSideColumn(el: Element): boolean {
  for (let node: Element | null = el; node; node = parentElement(node)) {
    if (node.name === 'body' || node.name === 'html') return false;
    if (node.name === 'aside' || (node.attribs['role'] ?? '').toLowerCase() === 'complementary') return true;
    if (classTokens(node).some((t) => SIDE.has(t)) || isNarrowColumn(node)) return true;
  }
  return false;
}

function parentElement(el: Element): Element | null {
  const p = el.parent;
  return p && isTag(p) ? p : null;
}

/**
 * A layout column narrower than a sibling column: a table cell with a small `width`
 * beside a wider or unsized cell, or a grid column (`col-md-4`) beside a wider one.
 */
function isNarrowColumn(el: Element): boolean {
  const p = el.parent;
  if (!p) return false;
  const siblings = p.children.filter(isTag).filter((s) => s !== el);
  if (el.name === 'td' || el.name === 'th') {
    const w = pixelWidth(el);
    if (w === null || w > 320) return false;
    return siblings.some((s) => (s.name === 'td' || s.name === 'th') && (pixelWidth(s) ?? Infinity) > w * 1.5);
  }
  const span = gridSpan(el);
  if (span === null || span > 4) return false;
  return siblings.some((s) => (gridSpan(s) ?? 0) >= span * 1.5);
}

function pixelWidth(el: Element): number | null {
  const w = el.attribs['width'] ?? /(?:^|;)\s*width\s*:\s*([^;]+)/i.exec(el.attribs['style'] ?? '')?.[1];
  if (!w || /%/.test(w)) return null;
  const n = parseInt(w, 10);
  return Number.isFinite(n) ? n : null;
}

// Grid classes, desktop breakpoints first: `col-sm-12 col-md-4` is a side column on a desktop.
const GRID_CLASSES = [/(?:^|\s)col-md-(\d{1,2})(?:\s|$)/, /(?:^|\s)col-lg-(\d{1,2})(?:\s|$)/,
  /(?:^|\s)(?:col-xl-|medium-|large-)(\d{1,2})(?:\s|$)/, /(?:^|\s)(?:col-sm-|col-|span|grid_)(\d{1,2})(?:\s|$)/];

function gridSpan(el: Element): number | null {
  const cls = el.attribs['class'] ?? '';
  for (const re of GRID_CLASSES) {
    const m = re.exec(cls);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * True when the nearest box heading above the list names a side list ("Tin xem nhiều",
 * "Văn bản mới", ...): the first short text found walking back over previous siblings,
 * climbing up to four levels, or the container's own first child when it is a heading.
 */
function hasSideHeading(el: Element): boolean {
  const first = childElements(el)[0];
  if (first) {
    const t = headingText(first);
    if (t !== null) {
      if (isSideHeading(t)) return true;
    }
  }
  let node: Element | null = el;
  for (let level = 0; level < 4 && node; level++, node = parentElement(node)) {
    for (let s = node.prev; s; s = s.prev) {
      if (!isTag(s)) continue;
      const text = cleanText(textOf(s, HEADING_MAX * 4));
      if (text === '') continue;
      if (text.length > HEADING_MAX) break;
      return isSideHeading(text.toLowerCase());
    }
  }
  return false;
}

function headingText(el: Element): string | null {
  if (!/^h[1-6]$/.test(el.name) && !classTokens(el).some((t) => t.includes('title') || t.includes('tieude') || t.includes('heading'))) return null;
  const text = cleanText(textOf(el, HEADING_MAX * 4));
  return text !== '' && text.length <= HEADING_MAX ? text.toLowerCase() : null;
}

function isSideHeading(lower: string): boolean {
  return HEADING_CUES.some((c) => lower.includes(c));
}
