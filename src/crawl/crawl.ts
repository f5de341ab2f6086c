/**
 * `crawl`: walks portals' listing pages and their pagination, fetches each article once,
 * politely, and yields results as they come; resumable from its journal, optionally archived
 * to WARC.
 */
import { ExtractError, FeedError, FetchError } from '../errors.js';
import { extract } from '../extract.js';
import { DEFAULT_LEARN_PAGES, HostProfiles } from './sites.js';
import { createAgent } from '../fetch/agent.js';
import { fetchPage } from '../fetch/fetch-page.js';
import type { FetchOptions, FetchedPage } from '../fetch/types.js';
import { parseFeed } from '../feeds/parse.js';
import { extractListing } from '../listing/index.js';
import type { Article, ExtractOptions } from '../types.js';
import { Channel } from './channel.js';
import { Journal, type ListingRecord } from './journal.js';
import { Politeness, type PolitenessOptions } from './politeness.js';
import { canonicalUrl } from './url.js';
import { WarcWriter, type WarcRole } from './warc.js';
import { CRAWL_DRAIN_MS } from '../tuning.js';

/** An article, extracted. */
export interface CrawlArticle {
  type: 'article';
  /** Canonical final URL (after redirects): the de-duplication key. */
  url: string;
  /** The URL as the listing gave it (canonicalised). */
  requestedUrl: string;
  /** The listing page that linked it. */
  listing: string;
  article: Article;
  /** True when this result was produced by an earlier run and replayed from the journal (`replay` option). */
  replayed: boolean;
}

/** A listing page, read (progress information). */
export interface CrawlListing {
  type: 'listing';
  url: string;
  /** Article links on the page. */
  articles: number;
  nextPage: string | null;
}

/** A failure: the crawl goes on. */
export interface CrawlFailure {
  type: 'error';
  url: string;
  /** What was being fetched (`listing` includes feeds). */
  stage: 'listing' | 'article';
  /** `FetchError`, `ExtractError` or (for a feed) `FeedError`, each with its `code`; any other error is a bug, reported rather than fatal. */
  error: FetchError | ExtractError | FeedError | Error;
}

/** What {@link crawl} yields. */
export type CrawlResult = CrawlArticle | CrawlListing | CrawlFailure;

/** Options of {@link crawl}. */
export interface CrawlOptions extends Omit<PolitenessOptions, 'fetch'> {
  /** Listing pages to read at most, over all start URLs (resumed pages count). Default unlimited. */
  maxPages?: number;
  /** Also take article links from the RSS / Atom feeds the listing pages advertise. Default false. */
  feeds?: boolean;
  /** Articles to yield at most (resumed articles count). Default unlimited. */
  maxArticles?: number;
  /** `YYYY-MM-DD`: skip articles published before this day, and stop paginating when a whole page is older. */
  since?: string;
  /** Journal file (JSON Lines): a run given the journal of a killed run resumes it. */
  state?: string;
  /** With `state`: first yield again the articles of earlier runs (marked `replayed`), so that a consumer can rebuild output it lost. */
  replay?: boolean;
  /** WARC file to append every request and response to (`.gz`: gzip per record). */
  warc?: string;
  /** Options of every fetch (contact, timeouts, retries, maxBytes, allowAddress, ...). */
  fetch?: FetchOptions;
  /** Passed to `extract`. */
  maxNodes?: ExtractOptions['maxNodes'];
  /**
   * Site profiles (docs/site-profiles.md): each host's first `learn` article pages (default
   * 20) wait while a profile is learned from them, then every article of the host is
   * extracted with it; `learn: 0` turns learning off. `dir`: profiles are loaded from and
   * saved to `<dir>/<host>.json`.
   */
  sites?: { learn?: number; dir?: string };
  /**
   * Stops the crawl cleanly: no new request is sent, the requests in flight finish (their
   * articles are journaled and yielded) for up to `drainTimeout` ms, then the generator throws
   * the signal's reason. Breaking out of the loop instead stops at once.
   */
  signal?: AbortSignal;
  /** How long requests in flight may take to finish after `signal` aborts, ms. Default 10,000. */
  drainTimeout?: number;
}

