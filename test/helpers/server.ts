/**
 * Real HTTP servers on 127.0.0.1 for the fetch and crawl tests: the fixture corpus served
 * as bytes, listing pages rewritten to point at the servers, and injectable faults. Every
 * request is logged with its arrival time (performance.now()) for spacing assertions.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** A ward fixture: page bytes and what a correct extraction returns. */
export interface WardFixture {
  id: string;
  family: string;
  url: string;
  charset: string;
  bytes: Buffer;
  expected: { title: string; publishedAt: string | null; [k: string]: unknown };
}

/** A listing fixture. */
export interface ListingFixture {
  family: string;
  url: string;
  nextPage: string | null;
  articles: { url: string; title: string; publishedAt: string | null }[];
  html: string;
}

/** Every `fixtures/ward/<id>`. */
export function wardFixtures(): WardFixture[] {
  const dir = join(FIXTURES, 'ward');
  return readdirSync(dir).sort().map((id) => {
    const expected = JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8'));
    return { id, family: expected.family, url: expected.url, charset: expected.charset, bytes: readFileSync(join(dir, id, 'page.html')), expected };
  });
}

/** Every `fixtures/listing/<family>`. */
export function listingFixtures(): ListingFixture[] {
  const dir = join(FIXTURES, 'listing');
  return readdirSync(dir).sort().map((family) => {
    const expected = JSON.parse(readFileSync(join(dir, family, 'expected.json'), 'utf8'));
    return { ...expected, html: readFileSync(join(dir, family, 'page.html'), 'utf8') };
  });
}

/** One logged request. */
export interface LoggedRequest {
  /** Path and query as requested. */
  path: string;
  /** Arrival time, performance.now() ms. */
  at: number;
  /** When the response was finished or the connection closed, performance.now() ms. */
  end?: number;
  headers: http.IncomingHttpHeaders;
}

/** Answers one request; `n` counts earlier requests to the same path (0 for the first). */
export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void;

/** A server standing for one portal host. */
export interface Site {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request received, in arrival order. */
  log: LoggedRequest[];
  /** Serves `handler` at an exact path + query (`/robots.txt`, `/?a=1`). */
  route(path: string, handler: Handler): void;
  /** Paths requested, counted. */
  hits(path: string): number;
  close(): Promise<void>;
}

/** Starts a site on 127.0.0.1, port chosen by the OS. Unknown paths answer 404. */
export async function startSite(): Promise<Site> {
  const routes = new Map<string, Handler>();
  const counts = new Map<string, number>();
  const log: LoggedRequest[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const entry: LoggedRequest = { path, at: performance.now(), headers: req.headers };
    log.push(entry);
    res.on('close', () => (entry.end = performance.now()));
    const n = counts.get(path) ?? 0;
    counts.set(path, n + 1);
    const handler = routes.get(path);
    if (handler) handler(req, res, n);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404</h1>');
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    route: (path, handler) => void routes.set(path, handler),
    hits: (path) => counts.get(path) ?? 0,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

// ---- handlers ------------------------------------------------------------------------

/** 200 with the bytes; gzip-encoded when `gzip` and the client accepts it. */
export function page(body: Buffer | string, contentType = 'text/html; charset=utf-8', { gzip = false } = {}): Handler {
  const bytes = Buffer.from(body);
  return (req, res) => {
    if (gzip && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      const z = zlib.gzipSync(bytes);
      res.writeHead(200, { 'content-type': contentType, 'content-encoding': 'gzip', 'content-length': z.length }).end(z);
    } else {
      res.writeHead(200, { 'content-type': contentType, 'content-length': bytes.length }).end(bytes);
    }
  };
}

/** `status` for the first `times` requests, then `then`. */
export function failFirst(times: number, status: number, then: Handler, headers: Record<string, string> = {}): Handler {
  return (req, res, n) => {
    if (n < times) res.writeHead(status, { 'content-type': 'text/html', ...headers }).end(`<h1>${status}</h1>`);
    else then(req, res, n);
  };
}

/** The first `times` requests get half the body, then the connection is reset. */
export function resetFirst(times: number, body: Buffer, then: Handler): Handler {
  return (req, res, n) => {
    if (n >= times) return then(req, res, n);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
    res.write(body.subarray(0, body.length >> 1), () => setTimeout(() => req.socket.resetAndDestroy(), 10));
  };
}

/** Sends half the body, then nothing more (until the client gives up). */
export function stall(body: Buffer): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
    res.write(body.subarray(0, body.length >> 1));
  };
}

/** A redirect. */
export function redirect(location: string, status = 302): Handler {
  return (_req, res) => void res.writeHead(status, { location }).end();
}

