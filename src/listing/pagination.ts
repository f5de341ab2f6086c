/**
 * The next page of a list: `rel=next`, a pager link reading "Trang sau" / "Tiếp" / "»",
 * or the page number after the current one in a numbered pager.
 */
import type { AnyNode, Element } from 'domhandler';
import { isTag } from 'domhandler';
import {
  CURRENT_PAGE_TOKENS, NEXT_PAGE_ARROWS, NEXT_PAGE_WORDS, OTHER_PAGE_WORDS, PAGE_PARAMS,
} from '../lexicon/listing.js';
import { cleanText } from '../text/normalize.js';
import { anchorsWithin, attrTokens, classTokens, textOf, type PageIndex } from './dom.js';
import { resolveHref } from './links.js';
import { inSideColumn } from './regions.js';

const NEXT_WORDS = new Set(NEXT_PAGE_WORDS);
const OTHER_WORDS = new Set(OTHER_PAGE_WORDS);
const ARROWS = new Set(NEXT_PAGE_ARROWS);
const CURRENT = new Set(CURRENT_PAGE_TOKENS);
const PARAM_NAMES = new Set(PAGE_PARAMS);
// A page number as a path segment: `/page/2/`, `/trang-2`, `/currentpage/2`.
const PATH_PAGE = new RegExp(`/(?:${PAGE_PARAMS.join('|')})[/-](\\d{1,5})/?$`, 'i');

// Longest text of a pager link.
const PAGER_TEXT_MAX = 40;
// Weight multiplier of pager links in a side column.
const SIDE_PAGER = 0.3;
// Strength of each kind of evidence that a link goes to the next page.
const WEIGHT = {
  rel: 100, word: 60, attr: 50, numberAfterCurrent: 45, arrow: 35, sameAddressNextNumber: 30, numberFromUrl: 20, doubleArrow: 15,
} as const;

/** Where the list stands, to prefer the pager next to it. */
export interface PagerContext {
  base: URL | null;
  /** The listing's own URL, never its own next page. */
  self: string | null;
  /** Document position just after the list, or null when no list was found. */
  listEnd: number | null;
}

interface Candidate {
  url: string;
  weight: number;
  pos: number;
}

/** The absolute URL of the next page of the list, or null. */
export function findNextPage(index: PageIndex, ctx: PagerContext): string | null {
  const relNext = index.elements.find((el) => el.name === 'link' && attrTokens(el, 'rel').includes('next'));
  const fromHead = relNext ? resolveHref(relNext.attribs['href'], ctx.base) : null;
  if (fromHead !== null && fromHead !== ctx.self) return fromHead;

  const current = pageNumberOf(ctx.self);
  const cands: Candidate[] = [];
  const selfUrl = ctx.self === null ? null : new URL(ctx.self);
  for (const p of index.anchors) {
    const a = index.elements[p]!;
    let weight = linkWeight(a, current);
    const url = resolveHref(a.attribs['href'], ctx.base);
    if (url === null || url === ctx.self || isDisabled(a)) continue;
    // "Xem thêm", an unlabelled icon: the same address with the page number one up.
    if (weight === 0 && selfUrl !== null && isPageAfter(selfUrl, current, url)) weight = WEIGHT.sameAddressNextNumber;
    if (weight === 0) continue;
    // A pager in a side column pages a side box, not the list.
    if (inSideColumn(a)) weight *= SIDE_PAGER;
    cands.push({ url, weight, pos: p });
  }
  for (const c of numberedNext(index, ctx.base)) cands.push(c);
  let best: Candidate | null = null;
  for (const c of cands) {
    if (c.url === ctx.self) continue;
    if (!best || c.weight > best.weight || (c.weight === best.weight && distance(c, ctx) < distance(best, ctx))) best = c;
  }
  return best?.url ?? null;
}

/** Pager links after the list first, then the nearest. */
function distance(c: Candidate, ctx: PagerContext): number {
  if (ctx.listEnd === null) return c.pos;
  const d = c.pos - ctx.listEnd;
  return d >= 0 ? d : 1_000_000 - d;
}

function linkWeight(a: Element, current: number): number {
  const raw = cleanText(textOf(a, PAGER_TEXT_MAX));
  // Pager links are short; a long text is a title or a sentence.
  if (raw.length > PAGER_TEXT_MAX) return 0;
  const words = pagerWords(raw);
  if (OTHER_WORDS.has(words)) return 0;
  let w = 0;
  if (attrTokens(a, 'rel').includes('next')) w = Math.max(w, WEIGHT.rel);
  if (words !== '' && NEXT_WORDS.has(words)) w = Math.max(w, WEIGHT.word);
  const label = pagerWords(`${a.attribs['title'] ?? ''} ${a.attribs['aria-label'] ?? ''}`);
  const tokens = [...classTokens(a), ...(a.parent && isTag(a.parent) ? classTokens(a.parent) : [])];
  if (tokens.includes('next') || tokens.includes('nextpage') || tokens.includes('pagenext') || NEXT_WORDS.has(label)) {
    w = Math.max(w, WEIGHT.attr);
  }
  if (words === '') {
    const arrows = raw.replace(/\s+/g, '');
    if (arrows.length === 1 && ARROWS.has(arrows)) w = Math.max(w, WEIGHT.arrow);
    else if (arrows.length === 2 && arrows[0] === arrows[1] && ARROWS.has(arrows[0]!)) w = Math.max(w, WEIGHT.doubleArrow);
  }
  // A number after the page number of the URL, inside a row of numbered links.
  if (raw === String(current + 1) && hasNumberedSiblings(a)) w = Math.max(w, WEIGHT.numberFromUrl);
  return w;
}

