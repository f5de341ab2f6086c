/**
 * Incremental feed update: a daily re-run adds the new articles to the feed it wrote before,
 * without duplicates and without losing the items that dropped out of the input.
 */
import { renderAtom } from './atom.js';
import {
  buildTime, entryFromArticle, prepareChannel, selectEntries,
  type FeedArticle, type FeedChannel, type FeedEntry, type FeedOptions,
} from './feed-common.js';
import { renderRss } from './rss.js';
import { formatInstant } from '../text/dates.js';
import { instantOf } from './dates.js';
import { decodeFeed, readFeed } from './parse.js';

/** Options of {@link mergeFeed}. */
export interface MergeOptions extends FeedOptions {
  /** Replaces the channel read from the existing feed (title, link, description, self URL). */
  channel?: FeedChannel;
}

/** Whether two entries with the same id would be written identically (dates compared as instants). */
function sameContent(a: FeedEntry, b: FeedEntry): boolean {
  return a.title === b.title && a.url === b.url && instantOf(a.publishedAt) === instantOf(b.publishedAt) &&
    a.author === b.author && a.summary === b.summary && a.contentHtml === b.contentHtml &&
    a.categories.join('\n') === b.categories.join('\n') && a.image?.url === b.image?.url;
}

const sameChannel = (a: Required<FeedChannel>, b: Required<FeedChannel>): boolean =>
  a.title === b.title && a.link === b.link && a.description === b.description && a.selfUrl === b.selfUrl;

/**
 * Merges articles into an existing RSS or Atom feed and returns the new document, in the
 * existing feed's format (RDF is rewritten as RSS 2.0). Old items are kept; an article whose
 * guid is already there replaces that item only when its content changed (its Atom `updated`
 * becomes the build time); new articles are added; no guid appears twice; newest first, at most
 * `options.limit` items. When nothing changes, the existing document is returned unchanged, so
 * a daily re-run does not touch `lastBuildDate`. Throws `FeedError` when `existingXml` is not
 * a feed.
 */
export function mergeFeed(
  existingXml: string | Uint8Array, articles: readonly FeedArticle[], options: MergeOptions = {},
): string {
  const xml = decodeFeed(existingXml);
  const existing = readFeed(xml);
  const now = formatInstant(buildTime(options));
  const fresh = new Map<string, FeedEntry>();
  for (const article of articles) {
    const entry = entryFromArticle(article);
    if (!fresh.has(entry.id)) fresh.set(entry.id, entry);
  }
  let changed = false;
  const oldIds = new Set(existing.entries.map((e) => e.id));
  // Updated items stay where they were; new ones follow, and the date sort places them.
  const combined = existing.entries.map((old) => {
    const update = fresh.get(old.id);
    if (update === undefined || sameContent(old, update)) return old;
    changed = true;
    return { ...update, updatedAt: now };
  });
  for (const entry of fresh.values()) {
    if (!oldIds.has(entry.id)) {
      combined.push(entry);
      changed = true;
    }
  }
  const entries = selectEntries(combined, options.limit);
  const channel = options.channel ? prepareChannel(options.channel) : existing.channel;
  const unchanged = !changed && sameChannel(channel, existing.channel) &&
    entries.length === existing.entries.length && entries.every((e, i) => e.id === existing.entries[i]!.id);
  if (unchanged) return xml;
  return existing.format === 'atom' ? renderAtom(entries, channel, options) : renderRss(entries, channel, options);
}
