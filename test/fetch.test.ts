import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../src/errors.js';
import { extract } from '../src/extract.js';
import { fetchArticle, fetchPage, type CacheEntry, type FetchOptions, type HttpExchange } from '../src/fetch/index.js';
import { failFirst, page, redirect, resetFirst, stall, startSite, wardFixtures, type Site } from './helpers/server.js';

const wards = wardFixtures();
const utf8 = wards.find((w) => w.charset === 'utf-8')!;
const legacy = wards.find((w) => w.charset !== 'utf-8')!;
// The test server is on loopback, which the fetcher refuses by default.
const local: FetchOptions = { allowAddress: () => true };
// Fast retries: the behaviour under test is whether and how often, not how long.
const quick: FetchOptions = { ...local, retryDelay: 5, maxRetryDelay: 20 };

async function failure(p: Promise<unknown>): Promise<FetchError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(FetchError);
  return e as FetchError;
}

let site: Site;
const url = (path: string): string => site.origin + path;

beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site.close());

describe('fetchPage', () => {
  it('returns the bytes, the final URL and the Content-Type, with a User-Agent naming the library and the contact', async () => {
    site.route('/ok', page(utf8.bytes, 'text/html; charset=utf-8'));
    const got = await fetchPage(url('/ok#frag'), { ...local, contact: 'https://example.org/contact' });
    expect(Buffer.from(got.body).equals(utf8.bytes)).toBe(true);
    expect(got.url).toBe(url('/ok'));
    expect(got.contentType).toBe('text/html; charset=utf-8');
    const ua = String(site.log.at(-1)!.headers['user-agent']);
    expect(ua).toMatch(/^ward-news\/\d+\.\d+\.\d+ \(\+https:\/\/example\.org\/contact\)$/);
  });

  it('decodes gzip, deflate (zlib and raw) and brotli bodies, and plain bytes mislabelled gzip', async () => {
    const encoders: [string, (b: Buffer) => Buffer][] = [
      ['gzip', zlib.gzipSync], ['deflate', zlib.deflateSync], ['deflate', zlib.deflateRawSync], ['br', zlib.brotliCompressSync],
      ['gzip', (b) => b],
    ];
    for (const [i, [coding, encode]] of encoders.entries()) {
      const body = encode(utf8.bytes);
      site.route(`/enc${i}`, (_q, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': coding }).end(body));
      const got = await fetchPage(url(`/enc${i}`), local);
      expect(Buffer.from(got.body).equals(utf8.bytes), coding).toBe(true);
    }
  });

  it('retries a 500 and succeeds', async () => {
    site.route('/500-then-ok', failFirst(1, 500, page(utf8.bytes)));
    const got = await fetchPage(url('/500-then-ok'), quick);
    expect(got.status).toBe(200);
    expect(site.hits('/500-then-ok')).toBe(2);
  });

  it('gives up after `retries` with HTTP_STATUS and the status', async () => {
    site.route('/always-503', failFirst(Infinity, 503, page('')));
    const e = await failure(fetchPage(url('/always-503'), { ...quick, retries: 2 }));
    expect(e.code).toBe('HTTP_STATUS');
    expect(e.details.status).toBe(503);
    expect(site.hits('/always-503')).toBe(3);
  });

  it('does not retry a 404', async () => {
    const e = await failure(fetchPage(url('/missing'), quick));
    expect([e.code, e.details.status]).toEqual(['HTTP_STATUS', 404]);
    expect(site.hits('/missing')).toBe(1);
  });

  it('waits as long as Retry-After asks on a 429 before retrying', async () => {
    site.route('/429', failFirst(1, 429, page(utf8.bytes), { 'retry-after': '1' }));
    await fetchPage(url('/429'), quick);
    const [first, second] = site.log.filter((r) => r.path === '/429');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000);
  });

  it('does not wait for a Retry-After beyond maxRetryAfter', async () => {
    site.route('/429-long', failFirst(Infinity, 429, page(''), { 'retry-after': '3600' }));
    const e = await failure(fetchPage(url('/429-long'), quick));
    expect([e.code, e.details.status]).toEqual(['HTTP_STATUS', 429]);
    expect(site.hits('/429-long')).toBe(1);
  });

  it('retries a connection reset mid-body, and reports NETWORK when it persists', async () => {
    site.route('/reset-once', resetFirst(1, utf8.bytes, page(utf8.bytes)));
    const got = await fetchPage(url('/reset-once'), quick);
    expect(Buffer.from(got.body).equals(utf8.bytes)).toBe(true);
    expect(site.hits('/reset-once')).toBe(2);
    site.route('/reset-always', resetFirst(Infinity, utf8.bytes, page('')));
    const e = await failure(fetchPage(url('/reset-always'), { ...quick, retries: 1 }));
    expect(e.code).toBe('NETWORK');
    expect(site.hits('/reset-always')).toBe(2);
  });

  it('times out a body that stalls, and headers that never come', async () => {
    site.route('/stall', stall(utf8.bytes));
    const e = await failure(fetchPage(url('/stall'), { ...quick, retries: 1, bodyTimeout: 150 }));
    expect(e.code).toBe('TIMEOUT');
    expect(site.hits('/stall')).toBe(2);
    site.route('/silent', () => {});
    const h = await failure(fetchPage(url('/silent'), { ...quick, retries: 0, headersTimeout: 150 }));
    expect(h.code).toBe('TIMEOUT');
    site.route('/drip', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const t = setInterval(() => (res.writableEnded || res.destroyed ? clearInterval(t) : res.write('x')), 20);
      res.on('close', () => clearInterval(t));
    });
    const d = await failure(fetchPage(url('/drip'), { ...quick, retries: 0, timeout: 300 }));
    expect(d.code).toBe('TIMEOUT');
  });

  it('follows redirects, and detects loops and over-long chains', async () => {
    site.route('/r1', redirect('/r2', 301));
    site.route('/r2', redirect(url('/ok'), 307));
    const got = await fetchPage(url('/r1'), local);
    expect(got.url).toBe(url('/ok'));
    expect(got.redirects).toEqual([url('/r1'), url('/r2')]);

    site.route('/loop-a', redirect('/loop-b'));
    site.route('/loop-b', redirect('/loop-a'));
    expect((await failure(fetchPage(url('/loop-a'), local))).code).toBe('REDIRECT_LOOP');

    for (let i = 0; i < 5; i++) site.route(`/chain${i}`, redirect(`/chain${i + 1}`));
    site.route('/chain5', page(utf8.bytes));
    expect((await failure(fetchPage(url('/chain0'), { ...local, maxRedirects: 3 }))).code).toBe('REDIRECT_LOOP');
    expect((await fetchPage(url('/chain0'), { ...local, maxRedirects: 5 })).url).toBe(url('/chain5'));

    site.route('/to-ftp', redirect('ftp://127.0.0.1/file'));
    expect((await failure(fetchPage(url('/to-ftp'), local))).code).toBe('NETWORK');
  });

  it('refuses a body over maxBytes, also when it only inflates past it', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 'a');
    site.route('/big', page(big));
    expect((await failure(fetchPage(url('/big'), { ...local, maxBytes: 1024 * 1024 }))).code).toBe('TOO_LARGE');
    const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024));
    site.route('/bomb', (_q, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect((await failure(fetchPage(url('/bomb'), { ...local, maxBytes: 1024 * 1024 }))).code).toBe('TOO_LARGE');
    expect(site.hits('/bomb')).toBe(1);
    // Stacked codings: the limit error, not a stage's AbortError (which would read as NETWORK and be retried).
    const double = zlib.gzipSync(zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024)));
    site.route('/bomb2', (_q, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip, gzip' }).end(double));
    expect((await failure(fetchPage(url('/bomb2'), { ...local, maxBytes: 1024 * 1024 }))).code).toBe('TOO_LARGE');
    expect(site.hits('/bomb2')).toBe(1);
  });

  it('refuses non-HTML content with NOT_HTML unless accepted', async () => {
    site.route('/doc.pdf', page(Buffer.from('%PDF-1.4'), 'application/pdf'));
    expect((await failure(fetchPage(url('/doc.pdf'), local))).code).toBe('NOT_HTML');
    expect((await fetchPage(url('/doc.pdf'), { ...local, accept: '*' })).contentType).toBe('application/pdf');
  });

  it('sends validators from the cache and serves a 304 from it', async () => {
    site.route('/cached', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"', 'last-modified': 'Mon, 15 Jun 2020 08:00:00 GMT' }).end(utf8.bytes);
    });
    const cache = new Map<string, CacheEntry>();
    const first = await fetchPage(url('/cached'), { ...local, cache });
    expect(first.fromCache).toBe(false);
    const second = await fetchPage(url('/cached'), { ...local, cache });
    expect(second.fromCache).toBe(true);
    expect(second.status).toBe(304);
    expect(Buffer.from(second.body).equals(utf8.bytes)).toBe(true);
    const last = site.log.at(-1)!.headers;
    expect([last['if-none-match'], last['if-modified-since']]).toEqual(['"v1"', 'Mon, 15 Jun 2020 08:00:00 GMT']);
  });

  it('checks the address before connecting when asked', async () => {
    const before = site.log.length;
    const e = await failure(fetchPage(url('/ok'), { ...quick, allowAddress: (a) => a !== '127.0.0.1' }));
    expect(e.code).toBe('NETWORK');
    const named = await failure(fetchPage(url('/ok').replace('127.0.0.1', 'localhost'), { ...quick, allowAddress: () => false }));
    expect(named.code).toBe('NETWORK');
    expect(site.log.length).toBe(before);
  });

  it('reports every exchange, redirects and retries included, with the raw encoded body', async () => {
    const gz = zlib.gzipSync(utf8.bytes);
    site.route('/rec', redirect('/rec-final'));
    site.route('/rec-final', failFirst(1, 502, (_q, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gz)));
    const seen: HttpExchange[] = [];
    await fetchPage(url('/rec'), { ...quick, onExchange: (x) => void seen.push(x) });
    expect(seen.map((x) => [new URL(x.url).pathname, x.status])).toEqual([['/rec', 302], ['/rec-final', 502], ['/rec-final', 200]]);
    expect(Buffer.from(seen[2]!.body).equals(gz)).toBe(true);
  });
});

describe('fetchArticle', () => {
  it('extracts with the HTTP charset, for a legacy encoding', async () => {
    site.route('/legacy', page(legacy.bytes, `text/html; charset=${legacy.charset}`));
    const got = await fetchArticle(url('/legacy'), local);
    expect(got).toEqual(extract(legacy.bytes, { url: url('/legacy'), contentType: `text/html; charset=${legacy.charset}` }));
    expect(got.title).toBe(legacy.expected.title);
  });

  it('gets the same article when the charset header is wrong', async () => {
    site.route('/mislabelled', page(utf8.bytes, 'text/html; charset=iso-8859-1'));
    const got = await fetchArticle(url('/mislabelled'), local);
    expect(got).toEqual(extract(utf8.bytes, { url: url('/mislabelled'), contentType: 'text/html; charset=utf-8' }));
  });

  it('uses the final URL after redirects as Article.url', async () => {
    site.route('/moved', redirect('/ok', 301));
    expect((await fetchArticle(url('/moved'), local)).url).toBe(url('/ok'));
  });
});
