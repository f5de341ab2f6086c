/**
 * Reads the feeds portals publish themselves: RSS 0.9x / 2.0, RDF (RSS 1.0) and Atom 1.0,
 * tolerant of the usual breakage (dates in any of the formats real feeds use or none,
 * HTML in titles, missing guid or link, relative links, undeclared namespace prefixes).
 */
import { FeedError } from '../errors.js';
import { createHash } from 'node:crypto';
import { TextDecoder } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { textContent } from 'domutils';
import { cleanText } from '../text/normalize.js';
import { imageType, type FeedChannel, type FeedEntry, type FeedImage } from './feed-common.js';
import { sanitizeHtml } from '../serialize/html.js';
import { htmlEscape, safeHttpUrl } from '../serialize/safe-text.js';
import { parseFeedDate } from './dates.js';

/** One item of a parsed feed. */
export interface ParsedFeedItem {
  /** Absolute URL of the item (its link, else a permalink guid), or null. */
  url: string | null;
  /** The title as plain text: entities decoded, HTML tags removed, NFC, whitespace collapsed. */
  title: string;
  /** ISO 8601 with +07:00 (`YYYY-MM-DD` when the feed gives no time), or null when missing or unreadable. */
  publishedAt: string | null;
  /** `dc:creator`, the name of an RSS `author` e-mail, or the Atom author's name; null when absent. */
  author: string | null;
  /** The description / summary as plain text, or null. */
  summary: string | null;
}

/** A parsed feed. */
export interface ParsedFeed {
  title: string;
  /** The site the feed belongs to, or null. */
  link: string | null;
  /** Items in document order. */
  items: ParsedFeedItem[];
}

/** Options of {@link parseFeed}. */
export interface ParseFeedOptions {
  /** Refuse larger inputs (bytes, or UTF-16 code units for strings) with `FeedError('TOO_LARGE')`. Default 50 MiB. */
  maxBytes?: number;
}

/** Options of {@link readFeed}. */
export interface ReadFeedOptions extends ParseFeedOptions {
  /**
   * Refuse (`FeedError('DAMAGED')`) a document that is not well-formed XML. `mergeFeed` reads
   * this way, because a broken feed parses into fewer items and would be rewritten so.
   */
  strict?: boolean;
}

/** A feed read with everything `mergeFeed` needs to write its items again. */
export interface ReadFeed {
  format: 'rss' | 'rdf' | 'atom';
  channel: Required<FeedChannel>;
  /** Items in document order; texts are as the feed has them (not HTML-stripped). */
  entries: FeedEntry[];
  /** Ids of the entries whose HTML content lost something to the allow-list (scripts, attributes, links, other elements). */
  sanitised: string[];
}

type Node = unknown;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Prefixes vary between feeds (and are sometimes undeclared): match on local names.
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Broken feeds use HTML entities (&nbsp;, &hellip;) that XML does not define.
  htmlEntities: true,
  // Elements that may hold markup are kept raw (see markupText), so that unescaped HTML in a
  // title or Atom xhtml content keeps its text and order.
  stopNodes: ['*.title', '*.description', '*.summary', '*.content', '*.encoded'],
});

const list = (n: Node): Node[] => (n === undefined || n === null ? [] : Array.isArray(n) ? n : [n]);

/** The text of an element, whatever shape the parser gave it. */
function text(n: Node): string {
  if (typeof n === 'string' || typeof n === 'number') return String(n).trim();
  if (Array.isArray(n)) {
    for (const x of n) {
      const t = text(x);
      if (t) return t;
    }
    return '';
  }
  if (n && typeof n === 'object') {
    const own = (n as Record<string, unknown>)['#text'];
    if (own !== undefined) return text(own);
    // An element with children (an Atom person, say): their texts joined.
    return Object.entries(n).filter(([k]) => !k.startsWith('@_')).map(([, v]) => text(v)).filter(Boolean).join(' ');
  }
  return '';
}

const CDATA = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;

/**
 * The content of a raw (stop-node) element: CDATA sections as they are; other text with its
 * entities decoded, unless it holds tags, in which case it is markup already and stays as is.
 */
function markupText(n: Node): string {
  const raw = text(n);
  const plain = (part: string): string =>
    part.includes('<') || !part.includes('&') ? part : textContent(parseDocument(part, { decodeEntities: true }));
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(CDATA)) {
    out += plain(raw.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  return (out + plain(raw.slice(last))).trim();
}

const attr = (n: Node, name: string): string | undefined => {
  if (n && typeof n === 'object' && !Array.isArray(n)) {
    const v = (n as Record<string, unknown>)[`@_${name}`];
    return typeof v === 'string' ? v.trim() : undefined;
  }
  return undefined;
};

const child = (n: Node, name: string): Node =>
  n && typeof n === 'object' && !Array.isArray(n) ? (n as Record<string, unknown>)[name] : undefined;

const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'figure', 'figcaption', 'table', 'section', 'article', 'header', 'footer', 'pre', 'hr']);

