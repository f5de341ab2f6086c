/**
 * Locate stage: which part of the page is the article. Paragraph-like lines vote for
 * their ancestors (more for long lines with commas, as in Readability), the votes are
 * weighed by tag, by class / id cues from the lexicon and by link density, and the best
 * element is widened with those siblings that look like article text too (a lead in its
 * own `<div>`, a body split across blocks).
 */
import type { Element, ParentNode } from 'domhandler';
import { NEGATIVE_CLASS_WORDS, POSITIVE_CLASS_WORDS, UNLIKELY_CLASS_WORDS } from '../lexicon/boilerplate.js';
import { insideOf, isElement, namedLike } from '../parse/dom.js';
import type { Block } from '../blocks/index.js';
import { parseVietnameseDate } from '../text/dates.js';
import { ANCESTOR_LEVELS, LINK_LIST_DENSITY, MIN_REGION_CHARS, PROSE_CHARS, SIBLING_MAX_LINK_DENSITY, SIBLING_MIN_SCORE, SIBLING_SCORE_SHARE, VOTE_MIN_CHARS, WRAPPER_EXTRA_SHARE } from '../tuning.js';

/** The article region: one or more sibling elements, in document order. */
export interface ContentRegion {
  roots: Element[];
}

const PARAGRAPH_TAGS = new Set(['p', 'li', 'pre', 'blockquote', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr']);
const TABLE_LAYOUT = new Set(['tr', 'tbody', 'thead', 'tfoot', 'table']);

/** Commas and semicolons in `s` (counted, not matched: no array per line). */
function commas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0xff0c || c === 0x3001) n++;
  }
  return n;
}

/** +25 for a body-like class or id, −25 for a chrome-like one (both may apply). */
function classWeight(el: Element): number {
  return (namedLike(el, NEGATIVE_CLASS_WORDS) ? -25 : 0) + (namedLike(el, POSITIVE_CLASS_WORDS) ? 25 : 0);
}

function tagWeight(el: Element): number {
  switch (el.name) {
    case 'article': case 'main': return 10;
    case 'div': case 'section': return 5;
    case 'td': case 'pre': case 'blockquote': return 3;
    case 'form': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'address': return -3;
    case 'th': case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': return -5;
    case 'body': case 'html': return -10;
    default: return 0;
  }
}

/** `first` / `last`: the positions of the element's first and last block in the page's list. */
interface Stats { votes: number; weight: number; classWeight: number; chars: number; linkChars: number; scored: boolean; first: number; last: number }

/** True when the element or an ancestor is named like chrome and not like a body. */
function unlikelyPath(el: Element, memo: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let result = false;
  for (let n: ParentNode | null = el; n && isElement(n as never); n = n.parent) {
    const e = n as Element;
    if (e.name === 'body' || e.name === 'html') break; // their classes name the layout, not the node
    const known = memo.get(e);
    if (known !== undefined) { result = known; break; }
    path.push(e);
    if (namedLike(e, UNLIKELY_CLASS_WORDS) && !namedLike(e, POSITIVE_CLASS_WORDS)) { result = true; break; }
  }
  for (const e of path) memo.set(e, result);
  return result;
}

function regionChars(blocks: readonly Block[], region: ContentRegion | null): number {
  if (!region) return 0;
  const inside = insideOf(new Set(region.roots));
  let n = 0;
  for (const b of blocks) if (inside(b.el)) n += b.chars - b.linkChars;
  return n;
}

/**
 * Finds the article region among the page's blocks; null when nothing reads like prose.
 * A first pass ignores text inside chrome-named elements; when that leaves too little, a
 * second pass without the filter runs and the larger region wins.
 */
export function locateContent(blocks: readonly Block[]): ContentRegion | null {
  const strict = locate(blocks, true);
  const strictChars = regionChars(blocks, strict);
  if (strictChars >= MIN_REGION_CHARS) return strict;
  const relaxed = locate(blocks, false);
  return regionChars(blocks, relaxed) > strictChars ? relaxed : strict;
}

