/**
 * Locate stage: which part of the page is the article. Paragraph-like lines vote for
 * their ancestors (more for long lines with commas, as in Readability), the votes are
 * weighed by tag, by class / id cues from the lexicon and by link density, and the best
 * element is widened with those siblings that look like article text too (a lead in its
 * own `<div>`, a body split across blocks).
 */
import type { Element, ParentNode } from 'domhandler';
import { NEGATIVE_CLASS_WORDS, POSITIVE_CLASS_WORDS } from '../lexicon/boilerplate.js';
import { classId, isElement } from '../parse/dom.js';
import type { Block } from '../structure/blocks.js';

/** The article region: one or more sibling elements, in document order. */
export interface ContentRegion {
  roots: Element[];
}

const PARAGRAPH_TAGS = new Set(['p', 'li', 'pre', 'blockquote', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr']);
const ANCESTOR_LEVELS = 6;
const COMMAS = /[,，、;]/g;

function matchesAny(s: string, words: readonly string[]): boolean {
  if (!s) return false;
  for (const w of words) if (s.includes(w)) return true;
  return false;
}

/** +25 for a body-like class or id, −25 for a chrome-like one (both may apply). */
export function classWeight(el: Element): number {
  const s = classId(el);
  if (!s) return 0;
  let w = 0;
  if (matchesAny(s, NEGATIVE_CLASS_WORDS)) w -= 25;
  if (matchesAny(s, POSITIVE_CLASS_WORDS)) w += 25;
  return w;
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

interface Stats { score: number; chars: number; linkChars: number; scored: boolean }

/** Finds the article region among the page's blocks; null when nothing reads like prose. */
export function locateContent(blocks: readonly Block[]): ContentRegion | null {
  const stats = new Map<Element, Stats>();
  const get = (el: Element): Stats => {
    let s = stats.get(el);
    if (!s) { s = { score: 0, chars: 0, linkChars: 0, scored: false }; stats.set(el, s); }
    return s;
  };
  for (const b of blocks) {
    for (let n: ParentNode | null = b.el; n && isElement(n as never); n = n.parent) {
      const s = get(n as Element);
      s.chars += b.chars;
      s.linkChars += b.linkChars;
    }
  }
  for (const b of blocks) {
    if (b.kind === 'image' || b.chars < 25 || b.linkChars / b.chars > 0.5) continue;
    const score = 1 + (b.text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(b.chars / 100), 3);
    let start: ParentNode | null = PARAGRAPH_TAGS.has(b.el.name) ? b.el.parent : b.el;
    for (let level = 0; start && isElement(start as never) && level < ANCESTOR_LEVELS; level++, start = start.parent) {
      const el = start as Element;
      const s = get(el);
      if (!s.scored) { s.scored = true; s.score += tagWeight(el) + classWeight(el); }
      s.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
    }
  }
  let top: Element | null = null;
  let best = -Infinity;
  const finalScore = (el: Element, s: Stats): number => s.score * (1 - (s.chars ? s.linkChars / s.chars : 0));
  for (const [el, s] of stats) {
    if (!s.scored) continue;
    const f = finalScore(el, s);
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
  const threshold = Math.max(10, best * 0.2);
  const roots: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    if (sib === top) { roots.push(sib); continue; }
    const s = stats.get(sib);
    if (!s || !s.chars) continue;
    const density = s.linkChars / s.chars;
    const bonus = classWeight(sib) > 0 && classWeight(top) > 0 ? best * 0.2 : 0;
    if (s.scored && finalScore(sib, s) + bonus >= threshold) roots.push(sib);
    else if (s.chars > 80 && density < 0.25 && classWeight(sib) >= 0) roots.push(sib);
  }
  return { roots };
}