/** The plain text of an HTML fragment: tags removed, entities decoded, blocks separated by spaces. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return cleanText(html);
  const out: string[] = [];
  const walk = (nodes: ChildNode[]): void => {
    for (const n of nodes) {
      if (n.type === 'text') out.push(n.data);
      else if (n.type === 'tag') {
        if (n.name === 'script' || n.name === 'style') continue;
        const block = BLOCKS.has(n.name);
        if (block) out.push(' ');
        walk(n.children);
        if (block) out.push(' ');
      }
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children);
  return cleanText(out.join(''));
}

/** The `<link>` of RSS (text) or Atom (`href`, rel alternate or none) among an element's links. */
function linkOf(links: Node, base: string | null): string | null {
  for (const l of list(links)) {
    const href = attr(l, 'href');
    const rel = attr(l, 'rel') ?? 'alternate';
    const url = href === undefined ? text(l) : rel === 'alternate' ? href : '';
    const resolved = url ? safeHttpUrl(url, base) : null;
    if (resolved) return resolved;
  }
  return null;
}

function selfLinkOf(links: Node, base: string | null): string | null {
  const self = list(links).find((l) => attr(l, 'rel') === 'self');
  const href = self === undefined ? undefined : attr(self, 'href');
  return href === undefined ? null : safeHttpUrl(href, base);
}

/** "jane@example.org (Jane Doe)" → "Jane Doe"; a bare e-mail stays as is. */
function personName(n: Node): string | null {
  const name = text(child(n, 'name')) || (typeof n === 'string' ? n : text(n));
  const inParens = /\(([^)]+)\)\s*$/.exec(name);
  const clean = cleanText(inParens ? inParens[1]! : name);
  return clean || null;
}

function firstDate(item: Node, names: string[]): string | null {
  for (const name of names) {
    for (const value of list(child(item, name))) {
      const date = parseFeedDate(text(value));
      if (date) return date;
    }
  }
  return null;
}

function enclosureOf(item: Node, base: string | null): FeedImage | null {
  const candidates = [
    ...list(child(item, 'enclosure')).map((e) => ({ href: attr(e, 'url'), type: attr(e, 'type') })),
    ...list(child(item, 'link')).filter((l) => attr(l, 'rel') === 'enclosure')
      .map((l) => ({ href: attr(l, 'href'), type: attr(l, 'type') })),
  ];
  for (const c of candidates) {
    const url = c.href === undefined ? null : safeHttpUrl(c.href, base);
    if (url === null) continue;
    const type = c.type || imageType(url);
    if (type?.startsWith('image/')) return { url, type };
  }
  return null;
}

/**
 * The item's content as safe HTML: RSS `content:encoded` and Atom `html` / `xhtml` content go
 * through the allow-list of our own output; Atom `text` content (the default) is text, so it is
 * escaped: `&lt;img onerror&gt;` stays visible text and never becomes markup.
 */
function contentOf(item: Node, base: string | null): { html: string; sanitised: boolean } {
  const clean = (html: string): { html: string; sanitised: boolean } => {
    const safe = sanitizeHtml(html, base);
    return { html: safe, sanitised: safe !== html.trim() };
  };
  const encoded = markupText(child(item, 'encoded'));
  if (encoded) return clean(encoded);
  const content = list(child(item, 'content'))[0];
  const type = attr(content, 'type') ?? 'text';
  const raw = markupText(content);
  if (!raw) return { html: '', sanitised: false };
  if (type === 'html' || type === 'xhtml' || type === 'text/html' || type.endsWith('+xml')) return clean(raw);
  return { html: htmlEscape(raw), sanitised: false };
}

