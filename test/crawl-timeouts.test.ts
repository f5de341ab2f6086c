/**
 * A dripping portal costs what the caller allows: `deadline` bounds all the attempts of one
 * URL together, and `ward-news crawl` exposes the attempt timeout, the deadline and the retry
 * count. Real servers on 127.0.0.1; attempts are counted at the server, not timed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crawl, type CrawlResult } from '../src/crawl/index.js';
import { FetchError } from '../src/errors.js';
import { fetchPage } from '../src/fetch/index.js';
import { runCli, type CliRun } from './helpers/cli.js';
import { pathOf, startCorpus, type Corpus, type Handler } from './helpers/server.js';

const dir = mkdtempSync(join(tmpdir(), 'ward-news-timeouts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Headers at once, then one byte every 20 ms, forever (until the client hangs up). */
const drip: Handler = (req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const timer = setInterval(() => res.write('.'), 20);
  req.socket.on('close', () => clearInterval(timer));
};

let corpus: Corpus;
beforeEach(async () => {
  corpus = await startCorpus();
});
afterEach(() => corpus.close());

/** The first portal, with its first listed article dripping. */
function drippingPortal(): { start: string; dripping: string; hits: () => number } {
  const site = [...corpus.sites.values()][0]!;
  const start = corpus.startUrls.find((u) => u.startsWith(`${site.origin}/`))!;
  const dripping = [...corpus.articles.keys()].find((u) => u.startsWith(`${site.origin}/`))!;
  site.route(pathOf(dripping), drip);
  return { start, dripping, hits: () => site.hits(pathOf(dripping)) };
}

describe('timeouts and retries', () => {
  it('deadline stops the retries of one URL once the time for all its attempts is spent', async () => {
    const { dripping, hits } = drippingPortal();
    // Without a deadline: 1 + 5 attempts of 150 ms each.
    const e1 = await fetchPage(dripping, { allowAddress: () => true, timeout: 150, retries: 5, retryDelay: 1 }).catch((e: unknown) => e);
    expect((e1 as FetchError).code).toBe('TIMEOUT');
    expect(hits()).toBe(6);
    // With one: attempts stop when 400 ms have passed since the first began.
    const e2 = await fetchPage(dripping, { allowAddress: () => true, timeout: 150, retries: 5, retryDelay: 1, deadline: 400 }).catch((e: unknown) => e);
    expect((e2 as FetchError).code, (e2 as Error).message).toBe('TIMEOUT');
    expect(hits() - 6).toBeLessThanOrEqual(3);
    expect(hits() - 6).toBeGreaterThanOrEqual(2);
  });

  it('the deadline does not count the time a request waits for its turn at a polite host', async () => {
    const { start } = drippingPortal();
    const results: CrawlResult[] = [];
    // 20+ articles at 30 ms apart queue far longer than the deadline; only the dripping one may fail.
    for await (const r of crawl([start], { interval: 30, maxArticles: 12, fetch: { allowAddress: () => true, timeout: 100, retries: 0, deadline: 200 } })) results.push(r);
    const errors = results.flatMap((r) => (r.type === 'error' ? [(r.error as FetchError).code] : []));
    expect(errors).toEqual(['TIMEOUT']);
    expect(results.filter((r) => r.type === 'article').length).toBe(12);
  });

  it('ward-news crawl --timeout --retries --deadline set them for every request, and --help says so', async () => {
    const { start, dripping, hits } = drippingPortal();
    const out = join(dir, 'out.jsonl');
    const run = (args: string[]): Promise<CliRun> => runCli(['crawl', ...args]);
    const help = await run(['--help']);
    for (const flag of ['--timeout <ms>', '--deadline <ms>', '--retries <n>', '--idle-timeout <ms>']) expect(help.stdout).toContain(flag);
    const got = await run([start, '--out', out, '--allow-private', '--interval', '0', '--max-articles', '3', '--timeout', '150', '--retries', '2', '--retry-delay', '1']);
    expect(got.stderr).toContain(`${dripping}`);
    expect(got.stderr).toMatch(/TIMEOUT/);
    expect(hits()).toBe(3);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
  });
});
