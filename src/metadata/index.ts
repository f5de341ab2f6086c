/**
 * Machine-readable metadata of a page: `<title>`, Open Graph / article meta tags,
 * JSON-LD, `<time datetime>`, canonical link. Read from the raw tree, before cleaning
 * drops `<head>`, scripts and meta tags.
 */
import type { Document, Element } from 'domhandler';
import { attr, classId, elements, textContent } from '../parse/dom.js';
import { cleanText } from '../text/normalize.js';

/** What the page declares about itself. Every field is optional. */
export interface PageMetadata {
  documentTitle?: string;
  ogTitle?: string;
  headline?: string;
  canonical?: string;
  baseHref?: string;
  publishedTime?: string;
  /** `<time datetime>` values in document order, with whether the element looks like a publication date. */
  timeElements: { datetime: string; el: Element; published: boolean }[];
  author?: string;
}

function jsonLdValues(json: unknown, out: Partial<PageMetadata>): void {
  const stack: unknown[] = [json];
  let guard = 0;
  while (stack.length && guard++ < 10_000) {
    const v = stack.pop();
    if (Array.isArray(v)) { stack.push(...v); continue; }
    if (!v || typeof v !== 'object') continue;
    const o = v as Record<string, unknown>;
    const type = String(o['@type'] ?? '');
    if (/Article|Posting|Report/i.test(type)) {
      if (typeof o.headline === 'string') out.headline ??= o.headline;
      if (typeof o.datePublished === 'string') out.publishedTime ??= o.datePublished;
      const a = o.author;
      const name = Array.isArray(a) ? a[0]?.name : (a as { name?: unknown } | undefined)?.name ?? a;
      if (typeof name === 'string') out.author ??= name;
    }
    if (o['@graph']) stack.push(o['@graph']);
  }
}

/** Collects the page's machine-readable metadata. */
export function readMetadata(doc: Document): PageMetadata {
  const meta: PageMetadata = { timeElements: [] };
  for (const el of elements(doc)) {
    switch (el.name) {
      case 'title':
        meta.documentTitle ??= cleanText(textContent(el));
        break;
      case 'base':
        meta.baseHref ??= attr(el, 'href');
        break;
      case 'link':
        if ((attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) meta.canonical ??= attr(el, 'href');
        break;
      case 'meta': {
        const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? '').toLowerCase();
        const content = attr(el, 'content');
        if (!content) break;
        if (key === 'og:title' || key === 'twitter:title') meta.ogTitle ??= cleanText(content);
        else if (key === 'og:url') meta.canonical ??= content;
        else if (key === 'article:published_time' || key === 'datepublished' || key === 'pubdate'
          || key === 'dc.date.issued' || key === 'date') meta.publishedTime ??= content;
        else if (key === 'author' || key === 'article:author' || key === 'dc.creator') meta.author ??= cleanText(content);
        break;
      }
      case 'script':
        if ((attr(el, 'type') ?? '').toLowerCase() === 'application/ld+json') {
          try { jsonLdValues(JSON.parse(textContent(el)), meta); } catch { /* broken JSON-LD is common; ignore it */ }
        }
        break;
      case 'time': {
        const dt = attr(el, 'datetime');
        if (dt) {
          const hint = `${classId(el)} ${attr(el, 'itemprop') ?? ''} ${el.parent && 'attribs' in el.parent ? classId(el.parent as Element) : ''}`;
          meta.timeElements.push({ datetime: dt, el, published: /publish|entry-date|posted|created|date-?pub/.test(hint) && !/updated|modified/.test(hint) });
        }
        break;
      }
      default:
        // Blogger and microformats put the ISO date in <abbr class="published" title="...">.
        if (attr(el, 'itemprop') === 'datePublished' || (el.name === 'abbr' && /\bpublished\b/.test(classId(el)))) {
          meta.publishedTime ??= attr(el, 'content') ?? attr(el, 'datetime') ?? attr(el, 'title');
        }
    }
  }
  return meta;
}