function readEntry(item: Node, base: string | null, atom: boolean, sanitised: string[]): FeedEntry {
  const guidNode = child(item, 'guid');
  const guid = text(guidNode) || (atom ? text(child(item, 'id')) : '');
  // Only an absolute guid is a permalink: "?p=2105" or "12345" are ids, not addresses.
  const permalink = guid && attr(guidNode, 'isPermaLink') !== 'false' ? safeHttpUrl(guid, null) : null;
  // RDF items name themselves in rdf:about; FeedBurner keeps the real link in feedburner:origLink.
  const about = attr(item, 'about');
  const url = linkOf(child(item, 'link'), base) ?? permalink ?? linkOf(child(item, 'origLink'), base) ??
    (about === undefined ? null : safeHttpUrl(about, base));
  const title = cleanText(markupText(child(item, 'title')));
  // Atom's `updated` is when an entry last changed, not when it was published (ours writes the
  // build time there for undated entries): it stays `updatedAt`.
  const publishedAt = firstDate(item, atom ? ['published', 'issued', 'date', 'created', 'pubDate']
    : ['pubDate', 'published', 'issued', 'date', 'created', 'updated', 'modified']);
  const updated = atom ? firstDate(item, ['updated', 'modified']) : null;
  // RSS description is HTML by convention (and we write it so); Atom summary is read as its type says.
  const summaryNode = child(item, 'summary');
  const summary = htmlToText(markupText(child(item, 'description'))) ||
    (attr(summaryNode, 'type') === 'html' || attr(summaryNode, 'type') === 'xhtml'
      ? htmlToText(markupText(summaryNode)) : cleanText(markupText(summaryNode)));
  const content = contentOf(item, base);
  const contentHtml = content.html;
  const id = guid || url || about ||
    `urn:sha256:${createHash('sha256').update(`${title}\n${publishedAt ?? ''}`).digest('hex')}`;
  if (content.sanitised) sanitised.push(id);
  return {
    id,
    idIsUrl: url !== null && id === url,
    url,
    title,
    publishedAt,
    updatedAt: updated !== null && updated !== publishedAt ? updated : null,
    author: list(child(item, 'creator')).map(personName).find(Boolean) ??
      list(child(item, 'author')).map(personName).find(Boolean) ?? null,
    summary,
    contentHtml,
    categories: list(child(item, 'category')).map((c) => cleanText(attr(c, 'term') ?? text(c))).filter(Boolean),
    image: enclosureOf(item, base),
  };
}

/** A feed document as text: bytes are decoded per their BOM, else their XML declaration, else as UTF-8. */
export function decodeFeed(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const [b0, b1, b2] = input;
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 'utf-8'
    : b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : undefined;
  const head = new TextDecoder('latin1').decode(input.subarray(0, 200));
  const declared = bom ?? /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(input);
}

/**
 * Reads a feed with everything needed to write its items again (the HTML content, guid,
 * enclosure). Used by `mergeFeed`; {@link parseFeed} is the public, plain-text view.
 */
export function readFeed(input: string | Uint8Array, options: ReadFeedOptions = {}): ReadFeed {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new FeedError('INVALID_INPUT', 'parseFeed expects a string or bytes');
  }
  const max = options.maxBytes ?? 50 * 1024 * 1024;
  if (input.length > max) throw new FeedError('TOO_LARGE', `feed is ${input.length} bytes, more than ${max}`);
  const xml = decodeFeed(input);
  if (options.strict) {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) {
      throw new FeedError('DAMAGED', `not well-formed XML (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg})`);
    }
  }
  let doc: Node;
  try {
    doc = parser.parse(xml);
  } catch (e) {
    throw new FeedError('NOT_A_FEED', `not a readable XML feed: ${(e as Error).message}`);
  }
  const rss = child(doc, 'rss');
  const rdf = child(doc, 'RDF');
  const atom = child(doc, 'feed');
  const format = rss !== undefined ? 'rss' : rdf !== undefined ? 'rdf' : atom !== undefined ? 'atom' : null;
  if (format === null) throw new FeedError('NOT_A_FEED', 'no <rss>, <rdf:RDF> or <feed> root element');
  const channel = format === 'atom' ? atom : child(format === 'rss' ? rss : rdf, 'channel');
  const xmlBase = attr(atom, 'base') ?? null;
  const link = linkOf(child(channel, 'link'), xmlBase);
  // Relative item links resolve against Atom's xml:base, else the site link.
  const base = xmlBase ?? link;
  const items = format === 'atom' ? child(atom, 'entry')
    : format === 'rdf' ? child(rdf, 'item') ?? child(channel, 'item') : child(channel, 'item');
  const title = cleanText(markupText(child(channel, 'title')));
  const sanitised: string[] = [];
  return {
    format,
    channel: {
      title,
      link: link ?? '',
      description: htmlToText(markupText(child(channel, 'description'))) || cleanText(text(child(channel, 'subtitle'))),
      selfUrl: selfLinkOf(child(channel, 'link'), base) ?? '',
      id: format === 'atom' ? cleanText(text(child(channel, 'id'))) : '',
    },
    entries: list(items).map((item) => readEntry(item, base, format === 'atom', sanitised)),
    sanitised,
  };
}

/**
 * Parses an RSS 0.9x / 2.0, RDF / RSS 1.0 or Atom feed (string, or bytes in the encoding its
 * XML declaration names). Items keep document order; titles and summaries are plain text.
 * Throws {@link FeedError} for input that is not a feed.
 */
export function parseFeed(input: string | Uint8Array, options: ParseFeedOptions = {}): ParsedFeed {
  const feed = readFeed(input, options);
  return {
    title: htmlToText(feed.channel.title),
    link: feed.channel.link || null,
    items: feed.entries.map((e) => ({
      url: e.url,
      title: htmlToText(e.title),
      // An Atom entry without `published` is dated by its `updated`.
      publishedAt: e.publishedAt ?? e.updatedAt,
      author: e.author,
      summary: htmlToText(e.summary) || htmlToText(e.contentHtml) || null,
    })),
  };
}
