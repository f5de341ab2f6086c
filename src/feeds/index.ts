/**
 * Feeds: articles as RSS 2.0, Atom and JSON Feed, feeds read back and merged. The writers
 * and the reader use fast-xml-parser, so this layer loads only through `ward-news/feeds`
 * (and the CLI's `feed` command), never with the main entry.
 */
export { toRss } from './rss.js';
export { toAtom } from './atom.js';
export { toJsonFeed } from './jsonfeed.js';
export type { FeedArticle, FeedChannel, FeedOptions } from './feed-common.js';
export { parseFeed, readFeed } from './parse.js';
export type { ParsedFeed, ParsedFeedItem, ParseFeedOptions } from './parse.js';
export { mergeFeed } from './merge.js';
export type { MergeOptions } from './merge.js';