const SINCE = /^\d{4}-\d{2}-\d{2}$/;

/** The state one crawl shares between its workers. */
interface Run {
  options: CrawlOptions;
  journal: Journal;
  warc: WarcWriter | undefined;
  politeness: Politeness;
  fetchOptions: FetchOptions;
  channel: Channel<CrawlResult>;
  /** Aborted when the crawl stops (the caller's signal, or the consumer leaving): failures from then on are not results. */
  signal: AbortSignal;
  /** Article URLs claimed by this run (in flight or done). */
  claimed: Set<string>;
  /** Listing pages visited by this run. */
  pages: Set<string>;
  /** Feeds read by this run. */
  feeds: Set<string>;
  /** Site profiles by host. */
  sites: HostProfiles;
  /** Articles yielded or in flight, for `maxArticles`. */
  reserved: number;
}

/** Older than `since`? Unknown dates are not. */
function older(publishedAt: string | null | undefined, since: string | undefined): boolean {
  return since !== undefined && typeof publishedAt === 'string' && publishedAt.slice(0, 10) < since;
}

async function fetchAs(run: Run, url: string, role: WarcRole, accept?: FetchOptions['accept']): Promise<FetchedPage> {
  const options: FetchOptions = { ...run.fetchOptions };
  const warc = run.warc;
  if (warc) options.onExchange = (x) => warc.write(x, role);
  if (accept) options.accept = accept;
  return fetchPage(url, options);
}

function extractOptions(run: Run, page: FetchedPage): ExtractOptions {
  const o: ExtractOptions = { url: page.url };
  if (page.contentType) o.contentType = page.contentType;
  if (run.options.maxNodes !== undefined) o.maxNodes = run.options.maxNodes;
  return o;
}

async function fail(run: Run, url: string, stage: CrawlFailure['stage'], error: unknown): Promise<void> {
  // A request refused or cut by the stop is not a failure of its URL: the next run retries it.
  if (run.signal.aborted) return;
  const e = error instanceof Error ? error : new Error(String(error));
  const code = e instanceof FetchError || e instanceof ExtractError || e instanceof FeedError ? e.code : 'INTERNAL';
  run.journal.append({ t: 'error', url, stage, code, message: e.message });
  await run.channel.push({ type: 'error', url, stage, error: e });
}

/**
 * Handles one listed article; resolves to its publication date when known (for `since`),
 * or undefined.
 */
async function visitArticle(run: Run, entry: ListingRecord['articles'][number], listing: string): Promise<string | null | undefined> {
  const { journal, options } = run;
  const key = entry.url;
  if (journal.done.has(key)) return journal.done.get(key);
  if (run.claimed.has(key) || older(entry.publishedAt, options.since)) return entry.publishedAt;
  if (options.maxArticles !== undefined && run.reserved >= options.maxArticles) return undefined;
  run.claimed.add(key);
  run.reserved++;
  let yielded = false;
  let visiting = true; // counted among the host's visits until its profile is asked for
  run.sites.enter(key);
  try {
    const page = await fetchAs(run, key, 'article');
    const final = canonicalUrl(page.url) ?? page.url;
    if (final !== key && (journal.done.has(final) || run.claimed.has(final))) {
      const date = journal.done.get(final) ?? entry.publishedAt;
      run.journal.append({ t: 'skip', url: key, reason: 'duplicate', publishedAt: date ?? null });
      return date;
    }
    run.claimed.add(final);
    visiting = false;
    const site = await run.sites.profileFor({ html: page.body, url: key, ...(page.contentType ? { contentType: page.contentType } : {}) });
    const article = extract(page.body, { ...extractOptions(run, page), ...(site ? { site } : {}) });
    if (older(article.publishedAt, options.since)) {
      run.journal.append({ t: 'skip', url: key, reason: 'old', publishedAt: article.publishedAt });
      if (final !== key) run.journal.append({ t: 'skip', url: final, reason: 'old', publishedAt: article.publishedAt });
      return article.publishedAt;
    }
    // Journal first, then hand over: a kill in between loses nothing (see `replay`).
    run.journal.append({ t: 'article', url: final, requestedUrl: key, listing, article });
    yielded = true;
    await run.channel.push({ type: 'article', url: final, requestedUrl: key, listing, article, replayed: false });
    return article.publishedAt;
  } catch (e) {
    if (!yielded) await fail(run, key, 'article', e);
    return undefined;
  } finally {
    if (visiting) run.sites.leave(key);
    if (!yielded) run.reserved--;
  }
}

