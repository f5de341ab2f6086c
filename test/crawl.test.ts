import type { ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { WARCParser } from 'warcio';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crawl, extractWarc, Politeness, type CrawlOptions, type CrawlResult } from '../src/crawl/index.js';
import { fetchPage, type RequestScheduler } from '../src/fetch/index.js';
import { FetchError } from '../src/errors.js';
import { extract } from '../src/extract.js';
import type { Article } from '../src/types.js';
import { spawnCli } from './helpers/cli.js';
import { failFirst, listingFixtures, page, pathOf, redirect, resetFirst, startCorpus, text, type Corpus, type LoggedRequest, type ServedArticle } from './helpers/server.js';

const INTERVAL = 50;
const dir = mkdtempSync(join(tmpdir(), 'ward-news-crawl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `extract` makes of the bytes served at a URL: the article a crawl must yield for it. */
const expectedArticle = (a: ServedArticle): Article => extract(a.fixture.bytes, { url: a.url, contentType: a.contentType });

/**
 * The options of a crawl of the test portals, which are on loopback (refused by default),
 * without site profiles: these tests hold the crawl to what `extract` gives page by page
 * (profiles learned per host are tested in site.test.ts).
 */
const local = (options: CrawlOptions): CrawlOptions => ({ sites: { learn: 0 }, ...options, fetch: { ...options.fetch, allowAddress: () => true } });

async function collect(urls: string[], options: CrawlOptions): Promise<CrawlResult[]> {
  const out: CrawlResult[] = [];
  for await (const r of crawl(urls, local(options))) out.push(r);
  return out;
}

const articlesOf = (results: CrawlResult[]) => results.flatMap((r) => (r.type === 'article' ? [r] : []));

/** The most requests being served at once, from the server's arrival and end times. */
function maxOverlap(log: LoggedRequest[]): number {
  const events = log.flatMap((r) => [[r.at, 1], [r.end ?? Infinity, -1]] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let max = 0;
  for (const [, d] of events) max = Math.max(max, (now += d));
  return max;
}

/** Gaps between consecutive request arrivals at one site, ms. */
const gaps = (log: { at: number }[]): number[] => log.slice(1).map((r, i) => r.at - log[i]!.at);

let corpus: Corpus;
beforeEach(async () => {
  corpus = await startCorpus({ gzipFamilies: ['sharepoint-portal'] });
});
afterEach(() => corpus.close());

const family = (name: string): ServedArticle[] => [...corpus.articles.values()].filter((a) => a.fixture.family === name);

describe('crawl', () => {
  it('returns every served article once, retries transient faults, reports the others by code, paces each host, and archives to WARC', async () => {
    const hue = family('hue-portal');
    const liferay = family('liferay-portal');
    const wp = family('wordpress-commune');
    const sp = family('sharepoint-portal');
    const site = (a: ServedArticle) => [...corpus.sites.values()].find((s) => a.url.startsWith(s.origin + '/'))!;
    const serve = (a: ServedArticle) => page(a.fixture.bytes, a.contentType);
    // Transient: retried, so their articles are expected.
    site(hue[0]!).route(pathOf(hue[0]!.url), failFirst(1, 500, serve(hue[0]!)));
    site(hue[1]!).route(pathOf(hue[1]!.url), failFirst(1, 429, serve(hue[1]!), { 'retry-after': '1' }));
    site(sp[2]!).route(pathOf(sp[2]!.url), resetFirst(1, sp[2]!.fixture.bytes, serve(sp[2]!)));
    // Permanent: reported by code.
    const disallowed = liferay[3]!;
    site(disallowed).route('/robots.txt', text(`User-agent: *\nDisallow: ${pathOf(disallowed.url)}$\nCrawl-delay: 0.1\n`));
    const oversized = liferay[4]!;
    site(oversized).route(pathOf(oversized.url), page(Buffer.alloc(2 * 1024 * 1024, 'a')));
    const missing = wp[5]!;
    site(missing).route(pathOf(missing.url), failFirst(Infinity, 404, page('')));
    // A redirect to another listed article: one article, under the final URL.
    const alias = wp[6]!;
    site(alias).route(pathOf(alias.url), redirect(wp[7]!.url, 301));

    const warc = join(dir, 'faults.warc.gz');
    const results = await collect(corpus.startUrls, {
      interval: INTERVAL, concurrency: 2, warc, fetch: { retryDelay: 10, maxBytes: 1024 * 1024, contact: 'https://example.org/crawler' },
    });

    const got = articlesOf(results);
    const expected = [...corpus.articles.values()].filter((a) => ![disallowed, oversized, missing, alias].includes(a));
    expect(got.map((r) => r.url).sort()).toEqual(expected.map((a) => a.url).sort());
    for (const a of expected) expect(got.find((r) => r.url === a.url)!.article, a.url).toEqual(expectedArticle(a));

    const errors = results.flatMap((r) => (r.type === 'error' ? [[r.url, (r.error as FetchError).code]] : []));
    expect(new Map(errors as [string, string][])).toEqual(new Map([
      [disallowed.url, 'ROBOTS_DISALLOWED'], [oversized.url, 'TOO_LARGE'], [missing.url, 'HTTP_STATUS'],
    ]));
    expect(site(disallowed).hits(pathOf(disallowed.url))).toBe(0);
    expect(site(hue[0]!).hits(pathOf(hue[0]!.url))).toBe(2);
    expect(site(hue[1]!).hits(pathOf(hue[1]!.url))).toBe(2);

    for (const [name, s] of corpus.sites) {
      const min = s === site(disallowed) ? 100 : INTERVAL; // Crawl-delay: 0.1 raises that host's interval
      expect(Math.min(...gaps(s.log)), name).toBeGreaterThanOrEqual(min);
      expect(maxOverlap(s.log), name).toBe(1);
      expect(String(s.log[0]!.headers['user-agent'])).toMatch(/^ward-news\/\S+ \(\+https:\/\/example\.org\/crawler\)$/);
    }

    expect(maxOverlap([...corpus.sites.values()].flatMap((s) => s.log))).toBeLessThanOrEqual(2);

    // The archive parses with warcio: a request and a response per exchange that completed.
    const types = new Map<string, number>();
    for await (const record of new WARCParser(createReadStream(warc))) {
      types.set(record.warcType ?? '', (types.get(record.warcType ?? '') ?? 0) + 1);
      await record.readFully(false);
    }
    expect(types.get('warcinfo')).toBe(1);
    expect(types.get('request')).toBe(types.get('response'));
    const logged = [...corpus.sites.values()].reduce((n, s) => n + s.log.length, 0);
    expect(types.get('response')).toBe(logged - 1); // the reset exchange never completed
    // ... and re-extracts to the same articles.
    const replayed = new Map<string, Article>();
    for await (const { url, article } of extractWarc(warc)) replayed.set(url, article);
    expect(replayed).toEqual(new Map(got.map((r) => [r.url, r.article])));
  });

  it('treats a failing robots.txt as disallowing everything and a missing one as allowing everything', async () => {
    const [broken, missing] = [...corpus.sites.values()];
    broken!.route('/robots.txt', failFirst(Infinity, 503, page('')));
    const results = await collect(corpus.startUrls.slice(0, 2), { interval: 0, fetch: { retries: 0 } });
    const errors = results.flatMap((r) => (r.type === 'error' ? [[r.stage, (r.error as FetchError).code, new URL(r.url).origin]] : []));
    expect(errors).toEqual([['listing', 'ROBOTS_DISALLOWED', broken!.origin]]);
    expect(broken!.log.map((r) => r.path)).toEqual(['/robots.txt']);
    expect(articlesOf(results).length).toBe([...corpus.articles.keys()].filter((u) => u.startsWith(missing!.origin + '/')).length);
  });

  it('takes article links from the feeds a listing advertises, when asked', async () => {
    const wp = corpus.startUrls.find((u) => u.startsWith(`${corpus.sites.get('wordpress-commune')!.origin}/`))!;
    expect(corpus.feedArticles.size).toBeGreaterThan(0);
    const results = await collect([wp], { interval: 0, feeds: true });
    expect(results.filter((r) => r.type === 'error')).toEqual([]);
    const expected = [...family('wordpress-commune'), ...corpus.feedArticles.values()];
    expect(articlesOf(results).map((r) => r.url).sort()).toEqual(expected.map((a) => a.url).sort());
    for (const a of corpus.feedArticles.values()) expect(articlesOf(results).find((r) => r.url === a.url)!.article).toEqual(expectedArticle(a));
  });

  it('stops paginating when a page lists nothing new (a portal that ignores its page parameter)', async () => {
    const hue = listingFixtures().find((l) => l.family === 'hue-portal')!;
    const site = corpus.sites.get('hue-portal')!;
    const next = pathOf(hue.nextPage!).replace(/&/g, '&amp;');
    for (let n = 1; n <= 4; n++) {
      const html = hue.html.split(new URL(hue.url).origin).join(site.origin).split(next).join(next.replace('trang=2', `trang=${n + 1}`));
      site.route(n === 1 ? pathOf(hue.url) : pathOf(hue.nextPage!).replace('trang=2', `trang=${n}`), page(html));
    }
    const results = await collect([site.origin + pathOf(hue.url)], { interval: 0 });
    expect(results.filter((r) => r.type === 'error')).toEqual([]);
    expect(results.filter((r) => r.type === 'listing').map((r) => r.url)).toEqual([
      site.origin + pathOf(hue.url), site.origin + pathOf(hue.nextPage!),
    ]);
    expect(articlesOf(results).map((r) => r.url).sort()).toEqual(family('hue-portal').filter((a) => a.listingPage === 1).map((a) => a.url).sort());
  });

  it('with several requests allowed per host, still spaces the starts of its requests by the interval', async () => {
    const site = corpus.sites.get('liferay-portal')!;
    for (let i = 0; i < 8; i++) site.route(`/slow${i}`, (_q, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>'), 120));
    const politeness = new Politeness({ interval: 30, perHostConcurrency: 3, fetch: { allowAddress: () => true } });
    // Overlapping requests have no causal order at the server, so the spacing is checked where
    // the scheduler releases them (the server side is checked with one request per host above).
    const starts: { at: number }[] = [];
    const schedule: RequestScheduler = (url, send) => politeness.schedule(url, () => {
      starts.push({ at: performance.now() });
      return send();
    });
    await Promise.all([...Array(8).keys()].map((i) => fetchPage(`${site.origin}/slow${i}`, { schedule, allowAddress: () => true })));
    const slow = site.log.filter((r) => r.path.startsWith('/slow'));
    expect(starts).toHaveLength(8);
    expect(Math.min(...gaps(starts))).toBeGreaterThanOrEqual(30);
    expect(maxOverlap(slow)).toBeGreaterThan(1);
    expect(maxOverlap(slow)).toBeLessThanOrEqual(3);
  });

  it('stops at maxPages and maxArticles', async () => {
    const firstPages = await collect(corpus.startUrls, { interval: 0, maxPages: corpus.startUrls.length });
    const page1 = [...corpus.articles.values()].filter((a) => a.listingPage === 1).map((a) => a.url);
    expect(articlesOf(firstPages).map((r) => r.url).sort()).toEqual(page1.sort());
    const five = await collect(corpus.startUrls, { interval: 0, maxArticles: 5 });
    expect(articlesOf(five)).toHaveLength(5);
  });

  it('ends cleanly when the consumer stops early or the signal aborts: no request after the loop', async () => {
    const requests = () => [...corpus.sites.values()].reduce((n, s) => n + s.log.length, 0);
    for await (const r of crawl(corpus.startUrls, local({ interval: 0 }))) if (r.type === 'article') break;
    const afterBreak = requests();
    await new Promise((r) => setTimeout(r, 100));
    expect(requests()).toBe(afterBreak);
    const abort = new AbortController();
    const aborted = (async () => {
      for await (const r of crawl(corpus.startUrls, local({ interval: 0, signal: abort.signal }))) if (r.type === 'article') abort.abort();
    })();
    await expect(aborted).rejects.toThrow();
    const afterAbort = requests();
    expect(afterAbort).toBeGreaterThan(afterBreak);
    await new Promise((r) => setTimeout(r, 200));
    expect(requests()).toBe(afterAbort);
  });

  it('skips articles older than `since`, by the listing date or else the article date', async () => {
    const since = '2020-06-01';
    const day = (d: string | null) => d?.slice(0, 10);
    const served = [...corpus.articles.values()];
    // Precondition of the expectation below: every first page lists something recent, so pagination continues.
    for (const start of corpus.startUrls) {
      expect(served.some((a) => a.url.startsWith(new URL(start).origin) && a.listingPage === 1 && day(a.listedAt)! >= since
        && (a.fixture.expected.publishedAt === null || day(a.fixture.expected.publishedAt)! >= since))).toBe(true);
    }
    const results = await collect(corpus.startUrls, { interval: 0, since });
    const expected = served.filter((a) => !(day(a.listedAt)! < since)).map(expectedArticle)
      .filter((art) => art.publishedAt === null || day(art.publishedAt)! >= since).map((art) => art.url);
    expect(articlesOf(results).map((r) => r.url).sort()).toEqual(expected.sort());
    const skippedByListing = served.filter((a) => day(a.listedAt)! < since);
    expect(skippedByListing.length).toBeGreaterThan(0);
    for (const a of skippedByListing) expect([...corpus.sites.values()].some((s) => s.hits(pathOf(a.url)) > 0)).toBe(false);
  });

  it('resumes a SIGKILLed run from its state file: the union of outputs is a clean run, without duplicates or refetches', async () => {
    const starts = corpus.startUrls.slice(0, 1); // one portal (20 articles) keeps the child runs short
    const runCli = (args: string[]): ChildProcess => {
      const child = spawnCli(['crawl', ...starts, ...args, '--interval', '10', '--allow-private', '--no-learn']);
      child.stdout!.resume(); // drained, so that a full pipe never stalls the child
      child.stderr!.resume();
      return child;
    };
    const finish = (child: ChildProcess): Promise<number | null> => new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    const lines = (path: string): string[] => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : []);

    const cleanRun = articlesOf(await collect(starts, { interval: 0 })).map((r) => r.article);
    expect(cleanRun.length).toBeGreaterThan(10);

    for (const s of corpus.sites.values()) s.log.length = 0;
    const out = join(dir, 'resumed.jsonl');
    const state = join(dir, 'resumed.state');
    const warc = join(dir, 'resumed.warc.gz');
    const args = ['--out', out, '--state', state, '--warc', warc];
    const killAfter = 1 + Math.floor(Math.random() * (cleanRun.length - 2));
    const first = runCli(args);
    const exited = finish(first);
    while (lines(out).length < killAfter && first.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    first.kill('SIGKILL');
    await exited;
    const before = new Set(lines(out).flatMap((l) => { try { return [JSON.parse(l).url as string]; } catch { return []; } }));
    const requestedBefore = [...corpus.sites.values()].map((s) => s.log.length);

    expect(await finish(runCli(args))).toBe(0);
    const resumed = lines(out).map((l) => JSON.parse(l) as Article);
    const urls = resumed.map((a) => a.url);
    expect(new Set(urls).size).toBe(urls.length);
    const byUrl = (ls: Article[]) => new Map(ls.map((a) => [a.url, a]));
    expect(byUrl(resumed)).toEqual(byUrl(cleanRun));
    // Nothing written by the killed run was fetched again.
    [...corpus.sites.values()].forEach((s, i) => {
      for (const r of s.log.slice(requestedBefore[i])) expect(before.has(s.origin + r.path), r.path).toBe(false);
    });
    // A kill between journaling an article and writing it out: the next run writes it from the journal, fetching nothing.
    const full = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    writeFileSync(out, `${full.slice(0, -3).join('\n')}\n${full.at(-3)!.slice(0, 20)}`);
    for (const s of corpus.sites.values()) s.log.length = 0;
    expect(await finish(runCli(args))).toBe(0);
    expect(byUrl(lines(out).map((l) => JSON.parse(l) as Article))).toEqual(byUrl(cleanRun));
    expect(lines(out)).toHaveLength(cleanRun.length);
    expect([...corpus.sites.values()].flatMap((s) => s.log)).toEqual([]);
    // The archive of the runs re-extracts to the same articles.
    const archived = new Map<string, Article>();
    for await (const { url, article } of extractWarc(warc)) archived.set(url, article);
    expect(archived).toEqual(byUrl(resumed));
  });
});
