/**
 * Linearisation: the cleaned tree as a flat list of blocks (lines of text, table rows,
 * images) in reading order, each with the typographic facts the later stages use:
 * how much of it is bold, italic or link text, its alignment, its heading level.
 * Every later stage works on this list instead of re-walking the DOM.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { attr, isElement, textContent } from '../parse/dom.js';
import { cleanText } from '../text/normalize.js';
import type { Block } from './block.js';
import { DATA_TABLE_ROW_SHARE, ITEMS_MAX_CHARS } from '../tuning.js';


const BLOCK_TAGS = [
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'caption', 'body', 'html', 'legend', 'dir',
];
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;
const ITALIC_STYLE = /font-style\s*:\s*italic/i;

const BOLD = 1, ITALIC = 2, LINK = 4, BLOCK = 8, HEADING = 16;
/** What a tag name is, as the flags above plus its heading level times 32: one lookup per element. */
const TAG_FLAGS = new Map<string, number>([
  ...BLOCK_TAGS.map((t): [string, number] => [t, BLOCK]),
  ['b', BOLD], ['strong', BOLD], ['i', ITALIC], ['em', ITALIC], ['cite', ITALIC],
]);
for (let level = 1; level <= 6; level++) TAG_FLAGS.set(`h${level}`, BLOCK | HEADING | (level << 5));

interface Piece { text: string; chars: number; bold: boolean; italic: boolean; link: boolean; item: number }



function itemsOf(pieces: readonly Piece[], text: string): string[] {
  if (text.length > ITEMS_MAX_CHARS) return [];
  // One inline run (most lines): the item is the line itself.
  const first = pieces[0]!.item;
  if (pieces.every((p) => p.item === first)) return [text];
  const items: string[] = [];
  let current = '';
  let at = pieces[0]?.item ?? 0;
  for (const p of pieces) {
    if (p.item !== at) {
      items.push(current);
      current = '';
      at = p.item;
    }
    current += p.text;
  }
  items.push(current);
  return items;
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (!isElement(c)) continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'tbody' || c.name === 'thead' || c.name === 'tfoot') {
      for (const r of c.children) if (isElement(r) && r.name === 'tr') rows.push(r);
    }
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
}

function hasNestedTable(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'table') return true;
    stack.push(...n.children);
  }
  return false;
}

/** A table of data (rows of cells) rather than a layout grid: read one line per row. */
function dataTableRows(table: Element): Element[] | null {
  const rows = rowsOf(table);
  if (rows.length < 2) return null;
  let multi = 0;
  for (const r of rows) {
    const cells = cellsOf(r);
    if (cells.some(hasNestedTable)) return null;
    if (cells.length >= 2) multi++;
  }
  return multi >= Math.max(2, rows.length * DATA_TABLE_ROW_SHARE) ? rows : null;
}

/** The rows of a two-column table whose first cells are labels ("Ngày đăng:"), as "label value" lines; else null. */
function labelRows(rows: readonly Element[]): [Element, string][] | null {
  const out: [Element, string][] = [];
  for (const r of rows) {
    const cells = cellsOf(r);
    if (cells.length !== 2) return null;
    const label = cleanText(textContent(cells[0]!));
    const value = cleanText(textContent(cells[1]!));
    if (!/^[\p{L} ]{2,30}[:：]$/u.test(label)) return null;
    if (value) out.push([r, `${label} ${value}`]);
  }
  return out.length ? out : null;
}

function alignOf(el: Element): Block['align'] {
  for (let n: ParentNode | null = el, k = 0; n && isElement(n as AnyNode) && k < 3; n = n.parent, k++) {
    const e = n as Element;
    const a = (e.attribs.align ?? '').toLowerCase();
    const m = /text-align\s*:\s*(right|center)/i.exec(e.attribs.style ?? '');
    const v = a === 'right' || a === 'center' ? a : m?.[1]?.toLowerCase();
    if (v === 'right' || v === 'center') return v;
    if (e.name === 'center') return 'center';
  }
  return 'left';
}

/** Non-space characters (the hot loop of linearisation: no regex, no allocation). */
function count(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0xfeff && c !== 0x3000 && c !== 0x202f && c !== 0x205f && (c < 0x2000 || c > 0x200b)) n++;
  }
  return n;
}

