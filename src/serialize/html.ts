/**
 * An article body as clean, safe HTML, built from the structured {@link Article} (never from
 * the page's markup): every text is escaped, only http(s) image URLs pass, and the only
 * elements are `p`, `strong`, `h2`–`h6`, `figure`, `img` and `figcaption`, with no attribute
 * but `src` and `alt`.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import type { Article, ArticleImage } from '../types.js';
import { markupEscape, safeHttpUrl, safeText, xmlSafe } from './safe-text.js';

/** The only elements our HTML output holds; `img` keeps `src` (http(s) only) and `alt`, the others no attribute. */
const ALLOWED = new Set(['p', 'strong', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'img', 'figcaption']);
// Elements whose content is not text a reader sees: dropped whole, not unwrapped.
const DROPPED = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math',
  'head', 'title', 'textarea', 'select', 'button', 'form', 'frameset', 'frame', 'applet', 'base', 'link', 'meta']);
const BLOCK = /^(div|section|article|li|ul|ol|br|tr|table|blockquote|pre|h1|hr|header|footer|dd|dt|dl)$/;

// What follows a run-in heading in its paragraph: optional punctuation, a space, the text.
const RUN_IN_SEPARATOR = /^(\s*[:.,;–-]?)\s+\S/;

/**
 * An element as markup, `content` already markup and attribute values plain text. One with
 * no content is written self-closed (`<img …/>`), the form this output has always had.
 */
function el(name: string, content: string, attributes: readonly (readonly [string, string])[] = []): string {
  const attrs = attributes.map(([key, value]) => ` ${key}="${markupEscape(value)}"`).join('');
  return content === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}

function figure(image: ArticleImage, src: string): string {
  const caption = image.caption === null ? '' : safeText(image.caption);
  const alt = safeText(image.alt ?? caption);
  const img = el('img', '', [['src', src], ['alt', alt]]);
  return el('figure', caption ? img + el('figcaption', markupEscape(caption)) : img);
}

/**
 * Foreign HTML (a merged feed's `content:encoded`, Atom `html` / `xhtml` content) through the
 * allow-list of {@link renderArticleHtml}: other elements are unwrapped (their text kept),
 * scripts, styles, frames and forms dropped with their content, every attribute but an
 * http(s) `img src` (resolved against `base`) and its `alt` removed. Our own output passes
 * through unchanged, so that re-reading a feed we wrote does not change its items.
 */
export function sanitizeHtml(html: string, base: string | null = null): string {
  const walk = (nodes: ChildNode[]): string => {
    let out = '';
    for (const n of nodes) {
      if (n.type === 'text') out += markupEscape(xmlSafe(n.data));
      else if (n.type === 'cdata') out += walk(n.children);
      else if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
      else if (DROPPED.has(n.name)) continue;
      else if (n.name === 'img') {
        const src = n.attribs.src === undefined ? null : safeHttpUrl(n.attribs.src, base);
        if (src !== null) out += el('img', '', [['src', src], ['alt', safeText(n.attribs.alt ?? '')]]);
      } else if (ALLOWED.has(n.name)) out += el(n.name, walk(n.children));
      else if (BLOCK.test(n.name)) out += `\n${walk(n.children)}\n`;
      else out += walk(n.children);
    }
    return out;
  };
  return walk(parseDocument(html, { decodeEntities: true }).children).trim();
}

/**
 * Renders the body of an article: the lead (when the sections do not already open with it),
 * each section's heading (`h2` for level 1, `h3` for level 2, ... at most `h6`; a run-in
 * heading that opens its first paragraph stays there, in `strong`), its paragraphs, and the
 * images as `figure`s. An image whose caption is also a paragraph of the body (extraction
 * keeps captions in place) replaces that paragraph, so it stands where the page showed it;
 * the others follow the text. Blocks are separated by newlines.
 */
export function renderArticleHtml(article: Article): string {
  const figures: { image: ArticleImage; src: string; placed: boolean }[] = [];
  const byCaption = new Map<string, (typeof figures)[number]>();
  for (const image of article.images) {
    const src = safeHttpUrl(image.src, article.url);
    if (src === null) continue;
    const entry = { image, src, placed: false };
    figures.push(entry);
    const caption = image.caption === null ? '' : safeText(image.caption);
    if (caption && !byCaption.has(caption)) byCaption.set(caption, entry);
  }

  const blocks: string[] = [];
  const lead = article.lead === null ? '' : safeText(article.lead);
  const first = article.sections[0]?.paragraphs[0];
  if (lead && (first === undefined || safeText(first) !== lead)) blocks.push(el('p', markupEscape(lead)));
  for (const section of article.sections) {
    const heading = section.heading === null ? '' : safeText(section.heading);
    const paragraphs = section.paragraphs.map(safeText).filter(Boolean);
    // A run-in heading ("1. Về kinh tế: Năm qua ...") is the label of its first paragraph:
    // written once, in bold, where it stands.
    const runIn = heading !== '' && paragraphs[0] !== undefined && paragraphs[0].startsWith(heading) &&
      RUN_IN_SEPARATOR.test(paragraphs[0].slice(heading.length));
    if (heading && !runIn) {
      // Integer levels only: a level read from JSON could be 2.5, and `<h3.5>` is not HTML.
      const level = Math.min(Math.max(Math.trunc(section.level) || 1, 1) + 1, 6);
      blocks.push(el(`h${level}`, markupEscape(heading)));
    }
    paragraphs.forEach((p, i) => {
      const entry = byCaption.get(p);
      if (runIn && i === 0) {
        const label = heading + RUN_IN_SEPARATOR.exec(p.slice(heading.length))![1]!;
        blocks.push(el('p', el('strong', markupEscape(label)) + markupEscape(p.slice(label.length))));
      } else if (entry && !entry.placed) {
        entry.placed = true;
        blocks.push(figure(entry.image, entry.src));
      } else {
        blocks.push(el('p', markupEscape(p)));
      }
    });
  }
  for (const entry of figures) if (!entry.placed) blocks.push(figure(entry.image, entry.src));

  return blocks.join('\n');
}
