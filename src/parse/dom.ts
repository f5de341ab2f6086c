/**
 * Small, allocation-light helpers over domhandler nodes. Every walk is iterative so that
 * pathologically deep pages cannot overflow the call stack.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';

/** True for element nodes (tags, scripts and styles). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** An attribute's value, or undefined. */
export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

/** The lower-cased `class` and `id` of an element, joined by a space. */
export function classId(el: Element): string {
  const a = el.attribs as Element['attribs'] | undefined; // the Document at the top of a walk has none
  if (!a) return '';
  const c = a.class;
  const i = a.id;
  if (!c && !i) return '';
  return `${c ?? ''} ${i ?? ''}`.toLowerCase();
}

// namedLike's answers by word list and class string: a page repeats a few dozen class strings
// over thousands of elements, and a list has up to a hundred words. Bounded, as a crawl's
// class strings are not.
const NAMED_CACHE_MAX = 4096;
const namedCache = new WeakMap<readonly string[], Map<string, boolean>>();

/** True when the element's class or id contains one of `words` (lexicon cues such as `sidebar`, `noidung`). */
export function namedLike(el: Element, words: readonly string[]): boolean {
  const s = classId(el);
  if (s === '') return false;
  let cache = namedCache.get(words);
  if (!cache) namedCache.set(words, (cache = new Map()));
  let named = cache.get(s);
  if (named === undefined) {
    named = words.some((w) => s.includes(w));
    if (cache.size >= NAMED_CACHE_MAX) cache.clear();
    cache.set(s, named);
  }
  return named;
}

/** True when the element or one of its `depth - 1` nearest ancestors is {@link namedLike} one of `words`. */
export function hasClassWord(el: Element, words: readonly string[], depth = 3): boolean {
  for (let n: Element | null = el, k = 0; n && k < depth; n = n.parent as Element | null, k++) {
    if (namedLike(n, words)) return true;
  }
  return false;
}

/** True when the element is one of `roots` or lies inside one. */
export function within(el: Element, roots: ReadonlySet<Element>): boolean {
  for (let n: Element | null = el; n; n = n.parent as Element | null) if (roots.has(n)) return true;
  return false;
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

/** Visits every element of a subtree in document order (the root included). */
export function* elements(root: ParentNode): Generator<Element> {
  const stack: AnyNode[] = [...root.children].reverse();
  if (isElement(root as AnyNode)) yield root as Element;
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    yield node;
    const ch = node.children;
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
  }
}
