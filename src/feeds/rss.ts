/** Articles as an RSS 2.0 document (with the content, dc and atom extensions). */
import { instantOf, toRfc822 } from './dates.js';
import {
  buildTime, buildXml, entryFromArticle, GENERATOR, prepareChannel, selectEntries,
  insertRaw, rawSlots, type FeedArticle, type FeedChannel, type FeedEntry, type FeedOptions, type ForeignXml,
} from './feed-common.js';
import { htmlEscape } from '../serialize/safe-text.js';

const rfc822 = (iso: string | null): string | undefined => {
  const ms = instantOf(iso);
  return ms === null ? undefined : toRfc822(ms);
};

function rssItem(e: FeedEntry): Record<string, unknown> {
  return {
    title: e.title,
    link: e.url ?? undefined,
    guid: { '@_isPermaLink': String(e.idIsUrl), '#text': e.id },
    pubDate: rfc822(e.publishedAt),
    'dc:creator': e.author ?? undefined,
    // RSS readers render description as HTML; the summary is plain text.
    description: htmlEscape(e.summary),
    'content:encoded': e.contentHtml || undefined,
    category: e.categories.length ? e.categories : undefined,
    enclosure: e.image ? { '@_url': e.image.url, '@_type': e.image.type, '@_length': '0' } : undefined,
  };
}

/** Writes prepared entries, already selected and ordered, as RSS 2.0 built at `options.now`. */
export function renderRss(
  entries: readonly FeedEntry[], channel: FeedChannel, options: FeedOptions = {}, foreign?: ForeignXml,
): string {
  const raws: string[] = [];
  const ns = Object.fromEntries(Object.entries(foreign?.namespaces ?? {}).map(([k, v]) => [`@_xmlns:${k}`, v]));
  const ch = prepareChannel(channel);
  return insertRaw(buildXml({
    rss: {
      '@_version': '2.0',
      '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
      '@_xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      ...ns,
      channel: {
        title: ch.title,
        link: ch.link,
        description: htmlEscape(ch.description),
        language: 'vi',
        lastBuildDate: toRfc822(buildTime(options)),
        generator: GENERATOR,
        'atom:link': ch.selfUrl ? { '@_href': ch.selfUrl, '@_rel': 'self', '@_type': 'application/rss+xml' } : undefined,
        ...rawSlots(raws, foreign?.channel),
        item: entries.map((e) => ({ ...rssItem(e), ...rawSlots(raws, foreign?.items.get(e)) })),
      },
    },
  }), raws);
}

/**
 * Publishes articles as an RSS 2.0 document: newest first, at most `options.limit` items,
 * one per URL. See docs/feeds.md for the mapping and for what happens to text that XML
 * cannot carry.
 */
export function toRss(articles: readonly FeedArticle[], channel: FeedChannel, options: FeedOptions = {}): string {
  return renderRss(selectEntries(articles.map(entryFromArticle), options.limit), channel, options);
}
