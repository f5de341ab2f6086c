/**
 * ward-news: typed articles from Vietnamese local-government news portals.
 * @packageDocumentation
 */
export type {
  Article, ArticleImage, ExtractOptions, FactQualifier, FactQuantity, FactUnit,
  Listing, ListingEntry, NumericFact, Section,
} from './types.js';
export { ExtractError, FetchError } from './errors.js';
export type { ExtractErrorCode, FetchErrorCode } from './errors.js';
export { extract } from './extract.js';
