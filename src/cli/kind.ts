/**
 * Telling a listing page from an article: `extract` reads any HTML page best-effort, so a
 * category page comes out as a short "article" made of teasers. The CLI names it instead.
 */
import { extractListing } from '../listing/index.js';
import { LISTING_MIN_LINKS, LISTING_TEXT_PER_LINK } from '../tuning.js';
import type { Article, ExtractOptions } from '../types.js';

/** Why `article` (read from `page`) is a listing page, e.g. "a listing page (12 article links)", or null. */
export function listingPage(page: string | Uint8Array, article: Article, options: ExtractOptions): string | null {
  const links = extractListing(page, options).articles.length;
  return links >= LISTING_MIN_LINKS && article.text.length < LISTING_TEXT_PER_LINK * links
    ? `a listing page (${links} article links), not an article`
    : null;
}
