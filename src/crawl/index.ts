/**
 * Crawl stage: polite, resumable walks of portals' listing pages, with WARC archiving.
 */
export { crawl, type CrawlArticle, type CrawlFailure, type CrawlListing, type CrawlOptions, type CrawlResult } from './crawl.js';
export { Politeness, type PolitenessOptions } from './politeness.js';
export { canonicalUrl } from './url.js';
export { WarcWriter, readWarc, archivedArticles, extractWarc, type ArchivedResponse, type ReadWarcOptions, type WarcRole } from './warc.js';
