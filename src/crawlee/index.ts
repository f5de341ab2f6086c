/**
 * `ward-news/crawlee`: ward-news inside Crawlee. A router for `CheerioCrawler` that reads
 * listing pages with `extractListing` and article pages with `extract` (the code `crawl()`
 * runs), enqueues article links and the next page, and pushes every article to a Dataset.
 * This is the only module that imports crawlee (an optional peer dependency).
 */
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import {
  createCheerioRouter, type CheerioCrawlerOptions, type CheerioCrawlingContext, type CheerioHook, type EnqueueStrategy, type RouterHandler,
} from 'crawlee';
import { canonicalUrl } from '../crawl/url.js';
import { ExtractError } from '../errors.js';
import { extract } from '../extract.js';
import { extractListing } from '../listing/index.js';
import { userAgent } from '../fetch/user-agent.js';
import type { PageTree } from '../parse/tree.js';
import type { Article, ExtractOptions } from '../types.js';

/** Request label of listing (category) pages. Unlabelled requests (start URLs) are read as listings too. */
export const LISTING = 'WARD_NEWS_LISTING';
/** Request label of article pages. */
export const ARTICLE = 'WARD_NEWS_ARTICLE';

/** What the router pushes to the Dataset for each article (the shape of `crawl()`'s article results). */
export interface CrawleeArticle {
  /** Canonical final URL (after redirects). */
  url: string;
  /** The URL as enqueued. */
  requestedUrl: string;
  /** The listing page that linked it; null for a start URL that was an article. */
  listing: string | null;
  article: Article;
}

/** Options of {@link createWardNewsRouter}. */
export interface WardNewsRouterOptions {
  /** Dataset to push articles to (name or id). Default: the crawler's default Dataset. */
  dataset?: string;
  /**
   * Which article and next-page links to enqueue, as Crawlee's `enqueueLinks` strategy. Default
   * `all`, as `crawl()`: the links come from the list itself (menus and sidebars excluded).
   * `same-hostname` keeps a crawl sharded by host on its own hosts.
   */
  strategy?: EnqueueStrategy | 'all' | 'same-domain' | 'same-hostname' | 'same-origin';
  /** Follow each listing's next-page link. Default true. */
  paginate?: boolean;
  /** Passed to `extract` and `extractListing`. */
  maxNodes?: number;
  /** Passed to `extract` and `extractListing`. Default 50 MiB. */
  maxBytes?: number;
}

/** Options of {@link wardNewsCrawlerOptions}: the router's, and how the crawler introduces itself. */
export interface WardNewsCrawlerOptions extends WardNewsRouterOptions {
  /** Contact URL or e-mail put in the User-Agent (`ward-news/<version> (+<contact>)`), as `ward-news crawl --contact`. */
  contact?: string;
  /**
   * The User-Agent sent: default ward-news's own (what `ward-news crawl` sends, so that portal
   * administrators can tell who crawls them, and robots.txt groups for `ward-news` apply); a
   * string of your own; or false to keep Crawlee's browser-like headers.
   */
  userAgent?: string | false;
}

// Raw response bytes by request, kept by keepRawBody until the handler takes them.
const rawBodies = new WeakMap<object, Buffer>();

// What Crawlee reads from the response object after navigation.
const RESPONSE_FIELDS = [
  'statusCode', 'statusMessage', 'headers', 'url', 'complete', 'httpVersion', 'rawHeaders',
  'trailers', 'rawTrailers', 'request', 'redirectUrls', 'timings', 'ip',
] as const;

/**
 * Post-navigation hook that keeps the response body as the server sent it (after
 * Content-Encoding), before Crawlee decodes it: CheerioCrawler reads every page as UTF-8,
 * which garbles windows-1258 and other legacy pages, while `extract` decodes bytes as a
 * browser does (header charset, BOM, `<meta charset>`). It buffers the body and hands Crawlee
 * a replay of it, so Crawlee works as before.
 */
export const keepRawBody: CheerioHook = async (context) => {
  const response = context.response as IncomingMessage | undefined;
  if (!response) return;
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  const body = Buffer.concat(chunks);
  rawBodies.set(context.request, body);
  const replay = Readable.from([body], { objectMode: false }) as unknown as Record<string, unknown>;
  for (const field of RESPONSE_FIELDS) if (field in response) replay[field] = (response as unknown as Record<string, unknown>)[field];
  context.response = replay as unknown as IncomingMessage;
};

