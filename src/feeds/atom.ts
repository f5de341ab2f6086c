/** Articles as an Atom 1.0 document. */
import { instantOf } from './dates.js';
import { formatInstant } from '../text/dates.js';
import {
  buildTime, buildXml, entryFromArticle, GENERATOR, GENERATOR_URL, prepareChannel, selectEntries,
  insertRaw, rawSlots, urlUuid, type FeedArticle, type FeedChannel, type FeedEntry, type FeedOptions, type ForeignXml,
} from './feed-common.js';

const rfc3339 = (iso: string | null): string | undefined => {
  const ms = instantOf(iso);
  return ms === null ? undefined : formatInstant(ms);
};

function atomEntry(e: FeedEntry, built: string): Record<string, unknown> {
  const links: Record<string, string>[] = [];
  if (e.url) links.push({ '@_rel': 'alternate', '@_type': 'text/html', '@_href': e.url });
  if (e.image) links.push({ '@_rel': 'enclosure', '@_type': e.image.type, '@_href': e.image.url });
  const published = rfc3339(e.publishedAt);
  return {
    id: e.id,
    title: { '@_type': 'text', '#text': e.title },
    link: links.length ? links : undefined,
    published,
    // Atom requires `updated`: an undated, never-updated entry takes the feed's build time.
    updated: rfc3339(e.updatedAt) ?? published ?? built,
    author: e.author ? { name: e.author } : undefined,
    summary: e.summary ? { '@_type': 'text', '#text': e.summary } : undefined,
    content: e.contentHtml ? { '@_type': 'html', '#text': e.contentHtml } : undefined,
    category: e.categories.length ? e.categories.map((term) => ({ '@_term': term })) : undefined,
  };
}

/** Writes prepared entries, already selected and ordered, as Atom 1.0 built at `options.now`. */
export function renderAtom(
  entries: readonly FeedEntry[], channel: FeedChannel, options: FeedOptions = {}, foreign?: ForeignXml,
): string {
  const raws: string[] = [];
  const ns = Object.fromEntries(Object.entries(foreign?.namespaces ?? {}).map(([k, v]) => [`@_xmlns:${k}`, v]));
  const ch = prepareChannel(channel);
  const built = formatInstant(buildTime(options));
  return insertRaw(buildXml({
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': 'vi',
      ...ns,
      id: ch.id || ch.selfUrl || urlUuid(ch.link),
      title: { '@_type': 'text', '#text': ch.title },
      subtitle: { '@_type': 'text', '#text': ch.description },
      link: [
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': ch.link },
        ...(ch.selfUrl ? [{ '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': ch.selfUrl }] : []),
      ],
      updated: built,
      // Atom wants an author for every entry; the feed-level one covers entries without a byline.
      author: { name: ch.title },
      generator: { '@_uri': GENERATOR_URL, '#text': GENERATOR },
      ...rawSlots(raws, foreign?.channel),
      entry: entries.map((e) => ({ ...atomEntry(e, built), ...rawSlots(raws, foreign?.items.get(e)) })),
    },
  }), raws);
}

/** Publishes articles as an Atom 1.0 document, with the same items and order as {@link toRss}. */
export function toAtom(articles: readonly FeedArticle[], channel: FeedChannel, options: FeedOptions = {}): string {
  return renderAtom(selectEntries(articles.map(entryFromArticle), options.limit), channel, options);
}
