/**
 * `fetchArticle`: fetch a page and extract its article, the HTTP charset passed on.
 */
import { extract } from '../extract.js';
import type { Article, ExtractOptions } from '../types.js';
import { fetchPage } from './fetch-page.js';
import type { FetchOptions } from './types.js';

/** Options of {@link fetchArticle}: those of `fetchPage` plus extraction limits. */
export interface FetchArticleOptions extends FetchOptions {
  /** Passed to `extract` (see {@link ExtractOptions.maxNodes}). */
  maxNodes?: ExtractOptions['maxNodes'];
}

/**
 * Fetches `url` and extracts its article. The final URL (after redirects) becomes
 * `Article.url`, and the response's Content-Type goes to `extract` so that the HTTP charset
 * outranks the page's `<meta>`.
 *
 * @throws {FetchError} as {@link fetchPage} does.
 * @throws {ExtractError} when the page cannot be extracted.
 */
export async function fetchArticle(url: string | URL, options: FetchArticleOptions = {}): Promise<Article> {
  const page = await fetchPage(url, options);
  const extractOptions: ExtractOptions = { url: page.url };
  if (page.contentType) extractOptions.contentType = page.contentType;
  if (options.maxNodes !== undefined) extractOptions.maxNodes = options.maxNodes;
  if (options.maxBytes !== undefined) extractOptions.maxBytes = options.maxBytes;
  return extract(page.body, extractOptions);
}