/** Reads the tree below `root` as a list of blocks in reading order. */
export function linearize(root: ParentNode): Block[] {
  const blocks: Block[] = [];
  let pieces: Piece[] = [];
  let raw = ''; // the pieces' text, joined as they come
  let rawChars = 0; // and its visible characters
  const blockStack: Element[] = [root as Element];
  let bold = 0;
  let italic = 0;
  let link = 0;
  let item = 0; // changes at every inline element boundary

  const headings: number[] = [0]; // heading level of each open heading element, innermost last
  const aligns = new Map<Element, Block['align']>();
  const current = (): Element => blockStack[blockStack.length - 1]!;
  const alignAt = (el: Element): Block['align'] => {
    let a = aligns.get(el);
    if (a === undefined) { a = alignOf(el); aligns.set(el, a); }
    return a;
  };
  const push = (b: Omit<Block, 'index'>): void => { blocks.push({ index: blocks.length, ...b }); };

  const flush = (): void => {
    if (!pieces.length) return;
    // Whitespace between blocks (half of all flushes) has no visible character: nothing to clean.
    const text = rawChars > 0 ? cleanText(raw) : '';
    if (text) {
      let boldChars = 0, italicChars = 0, linkChars = 0, chars = 0;
      let prefix = '';
      let inPrefix = true;
      for (const p of pieces) {
        const n = p.chars;
        chars += n;
        if (p.bold) boldChars += n;
        if (p.italic) italicChars += n;
        if (p.link) linkChars += n;
        if (inPrefix) {
          if (p.bold) prefix += p.text;
          else if (n > 0) inPrefix = false;
          else prefix += p.text;
        }
      }
      const el = current();
      blocks.push({
        index: blocks.length, kind: 'text', text, el, heading: headings[headings.length - 1]!, boldChars, italicChars, linkChars, chars,
        boldPrefix: prefix ? cleanText(prefix) : '', items: itemsOf(pieces, text), align: alignAt(el),
      });
    }
    pieces = [];
    raw = '';
    rawChars = 0;
  };

  // Entries are nodes to enter, or (as a number) the flags of an element to leave:
  // no closure per element.
  const stack: (AnyNode | number)[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length) {
    const entry = stack.pop()!;
    if (typeof entry === 'number') {
      if (entry & BOLD) bold--;
      if (entry & ITALIC) italic--;
      if (entry & LINK) link--;
      if (entry & BLOCK) { flush(); blockStack.pop(); } else item++;
      if (entry & HEADING) headings.pop(); // after the flush: the heading's own line keeps its level
      continue;
    }
    const node = entry;
    if (node.type === 'text') {
      if (node.data) {
        const n = count(node.data);
        pieces.push({ text: node.data, chars: n, bold: bold > 0, italic: italic > 0, link: link > 0, item });
        raw += node.data;
        rawChars += n;
      }
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name;
    if (name === 'br' || name === 'hr') { flush(); continue; }
    if (name === 'img') {
      const src = attr(node, 'data-src') ?? attr(node, 'data-original') ?? attr(node, 'src');
      if (src) {
        flush();
        const el = current();
        push({
          kind: 'image', text: '', el: node, heading: 0, boldChars: 0, italicChars: 0, linkChars: link > 0 ? 1 : 0,
          chars: 0, boldPrefix: '', items: [], align: alignAt(el), src, alt: cleanText(attr(node, 'alt') ?? ''),
        });
      }
      continue;
    }
    if (name === 'table') {
      const rows = dataTableRows(node);
      const labelled = rows && labelRows(rows);
      if (labelled) {
        // A table of "Label: | value" rows (title, date, author above the body) reads as lines.
        flush();
        for (const [r, text] of labelled) {
          const n = count(text);
          push({ kind: 'text', text, el: r, heading: 0, boldChars: 0, italicChars: 0, linkChars: 0, chars: n, boldPrefix: '', items: [text], align: 'left' });
        }
        continue;
      }
      if (rows) {
        flush();
        for (const r of rows) {
          const cells = cellsOf(r).map((c) => cleanText(textContent(c)));
          if (!cells.some(Boolean)) continue;
          const text = cells.join(' | ');
          const n = count(text);
          push({ kind: 'row', text, el: r, heading: 0, boldChars: 0, italicChars: 0, linkChars: 0, chars: n, boldPrefix: '', items: [], align: 'left', cells });
        }
        continue;
      }
    }
    const tag = TAG_FLAGS.get(name) ?? 0;
    const style = node.attribs.style;
    const isBold = (tag & BOLD) !== 0 || (style !== undefined && BOLD_STYLE.test(style));
    const isItalic = (tag & ITALIC) !== 0 || (style !== undefined && ITALIC_STYLE.test(style));
    const isLink = name === 'a' && node.attribs.href !== undefined;
    const isBlock = (tag & BLOCK) !== 0;
    const level = tag >> 5;
    if (isBlock) { flush(); blockStack.push(node); } else item++;
    if (isBold) bold++;
    if (isItalic) italic++;
    if (isLink) link++;
    if (level) headings.push(level);
    stack.push((isBold ? BOLD : 0) | (isItalic ? ITALIC : 0) | (isLink ? LINK : 0) | (isBlock ? BLOCK : 0) | (level ? HEADING : 0));
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  flush();
  return blocks;
}
