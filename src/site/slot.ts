/**
 * Slots and line keys: how a site profile names where a line stands and what it says, so
 * that the same line in the same place matches across pages of one site.
 */
import type { Element } from 'domhandler';
import type { Block } from '../blocks/index.js';
import { isElement } from '../parse/dom.js';
import { SITE_LINE_MAX_CHARS } from '../tuning.js';

// Article ids, dates and counters differ per page; the template around them does not.
const DIGITS = /\d+/gu;
const SPACES = /\s+/gu;

// An element's own name is asked for again as an ancestor of each line below it.
const owns = new WeakMap<Element, string>();

function own(el: Element): string {
  let name = owns.get(el);
  if (name === undefined) {
    const cls = (el.attribs.class ?? '').split(SPACES).filter(Boolean).sort().join('.');
    const id = el.attribs.id;
    name = `${el.name}${cls ? `.${cls}` : ''}${id ? `#${id}` : ''}`.replace(DIGITS, '0');
    owns.set(el, name);
  }
  return name;
}

/** Ancestors named in a slot besides the element itself. */
const SLOT_ANCESTORS = 2;

/** A cache of slots by element (a Map for one page, or a WeakMap kept over pages). */
export interface SlotMemo {
  get(el: Element): string | undefined;
  set(el: Element, slot: string): unknown;
}

/** The slot of an element: its own name and its two nearest ancestors', outermost first. */
export function slotOf(el: Element, memo?: SlotMemo): string {
  const known = memo?.get(el);
  if (known !== undefined) return known;
  const parts = [own(el)];
  let n = el.parent;
  for (let i = 0; i < SLOT_ANCESTORS && n && isElement(n as never); i++, n = n.parent) parts.unshift(own(n as Element));
  const slot = parts.join('>');
  memo?.set(el, slot);
  return slot;
}

/** The normalised text of a line that may be template, or null for prose, images and empty lines. */
export function lineKey(b: Block): string | null {
  if (b.kind === 'image' || !b.text || b.text.length > SITE_LINE_MAX_CHARS) return null;
  return b.text.toLowerCase().replace(DIGITS, '0');
}
