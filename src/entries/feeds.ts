/**
 * `ward-news/feeds`: articles as RSS 2.0, Atom and JSON Feed, feeds read (`parseFeed`) and
 * merged with new articles (`mergeFeed`). A subpath of its own so that `ward-news` does not
 * load fast-xml-parser, the XML library the feeds are written and read with.
 * @packageDocumentation
 */
export { toRss, toAtom, toJsonFeed, parseFeed, mergeFeed } from '../feeds/index.js';
export type {
  FeedArticle, FeedChannel, FeedOptions, MergeOptions, ParsedFeed, ParsedFeedItem, ParseFeedOptions,
} from '../feeds/index.js';
export { FeedError } from '../errors.js';
export type { FeedErrorCode } from '../errors.js';
