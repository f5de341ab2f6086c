/**
 * An article body as clean, safe HTML, built from the structured {@link Article} (never from
 * the page's markup): every text is escaped, only http(s) image URLs pass, and the only
 * elements are `p`, `strong`, `h2`–`h6`, `figure`, `img` and `figcaption`, with no attribute
 * but `src` and `alt`.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { Article, ArticleImage } from '../types.js';
import { safeHttpUrl, safeText } from './safe-text.js';

// What follows a run-in heading in its paragraph: optional punctuation, a space, the text.
const RUN_IN_SEPARATOR = /^(\s*[:.,;–-]?)\s+\S/;

// fast-xml-parser's ordered node form: `{ tag: children, ':@': attributes }` or `{ '#text': text }`.
type HtmlNode = Record<string, unknown>;

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  // processEntities (the default) escapes & < > " ' in texts and attributes alike.
});

const el = (name: string, children: HtmlNode[], attributes?: Record<string, string>): HtmlNode =>
  attributes === undefined ? { [name]: children } : { [name]: children, ':@': attributes };
const text = (s: string): HtmlNode => ({ '#text': s });

function figure(image: ArticleImage, src: string): HtmlNode {
  const caption = image.caption === null ? '' : safeText(image.caption);
  const alt = safeText(image.alt ?? caption);
  const children = [el('img', [], { '@_src': src, '@_alt': alt })];
  if (caption) children.push(el('figcaption', [text(caption)]));
  return el('figure', children);
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

  const blocks: HtmlNode[] = [];
  const lead = article.lead === null ? '' : safeText(article.lead);
  const first = article.sections[0]?.paragraphs[0];
  if (lead && (first === undefined || safeText(first) !== lead)) blocks.push(el('p', [text(lead)]));
  for (const section of article.sections) {
    const heading = section.heading === null ? '' : safeText(section.heading);
    const paragraphs = section.paragraphs.map(safeText).filter(Boolean);
    // A run-in heading ("1. Về kinh tế: Năm qua ...") is the label of its first paragraph:
    // written once, in bold, where it stands.
    const runIn = heading !== '' && paragraphs[0] !== undefined && paragraphs[0].startsWith(heading) &&
      RUN_IN_SEPARATOR.test(paragraphs[0].slice(heading.length));
    if (heading && !runIn) {
      const level = Math.min(Math.max(section.level, 1) + 1, 6);
      blocks.push(el(`h${level}`, [text(heading)]));
    }
    paragraphs.forEach((p, i) => {
      const entry = byCaption.get(p);
      if (runIn && i === 0) {
        const label = heading + RUN_IN_SEPARATOR.exec(p.slice(heading.length))![1]!;
        blocks.push(el('p', [el('strong', [text(label)]), text(p.slice(label.length))]));
      } else if (entry && !entry.placed) {
        entry.placed = true;
        blocks.push(figure(entry.image, entry.src));
      } else {
        blocks.push(el('p', [text(p)]));
      }
    });
  }
  for (const entry of figures) if (!entry.placed) blocks.push(figure(entry.image, entry.src));

  return builder.build(blocks.flatMap((b, i) => (i === 0 ? [b] : [text('\n'), b]))) as string;
}