/** Reads one listing page (from the journal when an earlier run did). */
async function readListing(run: Run, url: string): Promise<ListingRecord | undefined> {
  const known = run.journal.listings.get(url);
  if (known) return known;
  try {
    const page = await fetchAs(run, url, 'listing');
    const parsed = extractListing(page.body, extractOptions(run, page));
    const next = parsed.nextPage ? canonicalUrl(parsed.nextPage) : null;
    const articles = parsed.articles.flatMap((a) => {
      const u = canonicalUrl(a.url);
      return u ? [{ url: u, publishedAt: a.publishedAt }] : [];
    });
    const rec: ListingRecord = { t: 'listing', url, next, articles };
    const feeds = parsed.feeds.flatMap((f) => canonicalUrl(f) ?? []);
    if (feeds.length > 0) rec.feeds = feeds;
    run.journal.append(rec);
    await run.channel.push({ type: 'listing', url, articles: articles.length, nextPage: next });
    return rec;
  } catch (e) {
    await fail(run, url, 'listing', e);
    return undefined;
  }
}

/** Reads a feed a listing advertises (once per run) and visits its items. */
async function visitFeed(run: Run, url: string): Promise<void> {
  if (run.feeds.has(url)) return;
  run.feeds.add(url);
  let rec = run.journal.listings.get(url);
  if (!rec) {
    try {
      // Feeds come as application/rss+xml, text/xml, even text/html: parseFeed is the judge.
      const page = await fetchAs(run, url, 'listing', '*');
      const articles = parseFeed(page.body).items.flatMap((item) => {
        const u = item.url ? canonicalUrl(item.url, page.url) : null;
        return u ? [{ url: u, publishedAt: item.publishedAt }] : [];
      });
      rec = { t: 'listing', url, next: null, articles };
      run.journal.append(rec);
      await run.channel.push({ type: 'listing', url, articles: articles.length, nextPage: null });
    } catch (e) {
      return fail(run, url, 'listing', e);
    }
  }
  const listing = rec.url;
  await Promise.all(rec.articles.map((a) => visitArticle(run, a, listing)));
}

/** Follows one start URL's pagination. */
async function walk(run: Run, start: string): Promise<void> {
  const { options } = run;
  // Links seen on this walk's earlier pages: a page that lists nothing new ends the walk, which
  // stops portals that ignore the page parameter (serving page 1 forever) and empty pages.
  const listed = new Set<string>();
  let url = canonicalUrl(start);
  while (url && !run.pages.has(url) && !run.signal.aborted) {
    if (options.maxPages !== undefined && run.pages.size >= options.maxPages) return;
    if (options.maxArticles !== undefined && run.journal.articleCount >= options.maxArticles) return;
    run.pages.add(url);
    const listing = await readListing(run, url);
    if (!listing) return;
    const fresh = listing.articles.filter((a) => !listed.has(a.url));
    if (fresh.length === 0) return;
    for (const a of fresh) listed.add(a.url);
    const dates = await Promise.all(fresh.map((a) => visitArticle(run, a, listing.url)));
    if (options.feeds) for (const feed of listing.feeds ?? []) await visitFeed(run, feed);
    // Lists run newest first: a page with nothing from `since` on means the rest is older still.
    if (options.since !== undefined && dates.length > 0 && dates.every((d) => older(d, options.since))) return;
    url = listing.next;
  }
}

