/**
 * `ward-news/crawl`: polite, resumable crawls of portals (robots.txt, per-host intervals)
 * and WARC archives (writing, reading, re-extracting). A subpath of its own so that
 * `ward-news` loads neither robots-parser, warcio nor the fetcher.
 * @packageDocumentation
 */
export { crawl, Politeness, canonicalUrl, WarcWriter, readWarc, extractWarc } from '../crawl/index.js';
export type {
  ArchivedResponse, CrawlArticle, CrawlFailure, CrawlListing, CrawlOptions, CrawlResult, PolitenessOptions, WarcRole,
} from '../crawl/index.js';
export type { ReadWarcOptions } from '../crawl/warc.js';
