/**
 * Structure stage: the body blocks as lead, sections (real and pseudo-headings, with
 * nesting levels), images with captions, and the plain text with the offset of every
 * paragraph (so that facts found in the text can be traced to their section).
 */
import type { ArticleImage, Section } from '../types.js';
import { DECORATIVE_IMAGE_WORDS, LEAD_CLASS_WORDS } from '../lexicon/boilerplate.js';
import { BULLETS, CAPTION_CUES, INLINE_CAPTION_LABELS, ORDINAL_PREFIX, ORDINALS } from '../lexicon/sections.js';
import { hasClassWord } from '../parse/dom.js';
import { startsWithCue } from '../text/match.js';
import { resolveUrl } from '../text/url.js';
import type { Block } from '../blocks/index.js';
import { BOLD_HEADING_SHARE, CAPTION_ITALIC_SHARE, CAPTION_MAX_CHARS, HEADING_MAX_CHARS, HEADING_MAX_WORDS, ICON_MAX_PX, MARKUP_HEADING_MAX_CHARS, SET_APART_SHARE } from '../tuning.js';

/** A paragraph of `text`: where it stands and which section holds it. */
export interface ParagraphSpan {
  start: number;
  end: number;
  section: number;
}

/** The structured body. */
export interface Structured {
  lead: string | null;
  sections: Section[];
  text: string;
  images: ArticleImage[];
  spans: ParagraphSpan[];
}

type HeadingKind = 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'roman' | 'number' | 'letter' | 'ordinal' | 'bold';

