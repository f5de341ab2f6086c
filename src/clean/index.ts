/**
 * Clean stage: drops what can never be article text — code, embedded objects, form
 * controls, hidden elements, comments and Word's `<o:p>` / `<xml>` leftovers — and
 * unwraps Word smart tags (`<st1:place>`). Elements nested deeper than {@link MAX_DEPTH}
 * are unwrapped too (their text kept), so that no later stage walks pathological depths.
 * Works in place on the freshly parsed tree, in one pass that rebuilds each children array
 * that changes; linear in the tree, however wide or deep.
 */
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import { isElement } from '../parse/dom.js';

const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'svg', 'math', 'canvas', 'audio', 'video', 'source', 'track', 'map', 'link', 'meta',
  'base', 'head', 'title', 'input', 'select', 'textarea', 'button', 'option', 'optgroup',
  'datalist', 'output', 'progress', 'meter', 'dialog', 'o:p', 'xml', 'marquee', 'nav',
]);

/** Deepest element kept; real pages nest a few dozen levels, hostile ones 100,000. */
const MAX_DEPTH = 256;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function dropped(el: Element): boolean {
  if (DROP.has(el.name)) return true;
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/** Removes non-content nodes from the tree, in place. */
export function clean(doc: Document): void {
  const stack: ParentNode[] = [doc];
  const depths: number[] = [0];
  // Empty between calls: one array for the whole walk, not one per element.
  const pending: AnyNode[] = [];
  while (stack.length) {
    const parent = stack.pop()!;
    const depth = depths.pop()!;
    const out = keptChildren(parent, depth, stack, depths, pending);
    if (!out) continue;
    for (let i = 0; i < out.length; i++) {
      const node = out[i]!;
      node.parent = parent;
      node.prev = out[i - 1] ?? null;
      node.next = out[i + 1] ?? null;
    }
    parent.children = out as never;
  }
}

/**
 * The children `parent` keeps, unwrapped elements replaced by their own children; null when
 * it keeps them all as they are. Elements kept are queued on `stack` for their own pass.
 * Unwrapped children wait on a stack of their own (last first), not spliced into the list:
 * a splice or a spread of 100,000 children costs quadratic time or overflows the call stack.
 */
function keptChildren(parent: ParentNode, depth: number, stack: ParentNode[], depths: number[], pending: AnyNode[]): AnyNode[] | null {
  const children = parent.children as AnyNode[];
  // The kept children, built only once something changes among them.
  let out: AnyNode[] | null = null;
  let next = 0;
  while (pending.length || next < children.length) {
    const node = pending.length ? pending.pop()! : children[next++]!;
    let keep = true;
    if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') keep = false;
    else if (isElement(node)) {
      if (dropped(node)) keep = false;
      // Word smart tags (st1:place, st1:date ...) wrap real text: keep the text, drop the tag.
      else if (node.name.includes(':') || depth >= MAX_DEPTH) {
        for (let k = node.children.length - 1; k >= 0; k--) pending.push(node.children[k]!);
        keep = false;
      } else {
        stack.push(node);
        depths.push(depth + 1);
      }
    }
    if (keep) out?.push(node);
    // Everything before the first change was kept (pending is empty until a change).
    else out ??= children.slice(0, next - 1);
  }
  return out;
}
