/**
 * A crawl never loses what a user keeps: an existing WARC archive is appended to (never
 * truncated unless the journal proves the tail is a write of its own that a kill tore), and a
 * damaged journal line is skipped, not fatal. Real crawls against portals on 127.0.0.1.
 */
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crawl, readWarc, type CrawlOptions, type CrawlResult } from '../src/crawl/index.js';
import { warcTail } from '../src/crawl/warc.js';
import { pathOf, startCorpus, type Corpus } from './helpers/server.js';

const dir = mkdtempSync(join(tmpdir(), 'ward-news-archive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let corpus: Corpus;
beforeEach(async () => {
  corpus = await startCorpus();
});
afterEach(() => corpus.close());

async function collect(options: CrawlOptions, starts = corpus.startUrls.slice(0, 1)): Promise<CrawlResult[]> {
  const out: CrawlResult[] = [];
  for await (const r of crawl(starts, { interval: 0, ...options, fetch: { ...options.fetch, allowAddress: () => true } })) out.push(r);
  return out;
}

const articles = (rs: CrawlResult[]) => rs.filter((r) => r.type === 'article');

/** Target URIs of the archive's responses, in order. */
async function responses(path: string): Promise<string[]> {
  const out: string[] = [];
  for await (const r of readWarc(path)) out.push(r.url);
  return out;
}

describe('crawl --warc keeps existing archives', () => {
  it('appends to an existing archive when run without a state, and with a new state', async () => {
    const warc = join(dir, 'append.warc.gz');
    await collect({ warc, maxArticles: 2 });
    const first = readFileSync(warc);
    const firstUrls = await responses(warc);
    expect(firstUrls.length).toBeGreaterThan(2);

    await collect({ warc, maxArticles: 2 });
    const second = readFileSync(warc);
    expect(second.length).toBeGreaterThan(first.length);
    expect(second.subarray(0, first.length).equals(first)).toBe(true);

    await collect({ warc, maxArticles: 2, state: join(dir, 'append-new.state') });
    const third = readFileSync(warc);
    expect(third.subarray(0, second.length).equals(second)).toBe(true);
    expect((await responses(warc)).slice(0, firstUrls.length)).toEqual(firstUrls);
  });

  it('resuming with an archive larger than, or different from, what the journal recorded never cuts it', async () => {
    const state = join(dir, 'other.state');
    const warc = join(dir, 'other.warc.gz');
    await collect({ warc, state, maxArticles: 2 });
    // Another, larger archive now sits at the same path (the user swapped or reused files).
    const bigger = join(dir, 'bigger.warc.gz');
    await collect({ warc: bigger, maxArticles: 6 });
    copyFileSync(bigger, warc);
    const before = readFileSync(warc);
    await collect({ warc, state, maxArticles: 4 });
    expect(readFileSync(warc).subarray(0, before.length).equals(before)).toBe(true);

    // The same archive, grown by another run after the journal's last record: kept too.
    const grown = join(dir, 'grown.warc.gz');
    const grownState = join(dir, 'grown.state');
    await collect({ warc: grown, state: grownState, maxArticles: 2 });
    await collect({ warc: grown, maxArticles: 3 });
    const grownBefore = readFileSync(grown);
    await collect({ warc: grown, state: grownState, maxArticles: 4 });
    expect(readFileSync(grown).subarray(0, grownBefore.length).equals(grownBefore)).toBe(true);
  });

  it('cuts a torn tail the journal proves it was writing when killed', async () => {
    const state = join(dir, 'torn.state');
    const warc = join(dir, 'torn.warc.gz');
    await collect({ warc, state, maxArticles: 2 });
    const whole = statSync(warc).size;
    const urls = await responses(warc);
    // A kill mid-write: the journal says an exchange of N bytes starts at `whole`; part of it is on disk.
    const torn = readFileSync(warc).subarray(0, 300);
    writeFileSync(state, `${JSON.stringify({ t: 'warc', at: whole, bytes: 1000, tail: tailOf(warc, whole) })}\n`, { flag: 'a' });
    appendFileSync(warc, torn);
    await collect({ warc, state, maxArticles: 3 });
    const after = await responses(warc);
    expect(after.slice(0, urls.length)).toEqual(urls);
    expect(after.length).toBeGreaterThan(urls.length); // the torn bytes would hide every later record
  });
});

describe('crawl journal', () => {
  it('skips a line that is valid JSON but not a record, and keeps every other record', async () => {
    const state = join(dir, 'junk.state');
    const first = articles(await collect({ state, maxArticles: 3 }));
    expect(first).toHaveLength(3);
    appendFileSync(state, '{"t":"article"}\n42\nnull\n{"t":"listing","url":7}\n["x"]\n');
    corpus.sites.forEach((s) => (s.log.length = 0));
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(w.message);
    process.on('warning', onWarning);
    const again = await collect({ state, maxArticles: 5, replay: true }).finally(() => process.off('warning', onWarning));
    expect(warnings).toEqual([expect.stringMatching(/5 line\(s\) are not crawl records/)]);
    const replayed = articles(again).filter((r) => r.type === 'article' && r.replayed);
    expect(replayed.map((r) => r.url).sort()).toEqual(first.map((r) => r.url).sort());
    expect(articles(again)).toHaveLength(5);
    const refetched = [...corpus.sites.values()].flatMap((s) => s.log.map((l) => s.origin + l.path));
    for (const a of first) expect(refetched).not.toContain(a.url);
  });
});

/** What the writer journals as the proof of the bytes before `at` (see WarcWriter). */
function tailOf(path: string, at: number): string {
  return warcTail(readFileSync(path), at);
}

describe('crawl robots.txt (RFC 9309)', () => {
  it('parses the first 500 KiB of a larger robots.txt instead of blocking the host', async () => {
    const [site] = [...corpus.sites.values()];
    const start = corpus.startUrls.find((u) => u.startsWith(`${site!.origin}/`))!;
    const listed = [...corpus.articles.keys()].filter((u) => u.startsWith(`${site!.origin}/`));
    const banned = listed[0]!;
    // Rules first, then 700 KiB of comments and a rule past the limit that must not count.
    const robots = `User-agent: *\nDisallow: ${pathOf(banned)}$\n${'# padding padding padding padding\n'.repeat(23_000)}Disallow: /\n`;
    expect(robots.length).toBeGreaterThan(700 * 1024);
    site!.route('/robots.txt', (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(robots));
    const results = await collect({}, [start]);
    const errors = results.flatMap((r) => (r.type === 'error' ? [[r.url, (r.error as { code?: string }).code]] : []));
    expect(errors).toEqual([[banned, 'ROBOTS_DISALLOWED']]);
    expect(articles(results)).toHaveLength(listed.length - 1);
    expect(site!.hits('/robots.txt')).toBe(1);
  });

  it('fetches a failing robots.txt once per host for the run (its own retries only), not once per URL', async () => {
    const [unreachable, failing] = [...corpus.sites.values()];
    unreachable!.route('/robots.txt', (req) => req.socket.resetAndDestroy());
    failing!.route('/robots.txt', (_req, res) => void res.writeHead(503).end());
    const results = await collect({ fetch: { retries: 1, retryDelay: 5 } }, corpus.startUrls.slice(0, 2));
    for (const s of [unreachable!, failing!]) {
      expect(s.log.map((r) => r.path), s.origin).toEqual(['/robots.txt', '/robots.txt']);
    }
    const codes = results.flatMap((r) => (r.type === 'error' ? [(r.error as { code?: string }).code] : []));
    expect(codes.sort()).toEqual(['NETWORK', 'ROBOTS_DISALLOWED']);
  });
});
