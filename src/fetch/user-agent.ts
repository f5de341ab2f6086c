/**
 * The User-Agent: names the library and version so that portal administrators can identify
 * (and reach) the crawler, as robots.txt etiquette expects.
 */
import pkg from '../../package.json' with { type: 'json' };

/** The product token robots.txt groups are matched against. */
export const ROBOTS_TOKEN = 'ward-news';

/** `ward-news/<version>`, followed by `(+<contact>)` when a contact URL or address is given. */
export function userAgent(contact?: string): string {
  const base = `${ROBOTS_TOKEN}/${pkg.version}`;
  return contact ? `${base} (+${contact})` : base;
}
