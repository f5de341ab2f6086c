/**
 * Serialize stage: an article as Markdown (for reading and for LLM pipelines) or as plain text.
 */
import type { Article } from '../types.js';
import { safeHttpUrl } from './safe-text.js';

// Inline Markdown syntax, and a line start that would turn a paragraph into a heading or quote.
// List markers ("- ", "1. ") are left alone: in these articles they are lists.
const escapeLine = (s: string): string => s.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(#{1,6}\s)/, '\\$1');

/** The article as Markdown: title, a metadata line, lead, sections with `##`… headings, images. */
export function toMarkdown(article: Article): string {
  const out: string[] = [];
  if (article.title) out.push(`# ${escapeLine(article.title)}`);
  const meta = [article.publishedAt, article.author, article.source && `Nguồn: ${article.source}`].filter(Boolean);
  if (meta.length) out.push(`_${meta.map((m) => escapeLine(m!)).join(' · ')}_`);
  // URLs are written only when they parse as http(s): URL.href percent-encodes `<`, `>` and
  // spaces, so no src can close its `<…>` and start a link of its own.
  const page = article.url === null ? null : safeHttpUrl(article.url);
  if (page) out.push(`<${page}>`);
  for (const s of article.sections) {
    if (s.heading) out.push(`${'#'.repeat(Math.min(6, Math.max(1, Math.trunc(s.level) || 1) + 1))} ${escapeLine(s.heading)}`);
    for (const p of s.paragraphs) out.push(escapeLine(p));
  }
  for (const img of article.images) {
    // A relative src with no page URL to resolve it against, or another scheme, is not written.
    const src = safeHttpUrl(img.src, page);
    if (src === null) continue;
    out.push(`![${escapeLine(img.alt ?? img.caption ?? '')}](<${src}>)${img.caption ? `\n_${escapeLine(img.caption)}_` : ''}`);
  }
  return `${out.join('\n\n')}\n`;
}

/** The article as plain text: the title, a blank line, the body text. */
export function toText(article: Article): string {
  return `${[article.title, article.text].filter(Boolean).join('\n\n')}\n`;
}
