/**
 * DOM helpers of the listing stages: a pre-order index of the tree (so that "the links
 * inside this element" is a range lookup, not a subtree walk per candidate), text and
 * class-token access.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';

// Elements whose text is never visible page text.
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'select', 'option', 'textarea', 'head', 'title']);

/** Elements of a parsed page in document order, with subtree ranges. */
export interface PageIndex {
  /** Every element in pre-order. */
  elements: Element[];
  /** Pre-order position of each element. */
  pos: Map<Element, number>;
  /** Position of the last element of each element's subtree (inclusive). */
  end: Map<Element, number>;
  /** Positions (into `elements`) of every `<a href>`, ascending. */
  anchors: number[];
}

/** Builds the pre-order index of a document (iterative: deep trees must not overflow the stack). */
export function indexPage(doc: Document): PageIndex {
  const elements: Element[] = [];
  const pos = new Map<Element, number>();
  const end = new Map<Element, number>();
  const anchors: number[] = [];
  // Stack of [node, exiting]: an element is pushed again to close its range after its children.
  const stack: Array<[AnyNode, boolean]> = [];
  for (let i = doc.children.length - 1; i >= 0; i--) stack.push([doc.children[i]!, false]);
  while (stack.length > 0) {
    const [node, exiting] = stack.pop()!;
    if (!isTag(node)) continue;
    if (exiting) {
      end.set(node, elements.length - 1);
      continue;
    }
    pos.set(node, elements.length);
    if (node.name === 'a' && node.attribs['href'] !== undefined) anchors.push(elements.length);
    elements.push(node);
    stack.push([node, true]);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, false]);
  }
  return { elements, pos, end, anchors };
}

/** The `<a href>` elements inside `el` (itself included), in document order. */
export function anchorsWithin(index: PageIndex, el: Element): Element[] {
  const start = index.pos.get(el);
  const stop = index.end.get(el);
  if (start === undefined || stop === undefined) return [];
  const out: Element[] = [];
  for (let i = lowerBound(index.anchors, start); i < index.anchors.length && index.anchors[i]! <= stop; i++) {
    out.push(index.elements[index.anchors[i]!]!);
  }
  return out;
}

/** True when `el` holds at least one `<a href>` (itself included): a range check, no walk. */
export function hasAnchors(index: PageIndex, el: Element): boolean {
  const start = index.pos.get(el);
  const stop = index.end.get(el);
  if (start === undefined || stop === undefined) return false;
  const i = lowerBound(index.anchors, start);
  return i < index.anchors.length && index.anchors[i]! <= stop;
}

function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when `inner` is `outer` or lies inside it. */
export function contains(index: PageIndex, outer: Element, inner: Element): boolean {
  const a = index.pos.get(outer);
  const b = index.pos.get(inner);
  const e = index.end.get(outer);
  return a !== undefined && b !== undefined && e !== undefined && b >= a && b <= e;
}

/**
 * The visible text of a node: scripts, styles and form options skipped, `<br>` as a space.
 * Not collapsed. With `limit`, stops once about that many characters were read (to test
 * "is this short?" without reading a whole column).
 */
export function textOf(node: AnyNode, limit = Infinity): string {
  const parts: string[] = [];
  let length = 0;
  const stack: AnyNode[] = [node];
  while (stack.length > 0 && length <= limit) {
    const n = stack.pop()!;
    if (isText(n)) {
      parts.push(n.data);
      length += n.data.length;
    }
    else if (isTag(n)) {
      if (NO_TEXT.has(n.name)) continue;
      if (n.name === 'br') parts.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return parts.join('');
}

/** Element children of a node. */
export function childElements(node: Element | Document): Element[] {
  return node.children.filter(isTag);
}

/**
 * The words of an element's `class` and `id`: split on separators and camelCase,
 * lower-cased, plus each adjacent pair joined (`col-right` → `col`, `right`, `colright`).
 */
export function classTokens(el: Element): string[] {
  const raw = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`;
  const words = raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  const out = [...words];
  for (let i = 0; i + 1 < words.length; i++) out.push(words[i]! + words[i + 1]!);
  return out;
}

/** The lower-cased, whitespace-split tokens of an attribute (`rel`, `class`). */
export function attrTokens(el: Element, name: string): string[] {
  return (el.attribs[name] ?? '').toLowerCase().split(/\s+/).filter((t) => t.length > 0);
}

/** True for `<h1>`–`<h6>`. */
export function isHeading(el: Element): boolean {
  return /^h[1-6]$/.test(el.name);
}

/** The first element in `node`'s subtree (itself included), in document order, that satisfies `pred`; iterative. */
export function findFirst(node: AnyNode, pred: (el: Element) => boolean): Element | null {
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    if (pred(n)) return n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return null;
}
