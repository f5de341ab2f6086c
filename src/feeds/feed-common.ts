/**
 * What RSS, Atom and JSON Feed share: the channel and option types, and the preparation of
 * articles into format-neutral, XML-safe {@link FeedEntry} items (also what `mergeFeed` reads
 * back from an existing feed).
 */
import { createHash } from 'node:crypto';
import { XMLBuilder } from 'fast-xml-parser';
import type { Article } from '../types.js';
import { instantOf } from './dates.js';
import { renderArticleHtml } from '../serialize/html.js';
import { safeHttpUrl, safeText } from '../serialize/safe-text.js';

/** The `generator` of every feed we write. */
export const GENERATOR = 'ward-news';
/** Where the generator is documented (Atom `generator@uri`). */
export const GENERATOR_URL = 'https://www.npmjs.com/package/ward-news';
/** Titles longer than this (in UTF-16 code units) are cut at a word boundary and end with `…`. */
export const MAX_TITLE_LENGTH = 400;

/** An article to publish: an {@link Article}, optionally with the categories (sections) it is filed under. */
export type FeedArticle = Article & { categories?: readonly string[] };

/** The feed's own description. */
export interface FeedChannel {
  /** The feed title, e.g. the portal's name. */
  title: string;
  /** The portal's home page. */
  link: string;
  /** One sentence about the feed; defaults to the title. */
  description?: string;
  /**
   * The address the feed itself is served from: RSS and Atom `rel="self"`, JSON Feed
   * `feed_url`. Left out of the feed when not given (or empty): only the publisher knows it.
   */
  selfUrl?: string;
  /**
   * The Atom feed's `<id>`, which RFC 4287 wants permanent. Default: `selfUrl` when given, else
   * a `urn:uuid:` derived from `link` (UUID version 5, URL namespace: the same home page always
   * gives the same id). Merging into an Atom feed keeps the id it has.
   */
  id?: string;
}

/** Options of `toRss`, `toAtom`, `toJsonFeed` and `mergeFeed`. */
export interface FeedOptions {
  /** Keep only the newest `limit` items. Default: all. */
  limit?: number;
  /** The build time written as `lastBuildDate` / `updated`. Default: now. */
  now?: Date;
}

/**
 * Elements of a merged foreign feed that we do not model, kept as written (`mergeFeed`):
 * namespace declarations of its root, channel elements, and each item's own.
 */
export interface ForeignXml {
  namespaces: Record<string, string>;
  channel: string[];
  items: Map<FeedEntry, string[]>;
}

const RAW = '\uE000';

/**
 * Placeholder elements (`ward-raw`) for raw XML, to spread into a builder object; the texts
 * go to `raws` and {@link insertRaw} puts them back after building.
 */
export const rawSlots = (raws: string[], xml: readonly string[] | undefined): { 'ward-raw'?: string[] } =>
  (xml?.length ? { 'ward-raw': xml.map((x) => `${RAW}${raws.push(x) - 1}`) } : {});

/** Puts the raw XML back where {@link rawSlots} placed its placeholders. */
export const insertRaw = (doc: string, raws: string[]): string =>
  raws.length === 0 ? doc : doc.replace(/<ward-raw>\uE000(\d+)<\/ward-raw>/g, (_, i: string) => raws[+i]!);

/** The first image of an item, published as an enclosure when its media type is known. */
export interface FeedImage {
  url: string;
  type: string;
}

/** One feed item, independent of the output format; every string is XML-safe. */
export interface FeedEntry {
  /** The guid / Atom id / JSON Feed id: the article URL, else a `urn:sha256:` of title and date. */
  id: string;
  /** Whether {@link id} is the article's URL (RSS `isPermaLink`). */
  idIsUrl: boolean;
  /** The article's http(s) URL, or null. */
  url: string | null;
  title: string;
  /** ISO 8601 as in {@link Article.publishedAt}, or null. */
  publishedAt: string | null;
  /** ISO 8601 time the item last changed (Atom `updated`), or null when never updated. */
  updatedAt: string | null;
  author: string | null;
  /** Plain text: the lead, else the first paragraph. */
  summary: string;
  /** The body as safe HTML ({@link renderArticleHtml}). */
  contentHtml: string;
  categories: string[];
  image: FeedImage | null;
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', jpe: 'image/jpeg', png: 'image/png', gif: 'image/gif',
  webp: 'image/webp', avif: 'image/avif', bmp: 'image/bmp', svg: 'image/svg+xml',
};