/** A text/plain answer (robots.txt). */
export function text(body: string): Handler {
  return (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(body);
}

// ---- the served corpus ---------------------------------------------------------------

/** One article the corpus serves: its URL on a test site and the bytes behind it. */
export interface ServedArticle {
  url: string;
  fixture: WardFixture;
  contentType: string;
  /** The date the listing prints beside the link. */
  listedAt: string | null;
  /** 1 or 2: the listing page that links it; 0 for a feed. */
  listingPage: number;
}

/** The corpus on test servers: one site per listing family. */
export interface Corpus {
  sites: Map<string, Site>;
  /** Listing start URLs, one per family. */
  startUrls: string[];
  /** Every article URL a listing links to, with what is served there. */
  articles: Map<string, ServedArticle>;
  /** Articles only the portals' own feeds link to (`fixtures/feeds`), served too. */
  feedArticles: Map<string, ServedArticle>;
  close(): Promise<void>;
}

/** `path + search` of a URL. */
export const pathOf = (u: string | URL): string => {
  const url = new URL(u);
  return url.pathname + url.search;
};

/**
 * A second article URL derived from a first one, the way pagination shows other items:
 * the last number of the query changed, else the slug extended.
 */
function secondPageVariant(u: string): string {
  const url = new URL(u);
  if (/\d/.test(url.search)) {
    url.search = url.search.replace(/(\d+)(?!.*\d)/, (n) => String(Number(n) + 100000));
  } else {
    url.pathname = url.pathname.replace(/([^/]+)(\/?)$/, '$1-trang-2$2');
  }
  return url.href;
}

/** True when `u` is another page of the listing at `base` (same path prefix, its query parameters kept). */
function isPaginationOf(u: URL, base: URL): boolean {
  if (u.href === base.href || !u.pathname.startsWith(base.pathname)) return false;
  return [...base.searchParams].every(([k, v]) => u.searchParams.get(k) === v);
}

/**
 * Rewrites a listing page: every link of the listing's own origin points at the test site,
 * links in `articleMap` are replaced by their mapped URL, and with `lastPage` every link to
 * another page of the list points back to the first page (so the list ends there).
 */
function rewriteListing(html: string, base: string, origin: string, articleMap: Map<string, string>, lastPage = false): string {
  const baseUrl = new URL(base);
  return html.replace(/\b(href|src|action)=("([^"]*)"|'([^']*)')/gi, (all, attr: string, _q, dq?: string, sq?: string) => {
    const raw = (dq ?? sq ?? '').replace(/&amp;/g, '&');
    let abs: URL;
    try {
      abs = new URL(raw, base);
    } catch {
      return all;
    }
    if (abs.origin !== baseUrl.origin || raw.startsWith('#') || raw.startsWith('javascript:')) return all;
    abs.hash = '';
    let mapped = articleMap.get(abs.href) ?? abs.href;
    if (lastPage && !articleMap.has(abs.href) && isPaginationOf(abs, baseUrl)) mapped = base;
    const target = origin + pathOf(mapped);
    return `${attr}="${target.replace(/&/g, '&amp;')}"`;
  });
}

/**
 * Serves the listing fixtures, each on its own site, with two pages per listing: page 1 as
 * the fixture, page 2 (at the fixture's `nextPage`) listing different article URLs, its
 * pagination links pointing back to page 1 (the end of the list). Every listed article URL serves a ward fixture of the same
 * family (the one with that very URL when the corpus has it). `gzip` makes the named
 * families answer gzip-encoded.
 */
export async function startCorpus({ gzipFamilies = [] as string[] } = {}): Promise<Corpus> {
  const wards = wardFixtures();
  const sites = new Map<string, Site>();
  const articles = new Map<string, ServedArticle>();
  const feedArticles = new Map<string, ServedArticle>();
  const startUrls: string[] = [];
  for (const listing of listingFixtures()) {
    const site = await startSite();
    sites.set(listing.family, site);
    const gzip = gzipFamilies.includes(listing.family);
    const family = wards.filter((w) => w.family === listing.family);
    const page1 = listing.articles.map((a) => a.url);
    const page2 = page1.map(secondPageVariant);
    [...page1, ...page2].forEach((original, i) => {
      const fixture = family.find((w) => w.url === original) ?? family[i % family.length]!;
      const url = site.origin + pathOf(original);
      const contentType = `text/html; charset=${fixture.charset}`;
      const listedAt = listing.articles[i % page1.length]!.publishedAt;
      articles.set(url, { url, fixture, contentType, listedAt, listingPage: i < page1.length ? 1 : 2 });
      site.route(pathOf(original), page(fixture.bytes, contentType, { gzip }));
    });
    const html1 = rewriteListing(listing.html, listing.url, site.origin, new Map());
    site.route(pathOf(listing.url), page(html1, 'text/html; charset=utf-8', { gzip }));
    startUrls.push(site.origin + pathOf(listing.url));
    const feedPath = join(FIXTURES, 'feeds', `${listing.family}.xml`);
    if (existsSync(feedPath)) {
      const xml = readFileSync(feedPath, 'utf8').split(new URL(listing.url).origin).join(site.origin);
      const self = /<atom:link[^>]*href="([^"]+)"/.exec(xml)?.[1];
      // Every feed the listing advertises answers: the fixture at its own address, an empty channel elsewhere.
      for (const m of listing.html.matchAll(/<link[^>]*type="application\/(?:rss|atom)\+xml"[^>]*href="([^"]+)"/g)) {
        site.route(pathOf(new URL(m[1]!, listing.url)), page('<?xml version="1.0"?><rss version="2.0"><channel><title>-</title></channel></rss>', 'application/rss+xml'));
      }
      if (self) site.route(pathOf(self), page(xml, 'application/rss+xml; charset=UTF-8'));
      for (const [i, link] of [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!).entries()) {
        if (articles.has(link)) continue;
        const fixture = family[i % family.length]!;
        const contentType = `text/html; charset=${fixture.charset}`;
        feedArticles.set(link, { url: link, fixture, contentType, listedAt: null, listingPage: 0 });
        site.route(pathOf(link), page(fixture.bytes, contentType, { gzip }));
      }
    }
    if (listing.nextPage) {
      const toPage2 = new Map(page1.map((u, i) => [u, page2[i]!]));
      const html2 = rewriteListing(listing.html, listing.url, site.origin, toPage2, true);
      site.route(pathOf(listing.nextPage), page(html2, 'text/html; charset=utf-8', { gzip }));
    }
  }
  return {
    sites, startUrls, articles, feedArticles,
    close: async () => void (await Promise.all([...sites.values()].map((s) => s.close()))),
  };
}
