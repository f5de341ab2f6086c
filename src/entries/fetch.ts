/**
 * `ward-news/fetch`: pages over HTTP(S) with undici, politely bounded (timeouts, size,
 * retries, private addresses refused). A subpath of its own so that `ward-news` loads no
 * network code.
 * @packageDocumentation
 */
export { fetchPage, fetchArticle, createAgent, userAgent, AddressNotAllowedError, isPublicAddress } from '../fetch/index.js';
export type {
  AddressFilter, AgentOptions, CacheEntry, FetchArticleOptions, FetchCache, FetchedPage, FetchOptions, HttpExchange,
  RequestScheduler,
} from '../fetch/index.js';
export { FetchError } from '../errors.js';
export type { FetchErrorCode } from '../errors.js';