/** The media type of an image URL from its file extension, or null when unknown. */
export function imageType(url: string): string | null {
  const path = new URL(url).pathname;
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext === undefined ? null : IMAGE_TYPES[ext] ?? null;
}

/** Cuts text longer than `max` at the last space before it and appends `…`. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Prepares one article as a feed item (see docs/feeds.md for what each field becomes). */
export function entryFromArticle(article: FeedArticle): FeedEntry {
  const url = article.url === null ? null : safeHttpUrl(article.url);
  const firstParagraph = article.sections.flatMap((s) => s.paragraphs).find((p) => safeText(p) !== '');
  const summary = safeText(article.lead ?? firstParagraph ?? '');
  const publishedAt = instantOf(article.publishedAt) === null ? null : article.publishedAt;
  // An item must have a title; an untitled article is named by the start of its text.
  const title = truncate(safeText(article.title) || truncate(summary, 100) || (url ?? ''), MAX_TITLE_LENGTH);
  const id = url ?? `urn:sha256:${createHash('sha256').update(`${title}\n${publishedAt ?? ''}`).digest('hex')}`;
  let image: FeedImage | null = null;
  for (const img of article.images) {
    const src = safeHttpUrl(img.src, article.url);
    const type = src === null ? null : imageType(src);
    if (src !== null && type !== null) {
      image = { url: src, type };
      break;
    }
  }
  return {
    id,
    idIsUrl: url !== null,
    url,
    title,
    publishedAt,
    updatedAt: null,
    author: article.author === null ? null : safeText(article.author) || null,
    summary,
    contentHtml: renderArticleHtml(article),
    categories: [...new Set((article.categories ?? []).map(safeText).filter(Boolean))],
    image,
  };
}

/**
 * Newest first (undated items last, input order kept among equals), one item per id (the
 * first wins), at most `limit`.
 */
export function selectEntries(entries: readonly FeedEntry[], limit?: number, unique = true): FeedEntry[] {
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  }
  const seen = new Set<string>();
  // A merged foreign feed may hold items with the same id: they are kept (`unique` false).
  const kept = unique ? entries.filter((e) => !seen.has(e.id) && seen.add(e.id)) : entries;
  const time = (e: FeedEntry): number => instantOf(e.publishedAt) ?? -Infinity;
  const sorted = kept.map((e) => ({ e, t: time(e) })).sort((a, b) => (b.t === a.t ? 0 : b.t > a.t ? 1 : -1));
  return sorted.slice(0, limit ?? sorted.length).map(({ e }) => e);
}

/** The RFC 4122 version 5 UUID of `url` in the URL namespace, as a URN. */
export function urlUuid(url: string): string {
  const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const h = createHash('sha1').update(URL_NAMESPACE).update(url).digest();
  h[6] = (h[6]! & 0x0f) | 0x50; // version 5
  h[8] = (h[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The channel with XML-safe texts and defaults filled in; `selfUrl` and `id` are '' when not given. */
export function prepareChannel(channel: FeedChannel): Required<FeedChannel> {
  const title = truncate(safeText(channel.title), MAX_TITLE_LENGTH);
  const link = safeText(channel.link);
  const selfUrl = safeText(channel.selfUrl ?? '');
  return {
    title,
    link,
    description: safeText(channel.description ?? '') || title,
    selfUrl,
    id: safeText(channel.id ?? ''), // toAtom fills in the default: RSS and JSON Feed have no feed id
  };
}

/** The build time of a feed in epoch ms; `RangeError` for an invalid `options.now`. */
export function buildTime(options: FeedOptions): number {
  const ms = (options.now ?? new Date()).getTime();
  if (Number.isNaN(ms)) throw new RangeError('options.now is an invalid Date');
  return ms;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  // `isPermaLink="true"` must stay an attribute with a value: bare attributes are not XML.
  suppressBooleanAttributes: false,
  suppressEmptyNode: true,
});

/**
 * Serializes a document tree (fast-xml-parser's object convention: `@_` attributes, `#text`
 * text, arrays for repeated elements, undefined to omit) with an XML declaration. The builder
 * escapes `&`, `<`, `>` and quotes in every text and attribute.
 */
export function buildXml(root: Record<string, unknown>): string {
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...root }) as string;
}