const LABEL = new RegExp(
  String.raw`^(?:(?<roman>[IVXLC]{1,6})\s*[.)/]|(?<number>\d{1,2}(?:\.\d{1,2})*)\s*[.)/](?!\d)|(?<letter>[a-zđ])\s*[.)](?!\w)|(?<ordinal>${ORDINAL_PREFIX}\s+(?:${ORDINALS.join('|')})(?![\p{L}\p{N}])))`,
  'u',
);
const INLINE_CAPTION = new RegExp(String.raw`\(?\s*(?:${INLINE_CAPTION_LABELS.join('|')})\s*:`, 'u');
const TERMINAL = /[.!?;,…]["”»)]*$/u;

function labelKind(text: string): HeadingKind | null {
  const m = LABEL.exec(text);
  if (!m?.groups) return null;
  if (m.groups.roman) return 'roman';
  if (m.groups.number) return 'number';
  if (m.groups.letter) return 'letter';
  return 'ordinal';
}


const dropColon = (s: string): string => s.replace(/\s*[:：]\s*$/u, '');

/** What a line is as a heading: its heading text and kind, or null for a paragraph. */
function asHeading(b: Block): { heading: string; kind: HeadingKind; runIn: boolean } | null {
  if (b.kind !== 'text') return null;
  const t = b.text;
  if (startsWithCue(t, CAPTION_CUES) || BULLETS.some((x) => t.startsWith(x))) return null;
  if (b.heading >= 2 && t.length <= MARKUP_HEADING_MAX_CHARS) return { heading: dropColon(t), kind: `h${b.heading}` as HeadingKind, runIn: false };
  const label = labelKind(t);
  const bold = b.boldChars / b.chars;
  if (bold >= BOLD_HEADING_SHARE && t.length <= HEADING_MAX_CHARS && !TERMINAL.test(t) && t.split(' ').length <= HEADING_MAX_WORDS) {
    return { heading: dropColon(t), kind: label ?? 'bold', runIn: false };
  }
  // A bold label that opens a paragraph ("<b>1. Về kinh tế:</b> Năm qua ...") heads a section.
  const prefix = b.boldPrefix;
  if (label && prefix && prefix.length < t.length && prefix.length <= HEADING_MAX_CHARS && labelKind(prefix) === label) {
    const heading = dropColon(prefix.replace(/[.,;]\s*$/u, ''));
    if (heading.length >= 2) return { heading, kind: label, runIn: true };
  }
  // An unstyled label line in capitals or with a Roman numeral ("II. PHƯƠNG HƯỚNG NĂM 2021").
  if (label && t.length <= 120 && !TERMINAL.test(t) && (label === 'roman' || t === t.toUpperCase())) {
    return { heading: dropColon(t), kind: label, runIn: false };
  }
  return null;
}

function isDecorative(b: Block): boolean {
  const src = (b.src ?? '').toLowerCase();
  if (!src || src.startsWith('data:') || DECORATIVE_IMAGE_WORDS.some((w) => src.includes(w))) return true;
  const w = Number.parseInt(b.el.attribs.width ?? '', 10);
  const h = Number.parseInt(b.el.attribs.height ?? '', 10);
  return (w > 0 && w <= ICON_MAX_PX) || (h > 0 && h <= ICON_MAX_PX);
}

function absolute(src: string, base: string | null): string {
  return base ? (resolveUrl(src, base) ?? src) : src;
}

/** True for an absolute URL of a scheme other than http(s) (`javascript:`, `file:`, ...): never an article image. */
function foreignScheme(src: string): boolean {
  try {
    const { protocol } = new URL(src);
    return protocol !== 'http:' && protocol !== 'https:';
  } catch {
    return false; // Relative, kept as written when the page URL is unknown.
  }
}

function figureCaption(img: Block, next: Block | undefined): string | null {
  if (!next || next.kind !== 'text' || next.text.length > CAPTION_MAX_CHARS) return null;
  for (let n = img.el.parent; n && 'name' in n; n = n.parent) {
    if ((n as { name: string }).name === 'figure') {
      for (let m = next.el as typeof next.el | null; m; m = m.parent as typeof m) if (m === n) return next.text;
      return null;
    }
  }
  const t = next.text;
  if (next.italicChars / next.chars >= CAPTION_ITALIC_SHARE || next.align === 'center' || startsWithCue(t, CAPTION_CUES)
    || INLINE_CAPTION.test(t) || next.el.name === 'figcaption') return t;
  return null;
}

function isLead(b: Block): boolean {
  if (b.kind !== 'text' || b.chars < 40) return false;
  if (hasClassWord(b.el, LEAD_CLASS_WORDS)) return true;
  return b.boldChars / b.chars >= SET_APART_SHARE && b.chars >= 60 && TERMINAL.test(b.text);
}

/** What a body block became: the lead, a heading, an image, a caption, a dropped decoration, or a paragraph. */
export type BlockRole = 'lead' | 'heading' | 'image' | 'caption' | 'decoration' | 'paragraph';

/** Builds the lead, sections, images and text from the body blocks; `role` is told what each block became (for `explain`). */
export function structure(blocks: readonly Block[], baseUrl: string | null, role?: (b: Block, r: BlockRole) => void): Structured {
  const sections: Section[] = [{ heading: null, level: 0, paragraphs: [] }];
  const kinds: HeadingKind[] = [];
  const images: ArticleImage[] = [];
  const paragraphs: { text: string; section: number }[] = [];
  let lead: string | null = null;

  blocks.forEach((b, i) => {
    if (b.kind === 'image') {
      if (isDecorative(b)) { role?.(b, 'decoration'); return; }
      const src = absolute(b.src!, baseUrl);
      if (foreignScheme(src)) { role?.(b, 'decoration'); return; }
      const caption = figureCaption(b, blocks[i + 1]);
      images.push({ src, alt: b.alt || null, caption });
      if (role) { role(b, 'image'); if (caption !== null) role(blocks[i + 1]!, 'caption'); }
      return;
    }
    if (paragraphs.length === 0 && lead === null && isLead(b)) {
      lead = b.text;
      role?.(b, 'lead');
    } else {
      const h = asHeading(b);
      if (h) {
        role?.(b, 'heading');
        if (!kinds.includes(h.kind)) kinds.push(h.kind);
        sections.push({ heading: h.heading, level: kinds.indexOf(h.kind) + 1, paragraphs: h.runIn ? [b.text] : [] });
        paragraphs.push({ text: b.text, section: sections.length - 1 });
        return;
      }
    }
    role?.(b, 'paragraph');
    sections[sections.length - 1]!.paragraphs.push(b.text);
    paragraphs.push({ text: b.text, section: sections.length - 1 });
  });

  const kept = sections[0]!.paragraphs.length ? sections : sections.slice(1);
  const shift = kept === sections ? 0 : 1;
  const spans: ParagraphSpan[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    spans.push({ start: offset, end: offset + p.text.length, section: p.section - shift });
    offset += p.text.length + 2;
  }
  return { lead, sections: kept, text: paragraphs.map((p) => p.text).join('\n\n'), images, spans };
}
