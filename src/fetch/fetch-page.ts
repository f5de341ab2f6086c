/**
 * `fetchPage`: one page over HTTP(S) with undici — redirects, retries, timeouts, size limit,
 * content-type check, conditional requests. Every failure is a {@link FetchError}.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { performance } from 'node:perf_hooks';
import { request, type Dispatcher } from 'undici';
import { FetchError } from '../errors.js';
import { AddressNotAllowedError, checkLiteralAddress, createAgent } from './agent.js';
import { BodyTooLargeError, readBody } from './body.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter, sleep } from './retry.js';
import type { CacheEntry, FetchedPage, FetchOptions, HttpExchange } from './types.js';
import { userAgent } from './user-agent.js';

const HTML_TYPES = ['text/html', 'application/xhtml+xml'] as const;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** What one request returned, body read. */
interface Response {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
  truncated?: boolean;
}

/** Lower-cased header map, repeated headers joined with `, ` (as HTTP allows). */
function flatHeaders(h: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Header pairs for the archive; `Transfer-Encoding` dropped because the stored body is de-chunked. */
function headerPairs(h: IncomingHttpHeaders): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined || k === 'transfer-encoding') continue;
    for (const one of Array.isArray(v) ? v : [v]) out.push([k, one]);
  }
  return out;
}

