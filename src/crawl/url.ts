/**
 * Canonical URLs for de-duplication: two spellings of one article must map to one key.
 */

// Analytics parameters that never select content.
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|zarsrc|_ga)$/i;

/**
 * The canonical form of an article URL: fragment removed, host lower-cased, default port
 * dropped (the URL parser does both), tracking parameters (`utm_*`, `fbclid`, ...) removed,
 * an empty query removed. The order of the remaining parameters is kept, since some portals'
 * routers are order-sensitive. Returns null for anything that is not an http(s) URL.
 */
export function canonicalUrl(input: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  if (url.search === '?') url.search = '';
  return url.href;
}
