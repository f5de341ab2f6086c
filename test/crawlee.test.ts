import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheerioCrawler, Configuration, log, LogLevel } from 'crawlee';
import { crawl } from '../src/crawl/index.js';
import { ARTICLE, wardNewsCrawlerOptions, type CrawleeArticle, type WardNewsCrawlerOptions } from '../src/crawlee/index.js';
import { userAgent } from '../src/fetch/user-agent.js';
import { extract } from '../src/extract.js';
import { page, startCorpus, wardFixtures, type Corpus } from './helpers/server.js';

// Crawlee's storages live in a temporary directory, in memory only, purged on start.
const storage = mkdtempSync(join(tmpdir(), 'ward-news-crawlee-'));
process.env.CRAWLEE_STORAGE_DIR = storage;
log.setLevel(LogLevel.ERROR);

let corpus: Corpus;
beforeAll(async () => {
  corpus = await startCorpus({ gzipFamilies: ['sharepoint-portal'] });
});
afterAll(async () => {
  await corpus.close();
  rmSync(storage, { recursive: true, force: true });
});

const config = (): Configuration => new Configuration({ persistStorage: false, purgeOnStart: true, storageClientOptions: { localDataDirectory: storage } });

async function crawlWithCrawlee(
  requests: (string | { url: string; label: string })[], options: WardNewsCrawlerOptions = {},
): Promise<{ items: CrawleeArticle[]; failed: number }> {
  const crawler = new CheerioCrawler({ ...wardNewsCrawlerOptions(options), maxConcurrency: 4, maxRequestRetries: 2 }, config());
  const stats = await crawler.run(requests);
  return { items: (await crawler.getData()).items as CrawleeArticle[], failed: stats.requestsFailed };
}

describe('ward-news/crawlee', () => {
  it('crawls the served corpus to the same articles as crawl(), decoded from the raw bytes', async () => {
    const { items, failed } = await crawlWithCrawlee(corpus.startUrls);
    expect(failed).toBe(0);
    const viaCrawl = [];
    for await (const r of crawl(corpus.startUrls, { interval: 0, fetch: { allowAddress: () => true } })) if (r.type === 'article') viaCrawl.push(r);
    const key = (r: { url: string; article: { title: string } }) => `${r.url} ${r.article.title}`;
    expect(viaCrawl.length).toBeGreaterThan(20);
    expect(new Set(items.map(key))).toEqual(new Set(viaCrawl.map(key)));
    expect(items).toHaveLength(new Set(items.map((i) => i.url)).size);
    // Both listing pages of every paginated family were walked.
    expect(new Set(items.map((i) => i.listing)).size).toBeGreaterThan(corpus.startUrls.length);
    // Every served article, whatever its charset or Content-Encoding, is exactly what extract() makes of its bytes.
    for (const item of items) {
      const served = corpus.articles.get(item.url)!;
      expect(served, item.url).toBeDefined();
      expect(item.article).toEqual(extract(served.fixture.bytes, { url: served.url, contentType: served.contentType }));
    }
  });

  it('extracts requests labelled as articles from their bytes (charset from <meta>), and reports pages that answer 4xx without retrying them', async () => {
    // A legacy-charset page whose charset only its <meta> declares: CheerioCrawler alone would read it as UTF-8.
    const legacy = wardFixtures().find((w) => w.charset !== 'utf-8')!;
    const site = [...corpus.sites.values()][0]!;
    site.route('/legacy-charset', page(legacy.bytes, 'text/html'));
    const legacyUrl = `${site.origin}/legacy-charset`;
    const missing = `${site.origin}/no/such/article`;
    const { items, failed } = await crawlWithCrawlee([{ url: legacyUrl, label: ARTICLE }, { url: missing, label: ARTICLE }]);
    expect(items.map((i) => [i.url, i.listing, i.article.title])).toEqual([[legacyUrl, null, legacy.expected.title]]);
    expect(items[0]!.article).toEqual(extract(legacy.bytes, { url: legacyUrl, contentType: 'text/html' }));
    expect(failed).toBe(1);
    expect(site.hits('/no/such/article')).toBe(1);
  });

  it('introduces itself as ward-news with the contact given, as ward-news crawl does (or as asked)', async () => {
    const site = [...corpus.sites.values()][0]!;
    const fixture = wardFixtures()[0]!;
    site.route('/ua-check', page(fixture.bytes));
    site.route('/ua-own', page(fixture.bytes));
    await crawlWithCrawlee([{ url: `${site.origin}/ua-check`, label: ARTICLE }], { contact: 'mailto:crawler@example.org' });
    await crawlWithCrawlee([{ url: `${site.origin}/ua-own`, label: ARTICLE }], { userAgent: 'my-archive/2.0' });
    const agentOf = (path: string) => site.log.filter((r) => r.path === path).map((r) => r.headers['user-agent']);
    expect(agentOf('/ua-check')).toEqual([userAgent('mailto:crawler@example.org')]);
    expect(agentOf('/ua-own')).toEqual(['my-archive/2.0']);
  });

  it('extract(context.$) in a CheerioCrawler handler of your own equals extract() of the page, without a second parse', async () => {
    const site = [...corpus.sites.values()][0]!;
    const fixture = wardFixtures().find((w) => w.charset === 'utf-8')!;
    site.route('/own-handler', page(fixture.bytes));
    const got: [string, string][] = [];
    const crawler = new CheerioCrawler({
      async requestHandler({ $, body, request }) {
        got.push([JSON.stringify(extract($, { url: request.url })), JSON.stringify(extract(String(body), { url: request.url }))]);
      },
    }, config());
    await crawler.run([`${site.origin}/own-handler`]);
    expect(got).toHaveLength(1);
    expect(got[0]![0]).toBe(got[0]![1]);
    expect(JSON.parse(got[0]![0]).title).toBe(fixture.expected.title);
  });
});
