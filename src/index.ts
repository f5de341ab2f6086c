/**
 * ward-news: typed articles from Vietnamese local-government news portals. This entry is
 * the extraction pipeline, the serializers, feeds and listing pages, and loads no network,
 * crawl, WARC or thread code: those are the subpaths `ward-news/fetch`, `ward-news/crawl`,
 * `ward-news/batch` and `ward-news/crawlee`.
 * @packageDocumentation
 */
export type {
  Article, ArticleImage, ExtractOptions, FactQualifier, FactQuantity, FactUnit,
  Listing, ListingEntry, NumericFact, Section,
} from './types.js';
export { ExtractError, FeedError, FetchError } from './errors.js';
export type { ExtractErrorCode, FeedErrorCode, FetchErrorCode } from './errors.js';
export { extract } from './extract.js';
export { extractFacts, parseVietnameseNumber } from './facts/index.js';
export { extractDocumentRefs, findDocumentRefs } from './references/index.js';
export type { DocumentRefSpan } from './references/index.js';
export { renderArticleHtml } from './serialize/html.js';
export { renderArticle } from './serialize/render.js';
export type { ArticleFormat } from './serialize/render.js';
export { toRss } from './feeds/rss.js';
export { toAtom } from './feeds/atom.js';
export { toJsonFeed } from './feeds/jsonfeed.js';
export type { FeedArticle, FeedChannel, FeedOptions } from './feeds/feed-common.js';
export { parseFeed } from './feeds/parse.js';
export type { ParsedFeed, ParsedFeedItem, ParseFeedOptions } from './feeds/parse.js';
export { mergeFeed } from './feeds/merge.js';
export type { MergeOptions } from './feeds/merge.js';
export { extractListing } from './listing/index.js';
export type { ListingOptions } from './listing/index.js';
