/**
 * Parse stage, second entry: a tree the caller already holds — a cheerio instance (`$`),
 * `$.root()`, or a domhandler `Document` (what a Crawlee `CheerioCrawler` handler has) —
 * taken as the parsed page without serializing and re-parsing it. The tree is copied (the
 * later stages edit their tree; the caller's stays as it was), iteratively and bounded by
 * `maxNodes` like a parse.
 */
import { Document, cloneNode, hasChildren, type AnyNode, type ParentNode } from 'domhandler';
import type { Parsed } from './index.js';

/** A page given as a tree: a domhandler `Document`, a cheerio selection of it (`$.root()`), or a cheerio instance (`$`). */
export type PageTree = Document | { readonly 0?: unknown; readonly length: number } | ((...args: never[]) => unknown);

const isDocumentNode = (v: unknown): v is Document =>
  typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'root' && Array.isArray((v as { children?: unknown }).children);

/** The document of a tree input, or null when `input` is not one. */
export function documentOf(input: unknown): Document | null {
  if (isDocumentNode(input)) return input;
  if (typeof input === 'function' && typeof (input as { root?: unknown }).root === 'function') {
    return documentOf((input as unknown as { root(): unknown }).root());
  }
  if (typeof input === 'object' && input !== null && (input as { length?: unknown }).length === 1) {
    const first = (input as { 0?: unknown })[0];
    if (isDocumentNode(first)) return first;
  }
  return null;
}

/** Links `children` under `parent` as domhandler does (parent, prev, next). */
function adopt(parent: ParentNode, children: AnyNode[]): void {
  children.forEach((c, i) => {
    c.parent = parent;
    c.prev = children[i - 1] ?? null;
    c.next = children[i + 1] ?? null;
  });
  parent.children = children as never;
}

/** A copy of `doc`, without recursion (pages can nest deeper than the stack), cut after `maxNodes` nodes. */
export function copyTree(doc: Document, maxNodes: number): Parsed {
  const root = new Document([]);
  const stack: [ParentNode, ParentNode][] = [[doc, root]];
  let count = 0;
  let truncated = false;
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    const children: AnyNode[] = [];
    for (const child of from.children) {
      if (count++ >= maxNodes) {
        truncated = true;
        break;
      }
      const copy = cloneNode(child, false);
      children.push(copy);
      if (hasChildren(child)) stack.push([child, copy as ParentNode]);
    }
    adopt(to, children);
  }
  return { document: root, truncated };
}
