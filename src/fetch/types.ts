/**
 * Types of the fetch stage: options, the fetched page, the HTTP exchanges it was made
 * of (for WARC recording) and the conditional-request cache.
 */
import type { Dispatcher } from 'undici';

/** A validator pair remembered for a URL, with the body it validated. */
export interface CacheEntry {
  /** The `ETag` response header, if the server sent one. */
  etag?: string;
  /** The `Last-Modified` response header, if the server sent one. */
  lastModified?: string;
  /** The `Content-Type` of the cached response, or null. */
  contentType: string | null;
  /** The final URL the body was served from (after redirects). */
  url: string;
  /** The decoded (content-encoding removed) body. */
  body: Uint8Array;
}

/**
 * Storage for conditional requests. Any object with these two methods works, including a
 * plain `Map<string, CacheEntry>`; methods may be async (a database, a file).
 */
export interface FetchCache {
  get(url: string): CacheEntry | undefined | Promise<CacheEntry | undefined>;
  set(url: string, entry: CacheEntry): unknown;
}

/** One HTTP request and its response, as sent and received: what a WARC archive stores. */
export interface HttpExchange {
  /** The request URL. */
  url: string;
  /** When the request was sent. */
  date: Date;
  /** Request method (always `GET`). */
  method: string;
  /** Request headers as sent. */
  requestHeaders: [string, string][];
  /** Response status code. */
  status: number;
  /** Response status text (`OK`, `Not Found`, ...). */
  statusText: string;
  /** Response headers as received, `Transfer-Encoding` removed (the body below is de-chunked). */
  responseHeaders: [string, string][];
  /** The body as transferred: still content-encoded (gzip, br, ...), de-chunked. */
  body: Uint8Array;
  /** Set when `body` is not the whole body: `length` (over `maxBytes`) or `unspecified` (not read: not HTML, network error). */
  truncated?: 'length' | 'unspecified';
}

/**
 * Runs one HTTP request (`send`) to `url` when the caller's policy allows: the crawler's
 * politeness scheduler (robots.txt, per-host spacing and concurrency) plugs in here, so that
 * every request — redirect hops and retries included — passes through it. A `FetchError` it
 * throws (a refusal) ends the fetch with that error, without retries.
 */
export type RequestScheduler = <T>(url: URL, send: () => Promise<T>) => Promise<T>;

/**
 * Decides whether a resolved IP address may be connected to (for example to refuse private
 * networks). Returns false to refuse; the fetch then fails with a non-retried `NETWORK` error.
 */
export type AddressFilter = (address: string, family: 4 | 6, hostname: string) => boolean;

/** Options of {@link fetchPage}. Every field is optional; defaults suit small government servers. */
export interface FetchOptions {
  /** A contact URL or e-mail put in the User-Agent (`ward-news/<version> (+<contact>)`), so that site owners can reach you. */
  contact?: string;
  /** Replaces the whole User-Agent header. */
  userAgent?: string;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** TCP/TLS connect timeout, ms. Default 10,000. */
  connectTimeout?: number;
  /** Time to wait for the response headers, ms. Default 20,000. */
  headersTimeout?: number;
  /** Maximum silence between two body chunks, ms. Default 20,000. */
  bodyTimeout?: number;
  /** Deadline for one whole attempt (connect to last byte), ms: stops servers that drip bytes. Default 120,000. */
  timeout?: number;
  /**
   * Deadline for all the attempts of one fetch together (retries, backoff and redirect hops
   * included), ms, counted from the start of the first attempt — not from the call, so time
   * spent waiting for a polite scheduler's turn does not count. No retry starts that would
   * begin after it; an attempt running at it fails with `TIMEOUT`. Default none (each attempt
   * has `timeout`, up to `retries` + 1 attempts).
   */
  deadline?: number;
  /** Maximum redirects followed. Default 10. */
  maxRedirects?: number;
  /** Maximum body size in bytes, on the wire and after decompression. Default 20 MiB. */
  maxBytes?: number;
  /**
   * Keep the first `maxBytes` decoded bytes of a longer body instead of failing with
   * `TOO_LARGE`; the page is marked `truncated`. Default false. (robots.txt is read this way:
   * RFC 9309 asks for at least its first 500 KiB.)
   */
  truncate?: boolean;
  /** Retries after a network error, a timeout, 408, 429 or 5xx. Default 3. */
  retries?: number;
  /** First retry delay, ms; doubled on each retry, with ±50 % jitter. Default 1,000. */
  retryDelay?: number;
  /** Ceiling of one backoff delay, ms. Default 30,000. */
  maxRetryDelay?: number;
  /** A `Retry-After` longer than this (ms) is not waited for: the fetch fails with `HTTP_STATUS`. Default 120,000. */
  maxRetryAfter?: number;
  /** Accepted media types; anything else fails with `NOT_HTML`. A missing Content-Type is accepted. Default HTML and XHTML; `'*'` accepts all. */
  accept?: readonly string[] | '*';
  /** Conditional-request cache: validators are sent, a 304 returns the cached body. */
  cache?: FetchCache;
  /** Wraps every HTTP request (see {@link RequestScheduler}). */
  schedule?: RequestScheduler;
  /** Called with every HTTP exchange, redirects and failed attempts included (WARC recording). */
  onExchange?: (exchange: HttpExchange) => void | Promise<void>;
  /**
   * Checks each resolved address before connecting, on every request including redirect
   * hops. Default {@link isPublicAddress}: loopback, private, link-local and other special
   * addresses are refused. Pass `() => true` to allow every address (tests, intranets).
   */
  allowAddress?: AddressFilter;
  /** The undici dispatcher to use (connection pooling across calls). Default: a private agent per call. */
  dispatcher?: Dispatcher;
  /** Cancels the fetch; the signal's reason is thrown as is. */
  signal?: AbortSignal;
}

/** A fetched page. */
export interface FetchedPage {
  /** The final URL, after redirects. */
  url: string;
  /** The URL that was asked for. */
  requestedUrl: string;
  /** The HTTP status of the final response (200, or 304 when served from the cache). */
  status: number;
  /** Response headers of the final response, lower-cased names. */
  headers: Record<string, string>;
  /** The `Content-Type` header (its charset is what `extract` should be given), or null. */
  contentType: string | null;
  /** The body, content-encoding removed. */
  body: Uint8Array;
  /** True when the server answered 304 and `body` came from the cache. */
  fromCache: boolean;
  /** The URLs redirected through, in order (empty when there was no redirect). */
  redirects: string[];
  /** Set when `truncate` cut the body at `maxBytes`. */
  truncated?: true;
}
