/**
 * ward-news: typed articles from Vietnamese local-government news portals. This entry is
 * the extraction pipeline, the serializers and listing pages, and loads no feed, network,
 * crawl, WARC or thread code: those are the subpaths `ward-news/feeds`, `ward-news/fetch`,
 * `ward-news/crawl`, `ward-news/batch` and `ward-news/crawlee`.
 * @packageDocumentation
 */
export type {
  Article, ArticleImage, ExtractOptions, FactQualifier, FactQuantity, FactUnit,
  Listing, ListingEntry, NumericFact, Section, SiteProfile, SiteSlot,
} from './types.js';
export { ExtractError, FeedError, FetchError, SiteProfileError, WarcError } from './errors.js';
export type { ExtractErrorCode, FeedErrorCode, FetchErrorCode, SiteProfileErrorCode, WarcErrorCode } from './errors.js';
export { learnSite, SiteLearner, readSiteProfile } from './site/index.js';
export type { LearnSiteOptions, SitePage } from './site/index.js';
export { extract } from './extract.js';
export type { PageTree } from './parse/tree.js';
export { explain } from './explain/index.js';
export type { BlockDecision, DecisionReason, ExplainedBlock, ExplainedFact, ExplainedReference, Explanation } from './explain/index.js';
export type { ChromeReason } from './frame/filter.js';
export type { Credit } from './text/bylines.js';
export { renderInspectReport } from './inspect/render.js';
export type { InspectReportOptions } from './inspect/render.js';
export { extractFacts, parseVietnameseNumber } from './facts/index.js';
export { extractDocumentRefs, findDocumentRefs } from './references/index.js';
export type { DocumentRefSpan } from './references/index.js';
export { factsTable, factRows, FACT_COLUMNS } from './table/index.js';
export type { FactRow, FactsTableFormat } from './table/index.js';
export { renderArticleHtml } from './serialize/html.js';
export { renderArticle } from './serialize/render.js';
export type { ArticleFormat } from './serialize/render.js';
export { extractListing } from './listing/index.js';
export type { ListingOptions } from './listing/index.js';
