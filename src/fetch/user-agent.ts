/**
 * The User-Agent: names the library and version so that portal administrators can identify
 * (and reach) the crawler, as robots.txt etiquette expects.
 */

/** Set at build time (tsup and vitest `define`); absent only when the sources run under tsx. */
declare const __WARD_NEWS_VERSION__: string | undefined;

/** The package version. */
export const VERSION: string = typeof __WARD_NEWS_VERSION__ === 'string' ? __WARD_NEWS_VERSION__ : '0.0.0-dev';

/** The product token robots.txt groups are matched against. */
export const ROBOTS_TOKEN = 'ward-news';

/** `ward-news/<version>`, followed by `(+<contact>)` when a contact URL or address is given. */
export function userAgent(contact?: string): string {
  const base = `${ROBOTS_TOKEN}/${VERSION}`;
  return contact ? `${base} (+${contact})` : base;
}