function locate(blocks: readonly Block[], skipUnlikely: boolean): ContentRegion | null {
  const stats = new Map<Element, Stats>();
  const get = (el: Element): Stats => {
    let s = stats.get(el);
    if (!s) { s = { votes: 0, weight: 0, classWeight: 0, chars: 0, linkChars: 0, scored: false, first: -1, last: -1 }; stats.set(el, s); }
    return s;
  };
  // prefix[i]: characters and link characters of the blocks before position i.
  const prefix: [number, number][] = [[0, 0]];
  // Consecutive lines of one element (most lines) climb its ancestors once, as one run.
  for (let i = 0; i < blocks.length;) {
    const el = blocks[i]!.el;
    let chars = 0, linkChars = 0, j = i;
    for (; j < blocks.length && blocks[j]!.el === el; j++) {
      const b = blocks[j]!;
      prefix.push([prefix[j]![0] + b.chars, prefix[j]![1] + b.linkChars]);
      chars += b.chars;
      linkChars += b.linkChars;
    }
    for (let n: ParentNode | null = el; n && isElement(n as never); n = n.parent) {
      const s = get(n as Element);
      s.chars += chars;
      s.linkChars += linkChars;
      if (s.first < 0) s.first = i;
      s.last = j - 1;
    }
    i = j;
  }
  const memo = new Map<Element, boolean>();
  for (const b of blocks) {
    if (b.kind === 'image' || b.chars < VOTE_MIN_CHARS || b.linkChars / b.chars > LINK_LIST_DENSITY || (skipUnlikely && unlikelyPath(b.el, memo))) continue;
    const score = 1 + commas(b.text) + Math.min(Math.floor(b.chars / 100), 3);
    let start: ParentNode | null = PARAGRAPH_TAGS.has(b.el.name) ? b.el.parent : b.el;
    for (let level = 0; start && isElement(start as never) && level < ANCESTOR_LEVELS; level++, start = start.parent) {
      const el = start as Element;
      const s = get(el);
      if (!s.scored) { s.scored = true; s.weight = tagWeight(el); s.classWeight = classWeight(el); }
      s.votes += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
    }
  }
  let top: Element | null = null;
  let best = -Infinity;
  // A class name may tip the balance between sizeable candidates, never make a small one win.
  const finalScore = (s: Stats): number =>
    (s.votes + s.weight + s.classWeight * Math.min(1, s.chars / 500)) * (1 - (s.chars ? s.linkChars / s.chars : 0));
  for (const [el, s] of stats) {
    if (!s.scored) continue;
    const f = finalScore(s);
    if (f > best) { best = f; top = el; }
  }
  if (!top || best <= 0) return null;

  // A body wrapped in single-purpose containers (rich-text fields): climb to the wrapper
  // whose siblings hold the lead and the credits.
  const topChars = stats.get(top)!.chars;
  for (let p = top.parent; p && isElement(p as never) && (p as Element).name !== 'body'; p = p.parent) {
    const ps = stats.get(p as Element);
    if (!ps || ps.chars > topChars * 1.02 + 5) break;
    top = p as Element;
  }

  const parent = top.parent;
  if (!parent || !isElement(parent as never)) return { roots: [top] };
  const threshold = Math.max(SIBLING_MIN_SCORE, best * SIBLING_SCORE_SHARE);
  const roots: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    if (sib === top) { roots.push(sib); continue; }
    const s = stats.get(sib);
    if (!s || !s.chars) continue;
    const density = s.linkChars / s.chars;
    const bonus = classWeight(sib) > 0 && classWeight(top) > 0 ? best * SIBLING_SCORE_SHARE : 0;
    if (s.scored && finalScore(s) + bonus >= threshold) roots.push(sib);
    else if (s.chars > PROSE_CHARS && density < SIBLING_MAX_LINK_DENSITY && classWeight(sib) >= 0) roots.push(sib);
  }
  return roots.length === 1 ? { roots: [leadWrapper(blocks, top, stats, prefix)] } : { roots };
}

/**
 * The container of a body field that keeps its lead or a caption one level up (a sapo, a
 * photo caption in a sibling too short to join): the ancestors that add, above the body,
 * only a little plain prose, and below it no more than a line (the account line).
 * Only for a single root: joined siblings already hold what stood beside the body.
 */
function leadWrapper(blocks: readonly Block[], top: Element, stats: ReadonlyMap<Element, Stats>, prefix: readonly [number, number][]): Element {
  const span = (from: number, to: number): [number, number] => [prefix[to]![0] - prefix[from]![0], prefix[to]![1] - prefix[from]![1]];
  let best = top, t = stats.get(top)!;
  for (let p = top.parent; p && isElement(p as never) && (p as Element).name !== 'body'; p = p.parent) {
    const ps = stats.get(p as Element);
    // A table row is a layout's columns side by side, never a wrapper.
    if (!ps || TABLE_LAYOUT.has((p as Element).name)) break;
    // Each wrapper is judged on what it adds to the one inside it.
    const [before, beforeLinks] = span(ps.first, t.first), [after] = span(t.last + 1, ps.last + 1);
    const oneLine = ps.last - t.last <= 1 && after < PROSE_CHARS;
    if ((after > t.chars * 0.02 + 5 && !oneLine) || before > t.chars * WRAPPER_EXTRA_SHARE
      || beforeLinks > before * SIBLING_MAX_LINK_DENSITY || classWeight(p as Element) < 0) break;
    // A short dated line above the body ("Gửi bởi … vào 09/03/2023") is the header, framed from outside.
    if (blocks.slice(ps.first, t.first).some((b) => b.chars < PROSE_CHARS && parseVietnameseDate(b.text))) break;
    best = p as Element;
    t = ps;
  }
  return best;
}
