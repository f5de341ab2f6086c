/**
 * Link resolution of the listing stages: the page's base URL, absolute URLs, and which
 * hrefs can be article pages at all.
 */
import type { Element } from 'domhandler';
import { FILE_EXTENSIONS } from '../lexicon/listing.js';
import type { PageIndex } from './dom.js';

/** Where relative links of the page resolve, and the page's own address. */
export interface PageUrls {
  /** The base every relative link resolves against (`<base href>` over the page URL), or null. */
  base: URL | null;
  /** The listing's own URL: `options.url`, else the canonical link, else null. */
  self: string | null;
}

const FILE_EXT = new RegExp(`\\.(?:${FILE_EXTENSIONS.join('|')})$`, 'i');

/** Parses a string as an absolute http(s) URL, or null. */
function httpUrl(s: string, base?: URL | null): URL | null {
  try {
    const u = base ? new URL(s, base) : new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The page's base and own URL from `options.url`, `<base href>` and `<link rel=canonical>`. */
export function pageUrls(index: PageIndex, url: string | undefined): PageUrls {
  const given = url === undefined ? null : httpUrl(url.trim());
  // The fragment is not part of the page's address (links are compared without theirs).
  if (given) given.hash = '';
  const head = index.elements.filter((el) => el.name === 'base' || el.name === 'link');
  const baseHref = head.find((el) => el.name === 'base' && el.attribs['href'])?.attribs['href'];
  const canonicalHref = head.find(
    (el) => el.name === 'link' && (el.attribs['rel'] ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  )?.attribs['href'];
  const canonical = canonicalHref ? httpUrl(canonicalHref.trim(), given) : null;
  const base = (baseHref ? httpUrl(baseHref.trim(), given ?? canonical) : null) ?? given ?? canonical;
  return { base, self: given?.href ?? canonical?.href ?? null };
}

/** An href made absolute (fragment dropped), or null when it is not a followable http(s) link. */
export function resolveHref(href: string | undefined, base: URL | null): string | null {
  if (href === undefined) return null;
  const h = href.trim();
  if (h === '' || h.startsWith('#') || /^(?:javascript|mailto|tel|sms|data|about):/i.test(h)) return null;
  const u = httpUrl(h, base);
  if (!u) return null;
  u.hash = '';
  return u.href;
}

/** True when an absolute URL can be an article page: not a file, not a site root. */
export function isArticleLikeUrl(url: string): boolean {
  const u = new URL(url);
  if (FILE_EXT.test(u.pathname)) return false;
  return !(u.pathname === '/' && u.search === '');
}

/** The resolved href of an anchor. */
export function anchorUrl(a: Element, base: URL | null): string | null {
  return resolveHref(a.attribs['href'], base);
}
