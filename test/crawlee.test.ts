import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheerioCrawler, Configuration, log, LogLevel } from 'crawlee';
import { crawl } from '../src/crawl/index.js';
import { ARTICLE, wardNewsCrawlerOptions, type CrawleeArticle } from '../src/crawlee/index.js';
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

async function crawlWithCrawlee(requests: (string | { url: string; label: string })[]): Promise<{ items: CrawleeArticle[]; failed: number }> {
  const config = new Configuration({ persistStorage: false, purgeOnStart: true, storageClientOptions: { localDataDirectory: storage } });
  const crawler = new CheerioCrawler({ ...wardNewsCrawlerOptions(), maxConcurrency: 4, maxRequestRetries: 2 }, config);
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
});
