import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractMany } from '../src/batch/index.js';
import { warcInputs } from '../src/batch/warc.js';
import { extractWarc, WarcWriter } from '../src/crawl/index.js';
import type { HttpExchange } from '../src/fetch/index.js';
import { runCli } from './helpers/cli.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'ward');
const pages = readdirSync(DIR).sort().map((id) => join('fixtures', 'ward', id, 'page.html'));
const tmp = mkdtempSync(join(tmpdir(), 'ward-news-batch-'));
const warc = join(tmp, 'crawl.warc.gz');

/** `ward-news extract ...args`: exit code, stdout, stderr. */
async function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const r = await runCli(['extract', ...args]);
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}

function exchange(url: string, status: number, body: Buffer, contentType: string): HttpExchange {
  return {
    url, date: new Date('2025-01-02T03:04:05Z'), method: 'GET', requestHeaders: [['user-agent', 'test']],
    status, statusText: status === 200 ? 'OK' : 'Not Found', responseHeaders: [['content-type', contentType]], body,
  };
}

beforeAll(async () => {
  // An archive as crawl() writes it: articles, a listing, a 404, and an article archived twice.
  const writer = await WarcWriter.open(warc);
  for (const [i, page] of pages.entries()) {
    const { url, charset } = JSON.parse(readFileSync(page.replace('page.html', 'expected.json'), 'utf8')) as { url: string; charset: string };
    await writer.write(exchange(url ?? `https://xa.example.gov.vn/tin/${i}`, 200, readFileSync(page), `text/html; charset=${charset}`), 'article');
    if (i === 0) await writer.write(exchange('https://xa.example.gov.vn/tin-tuc', 200, Buffer.from('<ul><li>x</li></ul>'), 'text/html'), 'listing');
    if (i === 1) await writer.write(exchange('https://xa.example.gov.vn/missing', 404, Buffer.from('<h1>404</h1>'), 'text/html'), 'article');
  }
  await writer.write(exchange(JSON.parse(readFileSync(pages[0]!.replace('page.html', 'expected.json'), 'utf8')).url, 200, readFileSync(pages[0]!), 'text/html'), 'article');
  await writer.close();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('extract --jobs and --warc', () => {
  it('re-extracts a WARC in parallel to what extractWarc gives, in archive order', async () => {
    const expected = [];
    for await (const r of extractWarc(warc)) expected.push(r);
    expect(expected).toHaveLength(pages.length);
    const results = [];
    for await (const r of extractMany(warcInputs(warc), { jobs: 2 })) results.push(r);
    expect(results.map((r) => [r.id, 'article' in r ? r.article : r.error])).toEqual(expected.map((r) => [r.url, r.article]));

    const [one, two] = await Promise.all([cli(['--warc', warc, '--jobs', '1', '--format', 'jsonl']), cli(['--warc', warc, '--jobs', '2', '--format', 'jsonl'])]);
    expect(two).toEqual(one);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(expected.map((r) => `${JSON.stringify(r.article)}\n`).join(''));
  });

  it('prints the same output in the same order with --jobs 2 as with --jobs 1, failures included', async () => {
    const args = [...pages, 'no/such/page.html', pages[3]!, '--format', 'markdown'];
    const [one, two] = await Promise.all([cli([...args, '--jobs', '1']), cli([...args, '--jobs', '2'])]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('no/such/page.html');
    expect(one.stdout.split('\n---\n\n')).toHaveLength(pages.length + 1);
    expect(two).toEqual(one);
  });

  it('refuses both inputs and --warc, and neither', async () => {
    const [both, neither, zero] = await Promise.all([cli([pages[0]!, '--warc', warc]), cli([]), cli([pages[0]!, '--jobs', '0'])]);
    expect(both.code).not.toBe(0);
    expect(neither.code).not.toBe(0);
    expect(zero.stderr).toMatch(/jobs/);
  });
});
