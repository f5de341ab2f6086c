/**
 * Archived bodies are decoded with a streaming limit, like HTTP bodies: a small archive whose
 * record inflates past the limit (a WARC bomb) fails with TOO_LARGE for that record, and the
 * records around it are read as usual. The full-size bomb (3 GiB in 5.7 KB, peak RSS) is
 * measured by `npm run bench:warc-bomb`; here the limit is lowered instead.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { extractMany } from '../src/batch/index.js';
import { warcInputs } from '../src/batch/warc.js';
import { readWarc, WarcWriter } from '../src/crawl/index.js';
import { ExtractError } from '../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'ward-news-bomb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const html = (title: string): Buffer => Buffer.from(`<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${'Nội dung bài viết. '.repeat(40)}</p></article></body></html>`);

/** An archive of three article responses; the middle one's body inflates to `size` bytes through `encoding`. */
async function bombArchive(name: string, encoding: string, size: number): Promise<string> {
  const path = join(dir, name);
  const writer = await WarcWriter.open(path);
  const zeros = Buffer.alloc(size, 0x20);
  const encoded = encoding === 'br' ? zlib.brotliCompressSync(zeros)
    : encoding === 'deflate' ? zlib.deflateSync(zeros)
      : encoding === 'gzip, gzip' ? zlib.gzipSync(zlib.gzipSync(zeros)) : encoding === 'gzip' ? zlib.gzipSync(zeros) : zeros;
  const exchange = (url: string, body: Buffer, headers: [string, string][]) => writer.write({
    url, date: new Date(), method: 'GET', requestHeaders: [], status: 200, statusText: 'OK',
    responseHeaders: [['content-type', 'text/html; charset=utf-8'], ...headers], body,
  }, 'article');
  await exchange('http://portal.example/a', html('Bài một'), []);
  await exchange('http://portal.example/bomb', encoded, [['content-encoding', encoding]]);
  await exchange('http://portal.example/c', zlib.gzipSync(html('Bài ba')), [['content-encoding', 'gzip']]);
  await writer.close();
  return path;
}

describe('readWarc limits decoded bodies', () => {
  for (const encoding of ['gzip', 'deflate', 'br', 'gzip, gzip', 'identity']) {
    it(`fails a record whose ${encoding} body passes maxBytes with TOO_LARGE, and reads the records around it`, async () => {
      const path = await bombArchive(`bomb-${encoding.replace(/\W+/g, '-')}.warc.gz`, encoding, 8 * 1024 * 1024);
      expect(statSync(path).size).toBeLessThan(encoding === 'identity' ? 64 * 1024 : 40 * 1024);
      const got = [];
      for await (const r of readWarc(path, { maxBytes: 1024 * 1024 })) got.push(r);
      expect(got.map((r) => r.url)).toEqual(['http://portal.example/a', 'http://portal.example/bomb', 'http://portal.example/c']);
      const bomb = got[1]!;
      expect(bomb.error).toBeInstanceOf(ExtractError);
      expect(bomb.error?.code).toBe('TOO_LARGE');
      expect(bomb.body.length).toBe(0);
      expect(got[0]!.error).toBeUndefined();
      expect(Buffer.from(got[2]!.body).toString()).toContain('Bài ba');
    });
  }

  it('extract --warc inputs: the over-large record is an error result, the others are articles', async () => {
    const path = await bombArchive('batch.warc.gz', 'gzip', 8 * 1024 * 1024);
    const results = [];
    for await (const r of extractMany(warcInputs(path, { maxBytes: 1024 * 1024 }), { jobs: 1 })) results.push(r);
    expect(results.map((r) => ('error' in r ? (r.error as ExtractError).code : r.article.title))).toEqual(['Bài một', 'TOO_LARGE', 'Bài ba']);
  });
});
