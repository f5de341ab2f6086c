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




/**
 * The pieces of the line being read (one per text node), as parallel arrays kept from line
 * to line: no object per text node. `flags` holds BOLD, ITALIC and LINK.
 */
class Pieces {
  readonly text: string[] = [];
  readonly chars: number[] = [];
  readonly flags: number[] = [];
  readonly item: number[] = [];
  length = 0;

  add(text: string, chars: number, flags: number, item: number): void {
    const k = this.length++;
    this.text[k] = text;
    this.chars[k] = chars;
    this.flags[k] = flags;
    this.item[k] = item;
  }

  /** The text of each inline run of the line `text` they make (see {@link Block.items}). */
  items(text: string): string[] {
    if (text.length > ITEMS_MAX_CHARS) return [];
    // One inline run (most lines): the item is the line itself.
    const first = this.item[0]!;
    let k = 1;
    while (k < this.length && this.item[k] === first) k++;
    if (k === this.length) return [text];
    const items: string[] = [];
    let current = '';
    let at = first;
    for (k = 0; k < this.length; k++) {
      if (this.item[k] !== at) {
        items.push(current);
        current = '';
        at = this.item[k]!;
      }
      current += this.text[k];
    }
    items.push(current);
    return items;
  }
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
  // Only elements are queued, and no array of children is copied.
  const stack: Element[] = [el];
  while (stack.length) {
    for (const c of stack.pop()!.children) {
      if (!isElement(c)) continue;
      if (c.name === 'table') return true;
      stack.push(c);
    }
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

/** Blocks of a table read as lines: "Label: | value" rows, or the rows of a data table; null otherwise. */
function tableBlocks(table: Element): Omit<Block, 'index'>[] | null {
  const rows = dataTableRows(table);
  if (!rows) return null;
  const labelled = labelRows(rows);
  if (labelled) {
    // A table of "Label: | value" rows (title, date, author above the body) reads as lines.
    return labelled.map(([r, text]) => ({
      kind: 'text', text, el: r, heading: 0, boldChars: 0, italicChars: 0, linkChars: 0, chars: count(text), boldPrefix: '', items: [text], align: 'left',
    }));
  }
  const out: Omit<Block, 'index'>[] = [];
  for (const r of rows) {
    const cells = cellsOf(r).map((c) => cleanText(textContent(c)));
    if (!cells.some(Boolean)) continue;
    const text = cells.join(' | ');
    out.push({ kind: 'row', text, el: r, heading: 0, boldChars: 0, italicChars: 0, linkChars: 0, chars: count(text), boldPrefix: '', items: [], align: 'left', cells });
  }
  return out;
}

/**
 * The walk's state: the open block elements, the inline styles in force and the pieces of
 * the line being read. One object per page (no closure per element): the hot loop.
 */
class Linearizer {
  readonly blocks: Block[] = [];
  private readonly pieces = new Pieces();
  private raw = ''; // the pieces' text, joined as they come
  private rawChars = 0; // and its visible characters
  private readonly blockStack: Element[];
  private bold = 0;
  private italic = 0;
  private link = 0;
  private item = 0; // changes at every inline element boundary
  private readonly headings: number[] = [0]; // heading level of each open heading element, innermost last
  private readonly aligns = new Map<Element, Block['align']>();

  constructor(root: Element) { this.blockStack = [root]; }

  private current(): Element { return this.blockStack[this.blockStack.length - 1]!; }

  private alignAt(el: Element): Block['align'] {
    let a = this.aligns.get(el);
    if (a === undefined) { a = alignOf(el); this.aligns.set(el, a); }
    return a;
  }

  private push(b: Omit<Block, 'index'>): void { this.blocks.push({ index: this.blocks.length, ...b }); }

  /** Ends the line being read: one text block when it has visible text. */
  flush(): void {
    const pieces = this.pieces;
    if (!pieces.length) return;
    // Whitespace between blocks (half of all flushes) has no visible character: nothing to clean.
    const text = this.rawChars > 0 ? cleanText(this.raw) : '';
    if (text) {
      let boldChars = 0, italicChars = 0, linkChars = 0, chars = 0;
      let prefix = '';
      let inPrefix = true;
      for (let k = 0; k < pieces.length; k++) {
        const n = pieces.chars[k]!, f = pieces.flags[k]!;
        chars += n;
        if (f & BOLD) boldChars += n;
        if (f & ITALIC) italicChars += n;
        if (f & LINK) linkChars += n;
        if (inPrefix) {
          if (f & BOLD) prefix += pieces.text[k];
          else if (n > 0) inPrefix = false;
          else prefix += pieces.text[k];
        }
      }
      const el = this.current();
      this.blocks.push({
        index: this.blocks.length, kind: 'text', text, el, heading: this.headings[this.headings.length - 1]!, boldChars, italicChars, linkChars, chars,
        boldPrefix: prefix ? cleanText(prefix) : '', items: pieces.items(text), align: this.alignAt(el),
      });
    }
    pieces.length = 0;
    this.raw = '';
    this.rawChars = 0;
  }

  text(data: string): void {
    if (!data) return;
    const n = count(data);
    this.pieces.add(data, n, (this.bold > 0 ? BOLD : 0) | (this.italic > 0 ? ITALIC : 0) | (this.link > 0 ? LINK : 0), this.item);
    this.raw += data;
    this.rawChars += n;
  }

  image(node: Element): void {
    const src = attr(node, 'data-src') ?? attr(node, 'data-original') ?? attr(node, 'src');
    if (!src) return;
    this.flush();
    this.push({
      kind: 'image', text: '', el: node, heading: 0, boldChars: 0, italicChars: 0, linkChars: this.link > 0 ? 1 : 0,
      chars: 0, boldPrefix: '', items: [], align: this.alignAt(this.current()), src, alt: cleanText(attr(node, 'alt') ?? ''),
    });
  }

  /** Reads a table as lines when it is one (see {@link tableBlocks}); false to walk into it. */
  table(node: Element): boolean {
    const lines = tableBlocks(node);
    if (!lines) return false;
    this.flush();
    for (const b of lines) this.push(b);
    return true;
  }

  /** Opens an element; returns the flags to undo when it closes. */
  enter(node: Element): number {
    const name = node.name;
    const tag = TAG_FLAGS.get(name) ?? 0;
    const style = node.attribs.style;
    const isBold = (tag & BOLD) !== 0 || (style !== undefined && BOLD_STYLE.test(style));
    const isItalic = (tag & ITALIC) !== 0 || (style !== undefined && ITALIC_STYLE.test(style));
    const isLink = name === 'a' && node.attribs.href !== undefined;
    const isBlock = (tag & BLOCK) !== 0;
    const level = tag >> 5;
    if (isBlock) { this.flush(); this.blockStack.push(node); } else this.item++;
    if (isBold) this.bold++;
    if (isItalic) this.italic++;
    if (isLink) this.link++;
    if (level) this.headings.push(level);
    return (isBold ? BOLD : 0) | (isItalic ? ITALIC : 0) | (isLink ? LINK : 0) | (isBlock ? BLOCK : 0) | (level ? HEADING : 0);
  }

  leave(flags: number): void {
    if (flags & BOLD) this.bold--;
    if (flags & ITALIC) this.italic--;
    if (flags & LINK) this.link--;
    if (flags & BLOCK) { this.flush(); this.blockStack.pop(); } else this.item++;
    if (flags & HEADING) this.headings.pop(); // after the flush: the heading's own line keeps its level
  }
}

/** Reads the tree below `root` as a list of blocks in reading order. */
export function linearize(root: ParentNode): Block[] {
  const walk = new Linearizer(root as Element);
  // Entries are nodes to enter, or (as a number) the flags of an element to leave:
  // iterative, so deep pages cannot overflow the stack.
  const stack: (AnyNode | number)[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length) {
    const entry = stack.pop()!;
    if (typeof entry === 'number') { walk.leave(entry); continue; }
    if (entry.type === 'text') { walk.text(entry.data); continue; }
    if (!isElement(entry)) continue;
    const name = entry.name;
    if (name === 'br' || name === 'hr') { walk.flush(); continue; }
    if (name === 'img') { walk.image(entry); continue; }
    if (name === 'table' && walk.table(entry)) continue;
    stack.push(walk.enter(entry));
    for (let i = entry.children.length - 1; i >= 0; i--) stack.push(entry.children[i]!);
  }
  walk.flush();
  return walk.blocks;
}