/** The media type of a Content-Type value, lower-cased, parameters removed. */
function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/** An http(s) URL, or a `NETWORK` FetchError for anything else. */
function httpUrl(input: string | URL, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch (cause) {
    throw new FetchError('NETWORK', `invalid URL: ${String(input)}`, { url: String(input), cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('NETWORK', `unsupported URL scheme ${url.protocol}`, { url: url.href });
  }
  url.hash = '';
  return url;
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * Maps whatever a request threw to a FetchError; `retryable` says whether another attempt may
 * help. A FetchError is already a verdict (a scheduler's refusal, robots.txt unreachable after
 * its own retries, an unaccepted type): another attempt would get the same answer.
 */
function classify(e: unknown, url: string): { error: FetchError; retryable: boolean } {
  if (e instanceof FetchError) return { error: e, retryable: false };
  if (e instanceof BodyTooLargeError) {
    return { error: new FetchError('TOO_LARGE', `${url}: ${e.message}`, { url }), retryable: false };
  }
  const err = e as { code?: string; name?: string; cause?: unknown; message?: string };
  if (e instanceof AddressNotAllowedError || err.cause instanceof AddressNotAllowedError) {
    return { error: new FetchError('NETWORK', `${url}: ${(err.cause as Error | undefined)?.message ?? err.message}`, { url, cause: e }), retryable: false };
  }
  if ((err.code && TIMEOUT_CODES.has(err.code)) || err.name === 'TimeoutError') {
    return { error: new FetchError('TIMEOUT', `${url}: ${err.message ?? 'timed out'}`, { url, cause: e }), retryable: true };
  }
  return { error: new FetchError('NETWORK', `${url}: ${err.message ?? String(e)}`, { url, cause: e }), retryable: true };
}

interface Settings {
  dispatcher: Dispatcher;
  headers: Record<string, string>;
  accept: readonly string[] | '*';
  maxBytes: number;
  headersTimeout: number;
  bodyTimeout: number;
  timeout: number;
  options: FetchOptions;
  /** performance.now() after which no attempt starts or lasts (set when the first attempt starts, with `deadline`). */
  deadlineAt?: number;
}

/** Time left before the deadline, ms (Infinity without one); the clock starts with the first attempt. */
function timeLeft(s: Settings): number {
  if (s.options.deadline === undefined) return Infinity;
  s.deadlineAt ??= performance.now() + s.options.deadline;
  return s.deadlineAt - performance.now();
}

function deadlinePassed(url: URL, s: Settings): FetchError {
  return new FetchError('TIMEOUT', `${url.href}: deadline of ${s.options.deadline} ms for all attempts passed`, { url: url.href });
}

/**
 * One GET, body read (decoded only for a 2xx answer). Reports the exchange to `onExchange`.
 * Throws NOT_HTML for a 2xx answer of an unaccepted type before its body is downloaded.
 */
async function exchange(url: URL, extra: Record<string, string>, s: Settings): Promise<Response> {
  checkLiteralAddress(url, s.options.allowAddress);
  const left = timeLeft(s);
  if (left <= 0) throw deadlinePassed(url, s);
  const signals = [AbortSignal.timeout(Math.ceil(Math.min(s.timeout, left))), ...(s.options.signal ? [s.options.signal] : [])];
  const requestHeaders = { ...s.headers, ...extra };
  const date = new Date();
  const res = await request(url, {
    dispatcher: s.dispatcher,
    method: 'GET',
    headers: requestHeaders,
    headersTimeout: s.headersTimeout,
    bodyTimeout: s.bodyTimeout,
    signal: AbortSignal.any(signals),
  });
  const headers = flatHeaders(res.headers);
  const record = s.options.onExchange;
  const report = async (body: Uint8Array, truncated?: HttpExchange['truncated']): Promise<void> => {
    if (!record) return;
    await record({
      url: url.href, date, method: 'GET',
      requestHeaders: Object.entries(requestHeaders),
      status: res.statusCode, statusText: res.statusText ?? '',
      responseHeaders: headerPairs(res.headers), body,
      ...(truncated ? { truncated } : {}),
    });
  };
  const ok = res.statusCode >= 200 && res.statusCode < 300;
  const type = mediaType(headers['content-type']);
  if (ok && s.accept !== '*' && type !== undefined && !s.accept.includes(type)) {
    // Dropping the connection beats downloading a PDF we will not use; the abort is expected.
    res.body.on('error', () => {});
    res.body.destroy();
    await report(new Uint8Array(0), 'unspecified');
    throw new FetchError('NOT_HTML', `${url.href}: content type ${type}`, { url: url.href, status: res.statusCode });
  }
  try {
    const read = await readBody(res.body, headers['content-encoding'], {
      maxBytes: s.maxBytes, keepRaw: record !== undefined, decode: ok, truncate: s.options.truncate === true,
    });
    await report(read.raw, read.truncated ? 'length' : undefined);
    return { status: res.statusCode, headers, body: read.body, truncated: read.truncated };
  } catch (e) {
    if (e instanceof BodyTooLargeError) {
      const raw = Buffer.concat(e.raw);
      await report(raw, 'length');
    }
    throw e;
  }
}

/** An exchange, retried with backoff on network errors, timeouts and retryable statuses. */
async function withRetries(url: URL, extra: Record<string, string>, s: Settings): Promise<Response> {
  const { retries = 3, retryDelay = 1000, maxRetryDelay = 30_000, maxRetryAfter = 120_000, schedule, signal } = s.options;
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = schedule ? await schedule(url, () => exchange(url, extra, s)) : await exchange(url, extra, s);
    } catch (e) {
      if (signal?.aborted) throw signal.reason;
      // A scheduler that stopped (a crawl's Ctrl-C) refuses with a DOMException AbortError: not
      // retried, thrown as is. (undici's own RequestAbortedError is no DOMException.)
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      const { error, retryable } = classify(e, url.href);
      const delay = backoffDelay(attempt, retryDelay, maxRetryDelay);
      if (!retryable || attempt >= retries || delay >= timeLeft(s)) throw error;
      await sleep(delay, signal);
      continue;
    }
    if (!isRetryableStatus(res.status) || attempt >= retries) return res;
    const asked = parseRetryAfter(res.headers['retry-after']);
    if (asked !== null && asked > maxRetryAfter) return res;
    const delay = asked ?? backoffDelay(attempt, retryDelay, maxRetryDelay);
    if (delay >= timeLeft(s)) return res;
    await sleep(delay, signal);
  }
}

/**
 * Fetches one page. Follows up to `maxRedirects` http(s) redirects (a revisited URL fails
 * with `REDIRECT_LOOP`), retries transient failures with exponential backoff and jitter
 * (honouring `Retry-After`), decodes gzip / deflate / br, and enforces `maxBytes` while
 * streaming. With a `cache`, sends `If-None-Match` / `If-Modified-Since` and serves a 304
 * from it.
 *
 * @throws {FetchError} `TIMEOUT`, `NETWORK`, `HTTP_STATUS` (a non-2xx final answer),
 *   `TOO_LARGE`, `NOT_HTML`, `REDIRECT_LOOP`, or `ROBOTS_DISALLOWED` from a scheduler.
 */
export async function fetchPage(url: string | URL, options: FetchOptions = {}): Promise<FetchedPage> {
  const start = httpUrl(url);
  const own = options.dispatcher ? undefined : createAgent(options);
  const s: Settings = {
    dispatcher: options.dispatcher ?? own!,
    headers: {
      'user-agent': options.userAgent ?? userAgent(options.contact),
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
      'accept-encoding': 'gzip, deflate, br',
      'accept-language': 'vi,en;q=0.5',
      ...options.headers,
    },
    accept: options.accept ?? HTML_TYPES,
    maxBytes: options.maxBytes ?? 20 * 1024 * 1024,
    headersTimeout: options.headersTimeout ?? 20_000,
    bodyTimeout: options.bodyTimeout ?? 20_000,
    timeout: options.timeout ?? 120_000,
    options,
  };
  try {
    const cached = options.cache ? await options.cache.get(start.href) : undefined;
    const maxRedirects = options.maxRedirects ?? 10;
    const seen = new Set([start.href]);
    const redirects: string[] = [];
    let current = start;
    for (;;) {
      const extra: Record<string, string> = {};
      if (cached && cached.url === current.href) {
        if (cached.etag) extra['if-none-match'] = cached.etag;
        if (cached.lastModified) extra['if-modified-since'] = cached.lastModified;
      }
      const res = await withRetries(current, extra, s);
      const location = res.headers.location;
      if (REDIRECT_STATUSES.has(res.status) && location) {
        const next = httpUrl(location, current);
        if (seen.has(next.href) || redirects.length >= maxRedirects) {
          throw new FetchError('REDIRECT_LOOP', `${start.href}: ${seen.has(next.href) ? 'redirect loop' : 'too many redirects'} at ${next.href}`, { url: start.href, status: res.status });
        }
        seen.add(next.href);
        redirects.push(current.href);
        current = next;
        continue;
      }
      if (res.status === 304 && cached) {
        return { url: cached.url, requestedUrl: start.href, status: 304, headers: res.headers, contentType: cached.contentType, body: cached.body, fromCache: true, redirects };
      }
      if (res.status < 200 || res.status >= 300) {
        throw new FetchError('HTTP_STATUS', `${current.href}: HTTP ${res.status}`, { url: current.href, status: res.status });
      }
      const contentType = res.headers['content-type'] ?? null;
      if (options.cache && (res.headers.etag || res.headers['last-modified'])) {
        const entry: CacheEntry = { url: current.href, contentType, body: res.body };
        if (res.headers.etag) entry.etag = res.headers.etag;
        if (res.headers['last-modified']) entry.lastModified = res.headers['last-modified'];
        await options.cache.set(start.href, entry);
      }
      const got: FetchedPage = { url: current.href, requestedUrl: start.href, status: res.status, headers: res.headers, contentType, body: res.body, fromCache: false, redirects };
      if (res.truncated) got.truncated = true;
      return got;
    }
  } finally {
    await own?.close();
  }
}
