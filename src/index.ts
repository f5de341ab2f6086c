/**
 * ward-news: typed articles from Vietnamese local-government news portals.
 * @packageDocumentation
 */
export type {
  Article, ArticleImage, ExtractOptions, FactQualifier, FactQuantity, FactUnit,
  Listing, ListingEntry, NumericFact, Section,
} from './types.js';
export { ExtractError, FeedError, FetchError, WarcError } from './errors.js';
export type { ExtractErrorCode, FeedErrorCode, FetchErrorCode, WarcErrorCode } from './errors.js';
export { extract } from './extract.js';
export { extractFacts } from './facts/index.js';
export { extractDocumentRefs } from './references/index.js';
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
export { fetchPage, fetchArticle, createAgent, userAgent, AddressNotAllowedError, isPublicAddress } from './fetch/index.js';
export type {
  AddressFilter, AgentOptions, CacheEntry, FetchArticleOptions, FetchCache, FetchedPage, FetchOptions, HttpExchange,
  RequestScheduler,
} from './fetch/index.js';
export { crawl, Politeness, canonicalUrl, WarcWriter, readWarc, extractWarc } from './crawl/index.js';
export type {
  ArchivedResponse, ReadWarcOptions, CrawlArticle, CrawlFailure, CrawlListing, CrawlOptions, CrawlResult, PolitenessOptions, WarcRole,
} from './crawl/index.js';
export { extractMany } from './batch/index.js';
export type { BatchInput, BatchResult, BatchSource, BatchTextResult, ExtractManyOptions } from './batch/index.js';
export { warcInputs } from './batch/warc.js';
