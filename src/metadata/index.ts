/**
 * Machine-readable metadata of a page: `<title>`, Open Graph / article meta tags,
 * JSON-LD, `<time datetime>`, canonical link. Read from the raw tree, before cleaning
 * drops `<head>`, scripts and meta tags.
 */
import type { Document, Element } from 'domhandler';
import { attr, classId, elements, textContent } from '../parse/dom.js';
import { cleanText } from '../text/normalize.js';
import { readJsonLd, type DeclaredAuthor, type JsonLdFacts } from './authors.js';

export type { DeclaredAuthor } from './authors.js';

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
  /** `<meta name="description">` (or `og:description`): evidence for the title when it equals a line. */
  description?: string;
  /**
   * Declared authors in order of trust: JSON-LD `author`, then `article:author`, `<meta
   * name="author">` / `dc.creator`, then microdata `itemprop="author"`, then the text of
   * `rel="author"` links. Unvalidated: the
   * credits stage drops URLs, widget text and the site's own name.
   */
  authors: DeclaredAuthor[];
  /** Names the site goes by (`og:site_name`, JSON-LD publisher and `WebSite`): never an author. */
  siteNames: string[];
}

const METADATA_TAGS = new Set(['title', 'base', 'link', 'meta', 'script', 'time', 'abbr']);

/**
 * True for an element {@link readMetadata} may read something from: the parse collects these
 * as it builds the tree (in document order), so that the metadata need not walk the page.
 */
export function isMetadataElement(name: string, attribs: Record<string, string>): boolean {
  if (name === 'a') return attribs.rel !== undefined;
  return METADATA_TAGS.has(name) || attribs.itemprop !== undefined;
}

// Teasers around the article carry their own microdata authors and rel=author links: the article's come first.
const MAX_MICRODATA_AUTHORS = 6;

/** The name a microdata `author` element gives: its `itemprop="name"` (content or text), else its own short text. */
function microdataName(el: Element): string | null {
  for (const d of elements(el)) {
    if (d !== el && attr(d, 'itemprop') === 'name') return cleanText(attr(d, 'content') ?? textContent(d)) || null;
  }
  const own = cleanText(attr(el, 'content') ?? textContent(el));
  return own && own.length <= 80 ? own : null;
}

const LATE_DATE_KEYS = ['parsely-pub-date', 'sailthru.date', 'article.published', 'publish-date', 'og:published_time'];

// "0001-01-01T00:00:00Z": a CMS's empty date, which must not hide a real one declared later.
const dated = (v: string | undefined): string | undefined => (v && !/^\s*0\d{3}-/u.test(v) ? v : undefined);

/**
 * Collects the page's machine-readable metadata. `candidates`: the page's elements that
 * {@link isMetadataElement} accepts, in document order, when the parse collected them; the
 * tree is walked otherwise.
 */
export function readMetadata(doc: Document, candidates?: readonly Element[]): PageMetadata {
  const meta: PageMetadata = { timeElements: [], authors: [], siteNames: [] };
  const ld: JsonLdFacts = { authors: [], siteNames: [] };
  const tagged: DeclaredAuthor[] = [], linked: DeclaredAuthor[] = [], microdata: DeclaredAuthor[] = [];
  let lateDate: string | undefined;
  let linkedParent: Element['parent'] = null;
  for (const el of candidates ?? elements(doc)) {
    switch (el.name) {
      case 'title':
        meta.documentTitle ??= cleanText(textContent(el));
        break;
      case 'base':
        meta.baseHref ??= attr(el, 'href');
        break;
      case 'a':
        if ((attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('author')) {
          const name = cleanText(textContent(el));
          // The first, and those beside it in the same byline ("By <a rel=author>A</a> and <a rel=author>B</a>"):
          // later rel=author links are usually the bylines of teasers around the article.
          if (name && (!linked.length || (el.parent === linkedParent && linked.length < MAX_MICRODATA_AUTHORS))) {
            linked.push({ name, kind: 'unknown', from: 'link' });
            linkedParent = el.parent;
          }
        }
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
          || key === 'dc.date.issued' || key === 'date') meta.publishedTime ??= dated(content);
        // Analytics tags (Parse.ly, Sailthru) repeat the date, in a zone of their own: the last resort.
        else if (LATE_DATE_KEYS.includes(key)) lateDate ??= dated(content);
        else if (key === 'author' || key === 'article:author' || key === 'dc.creator' || key === 'dc.creator.personalname'
          || key === 'dc:creator' || key === 'parsely-author' || key === 'sailthru.author' || key === 'byl'
          || key === 'dcterms.creator' || key === 'og:article:author' || key === 'cxenseparse:author' || key === 'article:author_name') {
          tagged.push({ name: cleanText(content), kind: 'unknown', from: 'meta' });
        } else if (key === 'og:site_name' || key === 'application-name') meta.siteNames.push(cleanText(content));
        else if (key === 'description' || key === 'og:description') meta.description ??= cleanText(content);
        break;
      }
      case 'script':
        if ((attr(el, 'type') ?? '').toLowerCase() === 'application/ld+json') {
          // Some CMSs wrap the JSON in CDATA or comment markers.
          const json = textContent(el).replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '');
          try { readJsonLd(JSON.parse(json), ld); } catch { /* broken JSON-LD is common; ignore it */ }
          meta.headline ??= ld.headline;
          meta.publishedTime ??= dated(ld.datePublished);
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
        // Microdata: <span itemprop="author" itemscope><span itemprop="name">…</span></span>, or its own short text.
        if ((attr(el, 'itemprop') ?? '').split(/\s+/).includes('author') && el.name !== 'meta' && el.name !== 'link') {
          const name = microdata.length < MAX_MICRODATA_AUTHORS ? microdataName(el) : null;
          if (name) microdata.push({ name, kind: /Organi[sz]ation/i.test(attr(el, 'itemtype') ?? '') ? 'organization' : 'unknown', from: 'microdata' });
        }
        // Blogger and microformats put the ISO date in <abbr class="published" title="...">.
        if (attr(el, 'itemprop') === 'datePublished' || (el.name === 'abbr' && /\bpublished\b/.test(classId(el)))) {
          meta.publishedTime ??= dated(attr(el, 'content') ?? attr(el, 'datetime') ?? attr(el, 'title'));
        }
    }
  }
  meta.publishedTime ??= lateDate;
  meta.authors = [...ld.authors.map((a) => ({ ...a, name: cleanText(a.name) })), ...tagged, ...microdata, ...linked];
  meta.siteNames.push(...ld.siteNames.map(cleanText));
  return meta;
}