/**
 * Crawls portals from their listing (category) pages: reads each page and follows its
 * next-page links, fetches every listed article once (canonical URL, final URL after
 * redirects), and yields articles, listing progress and failures as they happen.
 *
 * Politeness: robots.txt obeyed, `Crawl-delay` honoured, one request at a time per host, at
 * least `interval` ms apart (default 1 s), `concurrency` requests at once overall.
 *
 * With `state`, every result is journaled before it is yielded; rerunning with the same
 * journal after a kill skips listing pages and articles already done and retries failures.
 * Stop early by breaking out of the loop or aborting `signal`.
 *
 * @param startUrls Listing pages, e.g. a portal's "Tin tức" category.
 */
export async function* crawl(startUrls: readonly string[], options: CrawlOptions = {}): AsyncGenerator<CrawlResult> {
  if (options.since !== undefined && !SINCE.test(options.since)) {
    throw new TypeError(`since must be YYYY-MM-DD, got ${options.since}`);
  }
  const journal = await Journal.open(options.state);
  // The archive is appended to; only a write this journal proves a kill tore is cut.
  const warc = options.warc
    ? await WarcWriter.open(options.warc, { torn: journal.lastWarcWrite, onWrite: (w) => journal.append({ t: 'warc', ...w }) })
    : undefined;
  const ownAgent = options.fetch?.dispatcher ? undefined : createAgent(options.fetch);
  // Two stops: `stopping` sends no new request and lets those in flight finish (the caller's
  // signal); `cut` also aborts those (the consumer left, or the drain took too long).
  const stopping = new AbortController();
  const cut = new AbortController();
  let drainTimer: NodeJS.Timeout | undefined;
  const stop = (reason: unknown): void => {
    if (stopping.signal.aborted) return;
    stopping.abort(reason);
    politeness.stop(reason);
    drainTimer = setTimeout(() => cut.abort(reason), options.drainTimeout ?? CRAWL_DRAIN_MS);
  };
  const onAbort = (): void => stop(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const base: FetchOptions = {
    ...options.fetch, dispatcher: options.fetch?.dispatcher ?? ownAgent!,
    signal: options.fetch?.signal ? AbortSignal.any([cut.signal, options.fetch.signal]) : cut.signal,
  };
  const politeness = new Politeness({
    ...options,
    fetch: warc ? { ...base, onExchange: (x) => warc.write(x, 'robots') } : base,
  });
  const run: Run = {
    options, journal, warc, politeness,
    fetchOptions: { ...base, schedule: politeness.schedule },
    channel: new Channel<CrawlResult>(64),
    signal: stopping.signal,
    claimed: new Set(), pages: new Set(), feeds: new Set(), reserved: journal.articleCount,
    sites: new HostProfiles(options.sites?.learn ?? DEFAULT_LEARN_PAGES, options.sites?.dir),
  };
  if (options.signal?.aborted) onAbort();
  const work = (async () => {
    if (options.replay) {
      for await (const r of journal.records()) {
        if (r.t !== 'article') continue;
        await run.channel.push({ type: 'article', url: r.url, requestedUrl: r.requestedUrl, listing: r.listing, article: r.article, replayed: true });
      }
    }
    await Promise.all(startUrls.map((u) => walk(run, u)));
  })().then(
    () => run.channel.close(),
    (error: unknown) => run.channel.close(stopping.signal.aborted ? undefined : { error }),
  );
  try {
    yield* run.channel;
    if (options.signal?.aborted) throw options.signal.reason;
  } finally {
    // The consumer is gone (or the crawl is over): nothing in flight is wanted any more.
    stop(new DOMException('crawl ended', 'AbortError'));
    cut.abort(stopping.signal.reason);
    // Releases workers waiting for room, so that they see the abort and finish.
    run.channel.close();
    await work;
    clearTimeout(drainTimer);
    options.signal?.removeEventListener('abort', onAbort);
    await warc?.close();
    journal.close();
    await ownAgent?.close();
  }
}
