/**
 * Fetch stage: pages over HTTP(S), politely bounded (timeouts, size, retries), for
 * `extract` and the crawler.
 */
export { fetchPage } from './fetch-page.js';
export { fetchArticle, type FetchArticleOptions } from './fetch-article.js';
export { createAgent, AddressNotAllowedError, type AgentOptions } from './agent.js';
export { userAgent } from './user-agent.js';
export { isPublicAddress } from './address.js';
export type {
  AddressFilter, CacheEntry, FetchCache, FetchedPage, FetchOptions, HttpExchange, RequestScheduler,
} from './types.js';
