/**
 * Feeds a page advertises: `<link rel="alternate" type="application/rss+xml">` (or Atom, RDF).
 */
import type { PageIndex } from './dom.js';
import { resolveHref } from './links.js';

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml']);

/** Absolute URLs of the advertised feeds, de-duplicated, in page order. */
export function advertisedFeeds(index: PageIndex, base: URL | null): string[] {
  const out: string[] = [];
  for (const el of index.elements) {
    if (el.name !== 'link') continue;
    const rel = (el.attribs['rel'] ?? '').toLowerCase().split(/\s+/);
    const type = (el.attribs['type'] ?? '').toLowerCase().split(';')[0]!.trim();
    if (!rel.includes('alternate') || !FEED_TYPES.has(type)) continue;
    const url = resolveHref(el.attribs['href'], base);
    if (url !== null && !out.includes(url)) out.push(url);
  }
  return out;
}
