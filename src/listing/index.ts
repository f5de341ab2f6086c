/**
 * `extractListing`: the article links of a category page, its next page and its feeds.
 *
 * Pipeline: decode → parse → index → resolve links → score candidate lists → pick the
 * list (and the blocks that continue it) → pager → feeds. See docs/listing.md.
 */
import { decode } from '../decode/index.js';
import { checkPageInput } from '../errors.js';
import { parse } from '../parse/index.js';
import type { Listing, ListingEntry } from '../types.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_NODES } from '../tuning.js';
import { indexPage } from './dom.js';
import { advertisedFeeds } from './feeds.js';
import { candidateLists, pageLinks } from './groups.js';
import { anchorUrl, isArticleLikeUrl, pageUrls } from './links.js';
import { findNextPage } from './pagination.js';
import { chooseList, MIN_LIST_SCORE } from './select.js';

/** Options of {@link extractListing}. */
export interface ListingOptions {
  /** The URL the page was fetched from: resolves relative links and becomes `Listing.url`. */
  url?: string;
  /** The HTTP `Content-Type` header, whose charset outranks the page's own `<meta charset>`. */
  contentType?: string;
  /** Refuse inputs larger than this many bytes (UTF-16 code units for strings) with `ExtractError('TOO_LARGE')`. Default 50 MiB. */
  maxBytes?: number;
  /** Stop parsing after this many DOM nodes and work on what was parsed. Default 1,000,000. */
  maxNodes?: number;
}

// Stands in for the page address when none is known, so that relative links can still be
// compared; it is stripped again from the output (links stay root-relative).
const UNKNOWN_BASE = new URL('http://unknown.invalid/');

/**
 * Reads a category (listing) page of a portal: the article links of the list itself
 * (absolute, de-duplicated, in page order, with the title and date printed beside each;
 * sidebars, menus and footers excluded), the next page of the list, and the feeds the page
 * advertises. Links stay root-relative when neither `options.url` nor a canonical link
 * gives the page address.
 *
 * @throws {ExtractError} `INVALID_INPUT` when the input is neither a string nor bytes,
 *   `TOO_LARGE` beyond `maxBytes`.
 */
export function extractListing(input: string | Uint8Array, options: ListingOptions = {}): Listing {
  checkPageInput(input, options.maxBytes ?? DEFAULT_MAX_BYTES, 'extractListing');
  const { html } = decode(input, options.contentType);
  const { document } = parse(html, { maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES, parser: 'htmlparser2' });
  const index = indexPage(document);
  const urls = pageUrls(index, options.url);
  const base = urls.base ?? UNKNOWN_BASE;
  const links = pageLinks(index, (a) => {
    const u = anchorUrl(a, base);
    return u !== null && u !== urls.self && isArticleLikeUrl(u) ? u : null;
  });
  const list = chooseList(candidateLists(index, links, base.host, MIN_LIST_SCORE), index, links);
  const nextPage = findNextPage(index, {
    base,
    self: urls.self,
    listEnd: list ? list.end : null,
  });
  const articles = (list?.entries ?? []).filter((e) => e.url !== nextPage).map((e) => output(e, urls.base));
  return {
    url: urls.self,
    articles,
    nextPage: nextPage === null ? null : strip(nextPage, urls.base),
    feeds: advertisedFeeds(index, base).map((f) => strip(f, urls.base)),
  };
}

function output(e: ListingEntry, known: URL | null): ListingEntry {
  return { ...e, url: strip(e.url, known) };
}

function strip(url: string, known: URL | null): string {
  return known === null && url.startsWith(UNKNOWN_BASE.origin) ? url.slice(UNKNOWN_BASE.origin.length) : url;
}
