/**
 * Incremental feed update: a daily re-run adds the new articles to the feed it wrote before,
 * without duplicates and without losing the items that dropped out of the input. The
 * existing feed is the user's file: it is read whole or refused, never rewritten with less.
 */
import { FeedError } from '../errors.js';
import { renderAtom } from './atom.js';
import {
  buildTime, entryFromArticle, prepareChannel, selectEntries,
  type FeedArticle, type FeedChannel, type FeedEntry, type FeedOptions, type ForeignXml,
} from './feed-common.js';
import { renderRss } from './rss.js';
import { formatInstant } from '../text/dates.js';
import { instantOf } from './dates.js';
import { decodeFeed, readFeed, type ReadFeed } from './parse.js';
import { outline, type XmlElement } from './scan.js';

/** Options of {@link mergeFeed}. */
export interface MergeOptions extends FeedOptions {
  /** Replaces the channel read from the existing feed (title, link, description, self URL). */
  channel?: FeedChannel;
  /** Called with one line for each part of the existing feed that the rewrite cannot keep. */
  onWarning?: (message: string) => void;
}

/** Whether two entries with the same id would be written identically (dates compared as instants). */
function sameContent(a: FeedEntry, b: FeedEntry): boolean {
  return a.title === b.title && a.url === b.url && instantOf(a.publishedAt) === instantOf(b.publishedAt) &&
    a.author === b.author && a.summary === b.summary && a.contentHtml === b.contentHtml &&
    a.categories.join('\n') === b.categories.join('\n') && a.image?.url === b.image?.url;
}

const sameChannel = (a: Required<FeedChannel>, b: Required<FeedChannel>): boolean =>
  a.title === b.title && a.link === b.link && a.description === b.description && a.selfUrl === b.selfUrl && a.id === b.id;

// The elements our writers produce from the model; every other one is kept as written.
const OURS_RSS_CHANNEL = new Set(['title', 'link', 'description', 'language', 'lastBuildDate', 'generator', 'item']);
const OURS_RSS_ITEM = new Set(['title', 'link', 'guid', 'pubDate', 'creator', 'author', 'description', 'encoded', 'category']);
const OURS_ATOM_FEED = new Set(['id', 'title', 'subtitle', 'updated', 'author', 'generator', 'entry']);
const OURS_ATOM_ENTRY = new Set(['id', 'title', 'published', 'updated', 'author', 'summary', 'content', 'category']);
// Namespaces our writers declare themselves.
const DECLARED = new Set(['atom', 'content', 'dc', 'xml']);

const relOf = (e: XmlElement): string => /\srel\s*=\s*["']([^"']*)["']/.exec(e.tag)?.[1] ?? 'alternate';

/**
 * What of the existing document is not in the model and can be kept as written; proves that
 * every item was read (one outline element per entry), else `FeedError('DAMAGED')`.
 */
