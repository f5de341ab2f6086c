/**
 * The block list: the one model of a page that every stage after `blocks/` reads. A front
 * end (today `from-html.ts`; a text rendering or a site profile next) turns its input into
 * `Block[]` in reading order; locate, title, frame, fields and sections only see blocks.
 */
import type { Element } from 'domhandler';
import { ITEM_SEPARATOR } from '../text/match.js';
import { cleanText } from '../text/normalize.js';
import { ITEMS_MAX_CHARS } from '../tuning.js';

/** One line of the page. */
export interface Block {
  /** Position in reading order. */
  index: number;
  kind: 'text' | 'row' | 'image';
  /** Clean text (NFC, whitespace collapsed); for rows the cells joined by ` | `; empty for images. */
  text: string;
  /**
   * The nearest block-level element that holds the line. For a text rendering, a stand-in
   * element named for the part of the page the line belongs to (`blocks/from-text.ts`).
   */
  el: Element;
  /** 1–6 when the line is inside `<hN>`, else 0. */
  heading: number;
  /** Non-space characters that are bold, italic, or inside a link. */
  boldChars: number;
  italicChars: number;
  linkChars: number;
  /** Non-space characters in all. */
  chars: number;
  /** The leading bold run of the line (clean text), or ''; for text, a label run ("1. Về kinh tế:"). */
  boldPrefix: string;
  /**
   * For short lines: the text of each run between inline element boundaries. Meta lines
   * join their items with CSS, not characters (`<span>Đăng lúc: 15:20</span><span>Tác giả:
   * Lê Minh</span>` reads "…15:20Tác giả…"), so their items are only told apart here.
   * As parsed: {@link lineItems} cleans them, for the few lines that are read item by item.
   */
  items: string[];
  align: 'left' | 'center' | 'right';
  /** For images: the source as written, and the alt text. */
  src?: string;
  alt?: string;
  /** For rows: the clean cell texts. */
  cells?: string[];
}

/**
 * The items of a short line: its inline runs when markup separates them, else the parts
 * between dots and bars; the whole line when it has neither.
 */
export function lineItems(b: Block): string[] {
  if (b.text.length > ITEMS_MAX_CHARS) return [b.text];
  // One run and no separator (most lines): the line, edges trimmed, without the arrays.
  if (b.items.length <= 1 && !ITEM_SEPARATOR.test(b.text)) {
    const line = b.text.replace(EDGE_SEPARATORS, '');
    return line ? [line] : [];
  }
  const items = b.items.length > 1 ? b.items.map(cleanText).filter(Boolean) : [];
  const runs = items.length > 1 ? items : [b.text];
  return runs.flatMap((r) => r.split(ITEM_SEPARATOR)).map((r) => r.replace(EDGE_SEPARATORS, '')).filter(Boolean);
}

const EDGE_SEPARATORS = /^[\s·•|/]+|[\s·•|/]+$/gu;
