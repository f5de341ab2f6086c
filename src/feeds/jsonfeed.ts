/** Articles as a JSON Feed 1.1 document. */
import { instantOf } from './dates.js';
import { formatInstant } from '../text/dates.js';
import {
  entryFromArticle, prepareChannel, selectEntries,
  type FeedArticle, type FeedChannel, type FeedEntry, type FeedOptions,
} from './feed-common.js';

function jsonItem(e: FeedEntry): Record<string, unknown> {
  const published = instantOf(e.publishedAt);
  const updated = instantOf(e.updatedAt);
  return {
    id: e.id,
    url: e.url ?? undefined,
    title: e.title,
    content_html: e.contentHtml,
    summary: e.summary || undefined,
    image: e.image?.url,
    date_published: published === null ? undefined : formatInstant(published),
    date_modified: updated === null ? undefined : formatInstant(updated),
    authors: e.author ? [{ name: e.author }] : undefined,
    tags: e.categories.length ? e.categories : undefined,
    language: 'vi',
  };
}

/** Publishes articles as a JSON Feed 1.1 document, with the same items and order as `toRss`. */
export function toJsonFeed(articles: readonly FeedArticle[], channel: FeedChannel, options: FeedOptions = {}): string {
  const ch = prepareChannel(channel);
  const entries = selectEntries(articles.map(entryFromArticle), options.limit);
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: ch.title,
    home_page_url: ch.link,
    feed_url: ch.selfUrl || undefined,
    description: ch.description,
    language: 'vi',
    items: entries.map(jsonItem),
  }, null, 2);
}