function foreignParts(xml: string, feed: ReadFeed, warn: (m: string) => void): ForeignXml {
  const { roots, counts } = outline(xml);
  const root = roots[0];
  const itemName = feed.format === 'atom' ? 'entry' : 'item';
  const channel = feed.format === 'rss' ? root?.children.find((c) => c.name === 'channel') : root;
  const items = feed.format === 'rdf' ? (root?.children ?? []).filter((c) => c.name === 'item')
    : (channel?.children ?? []).filter((c) => c.name === itemName);
  if (root === undefined || items.length !== feed.entries.length || (counts.get(itemName) ?? 0) !== feed.entries.length) {
    throw new FeedError('DAMAGED', `found ${counts.get(itemName) ?? 0} <${itemName}> elements but could read ${feed.entries.length}`);
  }
  const foreign: ForeignXml = { namespaces: {}, channel: [], items: new Map() };
  if (feed.format === 'rdf') {
    warn('an RDF / RSS 1.0 feed is rewritten as RSS 2.0: its RDF-only elements are not kept');
    return foreign;
  }
  for (const m of root.tag.matchAll(/\sxmlns:([\w.-]+)\s*=\s*("[^"]*"|'[^']*')/g)) {
    if (!DECLARED.has(m[1]!)) foreign.namespaces[m[1]!] = m[2]!.slice(1, -1);
  }
  const raw = (e: XmlElement): string => xml.slice(e.start, e.end);
  const atom = feed.format === 'atom';
  for (const c of channel!.children) {
    const ours = atom ? OURS_ATOM_FEED.has(c.name) || (c.name === 'link' && ['alternate', 'self'].includes(relOf(c)))
      : OURS_RSS_CHANNEL.has(c.name) && (c.prefix === '' || c.name !== 'link') || (c.name === 'link' && relOf(c) === 'self');
    if (!ours) foreign.channel.push(raw(c));
    else if (c.name === 'generator' && !raw(c).includes('ward-news')) warn(`replaced: ${raw(c).replace(/\s+/g, ' ')}`);
    else if (c.name === 'language' && !/>\s*vi\s*</i.test(raw(c))) warn(`replaced: ${raw(c)} (written as vi)`);
  }
  items.forEach((item, i) => {
    const entry = feed.entries[i]!;
    // The enclosure the model read as the item's image is ours; any other is kept as written.
    const image = entry.image?.url;
    const isImage = (c: XmlElement): boolean => image !== undefined &&
      c.tag.includes(image.replace(/&/g, '&amp;')) && (c.name === 'enclosure' || relOf(c) === 'enclosure');
    const kept = item.children.filter((c) => !isImage(c) && (atom
      ? !OURS_ATOM_ENTRY.has(c.name) && !(c.name === 'link' && relOf(c) === 'alternate')
      : !OURS_RSS_ITEM.has(c.name))).map(raw);
    if (kept.length) foreign.items.set(entry, kept);
  });
  return foreign;
}

/**
 * Merges articles into an existing RSS or Atom feed and returns the new document, in the
 * existing feed's format (RDF is rewritten as RSS 2.0). Old items are kept (also items of
 * another tool that share a link or an id); an article that is already there (same guid, or
 * the same link as an item whose guid is not a link, as WordPress writes) replaces that item
 * only when its content changed, keeping its guid (its Atom `updated` becomes the build time);
 * new articles are added; newest first, at most `options.limit` items. Elements the model does
 * not hold (channel `<image>`, `<ttl>`, enclosures, other namespaces) are kept as written;
 * what cannot be kept is named through `options.onWarning`. Foreign HTML content is sanitised
 * like our own. When nothing changes, the existing document is returned unchanged, so a daily
 * re-run does not touch `lastBuildDate`.
 *
 * Throws `FeedError`: `NOT_A_FEED` when `existingXml` is not a feed, `DAMAGED` when it is not
 * well-formed XML or not every item in it can be read (a truncated or corrupted file).
 */
export function mergeFeed(
  existingXml: string | Uint8Array, articles: readonly FeedArticle[], options: MergeOptions = {},
): string {
  const xml = decodeFeed(existingXml);
  const existing = readFeed(xml, { strict: true });
  const warnings: string[] = [];
  const foreign = foreignParts(xml, existing, (m) => warnings.push(m));
  if (existing.sanitised.length) {
    const n = existing.sanitised.length;
    warnings.push(`the HTML content of ${n} item${n > 1 ? 's' : ''} (${existing.sanitised.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''}) ` +
      'is rewritten through the allow-list: scripts, links, attributes and other elements removed');
  }
  const now = formatInstant(buildTime(options));
  const fresh = new Map<string, FeedEntry>();
  for (const article of articles) {
    const entry = entryFromArticle(article);
    if (!fresh.has(entry.id)) fresh.set(entry.id, entry);
  }
  // An item whose guid is not its link (WordPress: "?p=2105") is found again by its link, when
  // no other item has that link.
  const linkCount = new Map<string, number>();
  for (const e of existing.entries) if (e.url !== null) linkCount.set(e.url, (linkCount.get(e.url) ?? 0) + 1);
  const used = new Set<string>();
  let changed = false;
  // Updated items stay where they were; new ones follow, and the date sort places them.
  const combined = existing.entries.map((old) => {
    let update = fresh.get(old.id);
    if (update === undefined && old.url !== null && old.id !== old.url && linkCount.get(old.url) === 1) {
      const byLink = fresh.get(old.url);
      if (byLink !== undefined && byLink.idIsUrl) update = byLink;
    }
    if (update === undefined) return old;
    used.add(update.id);
    const same = { ...update, id: old.id, idIsUrl: old.idIsUrl };
    if (sameContent(old, same)) return old;
    changed = true;
    const replaced = { ...same, updatedAt: now };
    const kept = foreign.items.get(old);
    if (kept) foreign.items.set(replaced, kept);
    return replaced;
  });
  for (const entry of fresh.values()) {
    if (!used.has(entry.id) && !existing.entries.some((e) => e.id === entry.id)) {
      combined.push(entry);
      changed = true;
    }
  }
  const entries = selectEntries(combined, options.limit, false);
  const channel = options.channel ? prepareChannel(options.channel) : existing.channel;
  const unchanged = !changed && sameChannel(channel, existing.channel) &&
    entries.length === existing.entries.length && entries.every((e, i) => e === existing.entries[i]);
  if (unchanged) return xml;
  for (const w of warnings) options.onWarning?.(w);
  const out = existing.format === 'atom' ? renderAtom(entries, channel, options, foreign)
    : renderRss(entries, channel, options, foreign);
  // The rewrite must read back whole, with every item: a kept foreign element that broke it
  // would otherwise cost the user their items the next time.
  const written = readFeed(out, { strict: true });
  if (written.entries.length !== entries.length) {
    throw new FeedError('DAMAGED', `the merged feed reads back with ${written.entries.length} of ${entries.length} items; not written`);
  }
  return out;
}
