/**
 * Small, allocation-light helpers over domhandler nodes. Every walk is iterative so that
 * pathologically deep pages cannot overflow the call stack.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { detached } from '../text/match.js';

/** True for element nodes (tags, scripts and styles). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** An attribute's value, or undefined. */
export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

/** The `class` and `id` of an element as written, joined by a space; '' when it has neither. */
function classIdAsWritten(el: Element): string {
  const a = el.attribs as Element['attribs'] | undefined; // the Document at the top of a walk has none
  if (!a || (!a.class && !a.id)) return '';
  return `${a.class ?? ''} ${a.id ?? ''}`;
}

/** The lower-cased `class` and `id` of an element, joined by a space. */
export function classId(el: Element): string {
  return classIdAsWritten(el).toLowerCase();
}

// namedLike's answers by word list and attribute value: a page repeats a few dozen class strings
// over thousands of elements, and a list has up to a hundred words. Keys are kept as copies
// (`detached`: not holding their page in memory), and bounded, as a crawl's are not.
const NAMED_CACHE_MAX = 4096;
const namedCache = new WeakMap<readonly string[], Map<string, boolean>>();

/** True when `value` (a class or an id as written) contains one of `words`, remembered. */
function valueNamed(value: string, words: readonly string[], cache: Map<string, boolean>): boolean {
  let named = cache.get(value);
  if (named === undefined) {
    const s = value.toLowerCase();
    named = words.some((w) => s.includes(w));
    if (cache.size >= NAMED_CACHE_MAX) cache.clear();
    cache.set(detached(value), named);
  }
  return named;
}

/** True when the element's class or id contains one of `words` (lexicon cues such as `sidebar`, `noidung`). */
export function namedLike(el: Element, words: readonly string[]): boolean {
  const a = el.attribs as Element['attribs'] | undefined; // the Document at the top of a walk has none
  if (!a) return false;
  const { class: cls, id } = a;
  if (!cls && !id) return false;
  let cache = namedCache.get(words);
  if (!cache) namedCache.set(words, (cache = new Map()));
  // Class and id are looked up apart (the strings of the tree, hashed once, no key built per
  // call): no cue holds a space, so none can match across the two.
  return (!!cls && valueNamed(cls, words, cache)) || (!!id && valueNamed(id, words, cache));
}

/** True when the element or one of its `depth - 1` nearest ancestors is {@link namedLike} one of `words`. */
export function hasClassWord(el: Element, words: readonly string[], depth = 3): boolean {
  for (let n: Element | null = el, k = 0; n && k < depth; n = n.parent as Element | null, k++) {
    if (namedLike(n, words)) return true;
  }
  return false;
}

/**
 * A test of whether an element is one of `roots` or lies inside one, for many elements of one
 * page: answers are remembered for every ancestor walked, so sibling blocks cost one step.
 */
export function insideOf(roots: ReadonlySet<Element>): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  // Consecutive blocks mostly share their element: the last answer, without a lookup.
  let last: Element | null = null, lastResult = false;
  return (el) => {
    if (el === last) return lastResult;
    const path: Element[] = [];
    let result = false;
    for (let n: Element | null = el; n; n = n.parent as Element | null) {
      if (roots.has(n)) { result = true; break; }
      const known = memo.get(n);
      if (known !== undefined) { result = known; break; }
      path.push(n);
    }
    for (const n of path) memo.set(n, result);
    last = el;
    lastResult = result;
    return result;
  };
}

/** True when `e` is `ancestor` or lies inside it. */
export function within(e: Element, ancestor: Element): boolean {
  for (let n: Element | null = e; n; n = n.parent as Element | null) if (n === ancestor) return true;
  return false;
}

/** The innermost element that holds both `a` and `b` (null when they share no element). */
export function commonAncestor(a: Element, b: Element): Element | null {
  const path = new Set<Element>();
  for (let n: Element | null = a; n && isElement(n); n = n.parent as Element | null) path.add(n);
  for (let n: Element | null = b; n && isElement(n); n = n.parent as Element | null) if (path.has(n)) return n;
  return null;
}

/** The concatenated text of a subtree. */
export function textContent(root: AnyNode): string {
  if (root.type === 'text') return root.data;
  let out = '';
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') out += node.data;
    else if ('children' in node) {
      const ch = (node as ParentNode).children;
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
    }
  }
  return out;
}

/** Every element of a subtree in document order (the root included); an array, as generators cost more per step. */
export function elements(root: ParentNode): Element[] {
  const out: Element[] = [];
  if (isElement(root as AnyNode)) out.push(root as Element);
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    out.push(node);
    const ch = node.children;
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
  }
  return out;
}