/** Lower-cased link text without arrows, brackets and punctuation. */
function pagerWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

function isDisabled(a: Element): boolean {
  if ((a.attribs['aria-disabled'] ?? '') === 'true' || 'disabled' in a.attribs) return true;
  const p = a.parent;
  return classTokens(a).includes('disabled') || (!!p && isTag(p) && classTokens(p).includes('disabled'));
}

/** The link numbered one more than the page a pager marks as current (`<span class="current">1</span>`). */
function numberedNext(index: PageIndex, base: URL | null): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < index.elements.length; i++) {
    const el = index.elements[i]!;
    // A page number is a leaf or nearly one; skipping big subtrees keeps this linear.
    if (index.end.get(el)! - i > 2) continue;
    const text = cleanText(textOf(el));
    if (!/^\d{1,5}$/.test(text) || !isCurrent(el)) continue;
    const want = String(Number(text) + 1);
    // Search the pager around the current number: its parent, grandparent, great-grandparent.
    let scope: Element | null = el;
    for (let level = 0; level < 3 && scope; level++) {
      scope = scope.parent && isTag(scope.parent) ? scope.parent : null;
      if (!scope) break;
      const link = anchorsWithin(index, scope).find((e) => cleanText(textOf(e)) === want);
      const url = link ? resolveHref(link.attribs['href'], base) : null;
      if (link && url !== null) {
        out.push({ url, weight: WEIGHT.numberAfterCurrent * (inSideColumn(link) ? SIDE_PAGER : 1), pos: index.pos.get(link) ?? 0 });
        break;
      }
    }
  }
  return out;
}

function isCurrent(el: Element): boolean {
  if (el.attribs['aria-current'] !== undefined) return true;
  const marked = (e: Element): boolean => classTokens(e).some((t) => CURRENT.has(t));
  if (marked(el)) return true;
  // `<li class="active"><a>1</a></li>` or a bare `<span>1</span>` / `<b>1</b>` among numbered links.
  const p = el.parent;
  if (p && isTag(p) && p.name === 'li' && marked(p)) return true;
  return el.name !== 'a' && ['span', 'b', 'strong', 'em', 'font', 'li', 'td'].includes(el.name) && hasNumberedSiblings(el);
}

/**
 * True when a sibling of the element (or of its `<li>`) is a link whose text is a number:
 * a numbered pager. Looks one level into siblings only, so it stays cheap in big parents.
 */
function hasNumberedSiblings(el: Element): boolean {
  const self = el.parent && isTag(el.parent) && el.parent.name === 'li' ? el.parent : el;
  const p = self.parent;
  if (!p) return false;
  const isNumberLink = (n: AnyNode): boolean =>
    isTag(n) && n.name === 'a' && n !== el && /^\d{1,5}$/.test(cleanText(textOf(n)));
  return p.children.some((s) => s !== self && isTag(s) && (isNumberLink(s) || s.children.some(isNumberLink)));
}

/** True when `url` is the page's own address (path and other parameters) with the page number one up. */
function isPageAfter(self: URL, current: number, url: string): boolean {
  if (pageNumberOf(url) !== current + 1) return false;
  const u = new URL(url);
  if (u.origin !== self.origin) return false;
  const strip = (x: URL): string => {
    const q = [...x.searchParams].filter(([k]) => !isPageParam(k)).map(([k, v]) => `${k}=${v}`).sort().join('&');
    return `${x.pathname.replace(PATH_PAGE, '').replace(/\/$/, '')}?${q}`;
  };
  return strip(u) === strip(self);
}

function isPageParam(key: string): boolean {
  const k = key.toLowerCase();
  return PARAM_NAMES.has(k) || PARAM_NAMES.has(k.split(/[_$]/).pop()!);
}

/** The page number an address carries (`?page=3`, `/page/3/`, `&trang=3`, `..._cur=3`), 1 when none. */
export function pageNumberOf(url: string | null): number {
  if (url === null) return 1;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 1;
  }
  for (const [k, v] of u.searchParams) if (isPageParam(k) && /^\d{1,5}$/.test(v)) return Number(v);
  const m = PATH_PAGE.exec(u.pathname);
  return m ? Number(m[1]) : 1;
}