/** The page as `extract` wants it: raw bytes and the Content-Type header (or Crawlee's decoded text without the hook). */
function pageOf(context: CheerioCrawlingContext, options: WardNewsRouterOptions): { input: string | Uint8Array; tree?: PageTree; options: ExtractOptions } {
  const url = context.request.loadedUrl ?? context.request.url;
  const o: ExtractOptions = { url };
  if (options.maxNodes !== undefined) o.maxNodes = options.maxNodes;
  if (options.maxBytes !== undefined) o.maxBytes = options.maxBytes;
  const status = context.response.statusCode ?? 200;
  if (status >= 400) {
    // Crawlee hands 4xx pages to the handler; crawl() reports them, and so do we (retrying only 408 and 429).
    if (status !== 408 && status !== 429) context.request.noRetry = true;
    throw new Error(`HTTP ${status} for ${url}`);
  }
  const raw = rawBodies.get(context.request);
  if (!raw) {
    context.log.warning('ward-news: keepRawBody is not in postNavigationHooks; decoding may differ from extract()');
    return { input: String(context.body), tree: context.$, options: o };
  }
  rawBodies.delete(context.request);
  const contentType = context.response.headers['content-type'];
  if (contentType) o.contentType = contentType;
  return { input: raw, options: o };
}

async function handleArticle(context: CheerioCrawlingContext, options: WardNewsRouterOptions, page = pageOf(context, options)): Promise<void> {
  // Without the raw bytes, Crawlee's own parse ($) is read as it is rather than parsed again.
  const article = extract(page.tree ?? page.input, page.options);
  const url = page.options.url!;
  const record: CrawleeArticle = {
    url: canonicalUrl(url) ?? url,
    requestedUrl: context.request.url,
    listing: typeof context.request.userData.listing === 'string' ? context.request.userData.listing : null,
    article,
  };
  await context.pushData(record, options.dataset);
}

async function handleListing(context: CheerioCrawlingContext, options: WardNewsRouterOptions, labelled: boolean): Promise<void> {
  const page = pageOf(context, options);
  const listing = extractListing(page.input, page.options);
  // A start URL with no list is an article page: extract it rather than drop it.
  if (!labelled && listing.articles.length === 0) return handleArticle(context, options, page);
  const self = canonicalUrl(page.options.url!) ?? page.options.url!;
  const articles = listing.articles.flatMap((a) => canonicalUrl(a.url) ?? []);
  const strategy = options.strategy ?? 'all';
  await context.enqueueLinks({ urls: articles, label: ARTICLE, userData: { listing: self }, strategy });
  const next = listing.nextPage ? canonicalUrl(listing.nextPage) : null;
  if (next && options.paginate !== false) await context.enqueueLinks({ urls: [next], label: LISTING, strategy });
}

/**
 * A router for Crawlee's `CheerioCrawler`: start URLs (unlabelled) and {@link LISTING}
 * requests are read as listing pages (their article links enqueued as {@link ARTICLE}, their
 * next page as {@link LISTING}; an unlabelled page without a list is taken as an article),
 * and {@link ARTICLE} requests are extracted and pushed to the Dataset as
 * {@link CrawleeArticle}s. Put {@link keepRawBody} in the crawler's `postNavigationHooks`
 * (or use {@link wardNewsCrawlerOptions}) so that pages are decoded from their bytes.
 */
export function createWardNewsRouter(options: WardNewsRouterOptions = {}): RouterHandler<CheerioCrawlingContext> {
  const router = createCheerioRouter();
  router.addHandler(LISTING, final((context) => handleListing(context, options, true)));
  router.addHandler(ARTICLE, final((context) => handleArticle(context, options)));
  router.addDefaultHandler(final((context) => handleListing(context, options, false)));
  return router;
}

/** Marks a page `extract` refused (`ExtractError`, e.g. too large) as not worth retrying. */
function final(handler: (context: CheerioCrawlingContext) => Promise<void>): (context: CheerioCrawlingContext) => Promise<void> {
  return async (context) => {
    try {
      await handler(context);
    } catch (e) {
      if (e instanceof ExtractError) context.request.noRetry = true;
      throw e;
    }
  };
}

/** A pre-navigation hook that sends `agent` as the User-Agent (Crawlee otherwise generates browser headers). */
function sendUserAgent(agent: string): CheerioHook {
  return async (_context, gotOptions) => {
    const options = gotOptions as { headers?: Record<string, string | string[] | undefined> };
    options.headers = { ...options.headers, 'user-agent': agent };
  };
}

/**
 * The options that make a `CheerioCrawler` a ward-news crawler: the router, the raw-body hook,
 * and ward-news's own User-Agent with your `contact` (see {@link WardNewsCrawlerOptions}).
 * Spread them into your own options (concurrency, politeness, proxies, ...).
 *
 * @example
 * const crawler = new CheerioCrawler({ ...wardNewsCrawlerOptions({ contact: 'https://example.org/crawler' }), maxConcurrency: 20, sameDomainDelaySecs: 1 });
 * await crawler.run(['https://phuong-a.gov.vn/tin-tuc']);
 */
export function wardNewsCrawlerOptions(
  options: WardNewsCrawlerOptions = {},
): Pick<CheerioCrawlerOptions, 'requestHandler' | 'postNavigationHooks' | 'preNavigationHooks'> {
  const { contact, userAgent: agent, ...router } = options;
  const hooks = agent === false ? [] : [sendUserAgent(agent ?? userAgent(contact))];
  return { requestHandler: createWardNewsRouter(router), preNavigationHooks: hooks, postNavigationHooks: [keepRawBody] };
}
