/**
 * Pathological inputs (issue 7): each has a documented behaviour and limit (docs/security.md).
 * Sizes here are the smallest that show the behaviour; `npm run bench:pathological` runs the
 * full sizes (30 MB, 1,000,000 links, 20 MB of text, ...) and prints time and peak RSS.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractError, FetchError } from '../src/errors.js';
import { extract } from '../src/extract.js';
import { fetchArticle, fetchPage, type FetchOptions } from '../src/fetch/index.js';
import { extractListing } from '../src/listing/index.js';
import { checkArticle, checkListing } from './helpers/properties.js';
import {
  brokenUtf8, cp1258SaysUtf8, CP1258_PAGE, fixture, hugePage, hugeText, manyLinks, nested, undeclared, utf16, UTF8_PAGE,
} from './helpers/pathological.js';

const utf8Page = fixture(UTF8_PAGE);
const cp1258Page = fixture(CP1258_PAGE);

function extractError(f: () => unknown): ExtractError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ExtractError);
    return e as ExtractError;
  }
  throw new Error('expected an ExtractError');
}

describe('extract on pathological pages', () => {
  it('100,000 nested elements: the deep tags are flattened and the text is kept', () => {
    const a = extract(nested(100_000));
    checkArticle(a);
    expect(a.text).toContain('Ủy ban nhân dân phường đã tổ chức ra quân');
  });

  it('a page of several MB (article plus a huge comment section) still gives its article', () => {
    const a = extract(hugePage(3 * 1024 * 1024), { url: utf8Page.url });
    checkArticle(a);
    expect(a.title).toBe(utf8Page.title);
    expect(a.text.length).toBeGreaterThan(500);
  });

  it('maxBytes refuses a larger input with TOO_LARGE (bytes and strings alike)', () => {
    const page = hugePage(2 * 1024 * 1024);
    expect(extractError(() => extract(page, { maxBytes: 1024 * 1024 })).code).toBe('TOO_LARGE');
    expect(extractError(() => extract(page.toString('utf8'), { maxBytes: 1024 * 1024 })).code).toBe('TOO_LARGE');
    expect(extractError(() => extractListing(page, { maxBytes: 1024 * 1024 })).code).toBe('TOO_LARGE');
  });

  it('a page with many links: extract finds no article in a link list, extractListing lists every link once', () => {
    const html = manyLinks(10_000);
    const a = extract(html, { url: 'https://phuong.example.gov.vn/tin-tuc' });
    checkArticle(a);
    const l = extractListing(html, { url: 'https://phuong.example.gov.vn/tin-tuc' });
    checkListing(l);
    expect(l.articles).toHaveLength(10_000);
  });

  it('maxNodes stops parsing and the result is built from what was parsed', () => {
    const html = manyLinks(10_000);
    const l = extractListing(html, { url: 'https://phuong.example.gov.vn/tin-tuc', maxNodes: 2_000 });
    checkListing(l);
    expect(l.articles.length).toBeGreaterThan(0);
    // Each link is at least two nodes; the limit is checked every 16 KiB of input (~550 links here).
    expect(l.articles.length).toBeLessThan(2_000 / 2 + 600);
    const page = hugePage(1024 * 1024);
    const a = extract(page, { url: utf8Page.url, maxNodes: 500 });
    checkArticle(a);
    expect(a.title).toBe(utf8Page.title); // the article comes first; the comments past the limit are not read
  });

  it('one huge text node without tags becomes the text of the article', () => {
    const text = hugeText(1_000_000);
    const a = extract(text);
    checkArticle(a);
    expect(a.text.length).toBeGreaterThan(900_000);
  });

  it('binary data served as HTML is refused by name (BINARY), not read as text', () => {
    const bytes = new Uint8Array(1024 * 1024);
    let x = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    expect(() => extract(bytes, { contentType: 'text/html' })).toThrow(expect.objectContaining({ code: 'BINARY' }));
  });
});

describe('encodings', () => {
  it('NUL bytes and invalid UTF-8 are dropped or replaced; the text is clean', () => {
    for (const bytes of [brokenUtf8(), undeclared(brokenUtf8())]) {
      const a = extract(bytes, { url: utf8Page.url });
      checkArticle(a);
      expect(a.title).toBe(utf8Page.title);
      expect(JSON.stringify(a)).not.toMatch(/\\u0000|[\u0001-\u0008]/);
    }
  });

  it('UTF-16 with a byte-order mark (LE and BE) is decoded, whatever the page declares', () => {
    for (const endian of ['le', 'be'] as const) {
      const a = extract(utf16(endian), { url: utf8Page.url, contentType: 'text/html; charset=utf-8' });
      checkArticle(a);
      expect(a.title).toBe(utf8Page.title);
    }
  });

  it('a Content-Type charset that lies (iso-8859-1, windows-1252 on UTF-8 bytes) is overruled by the bytes', () => {
    for (const charset of ['iso-8859-1', 'windows-1252', 'us-ascii']) {
      expect(extract(utf8Page.bytes, { contentType: `text/html; charset=${charset}` }).title, charset).toBe(utf8Page.title);
    }
  });

  it('a <meta charset=utf-8> that lies on windows-1258 bytes is overruled by the bytes', () => {
    expect(extract(cp1258SaysUtf8()).title).toBe(cp1258Page.title);
    expect(extract(cp1258SaysUtf8(), { contentType: 'text/html; charset=utf-8' }).title).toBe(cp1258Page.title);
  });
});

describe('fetchPage against hostile servers', () => {
  let server: http.Server;
  let origin = '';
  const closed = new Map<string, boolean>();
  // A gzip body of 256 MiB of zeros: about 256 KB on the wire.
  const bomb = zlib.gzipSync(Buffer.alloc(256 * 1024 * 1024), { level: 9 });
  const local: FetchOptions = { allowAddress: () => true, retries: 0 };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      res.on('close', () => closed.set(req.url!, true));
      if (req.url === '/bomb') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': bomb.length }).end(bomb);
      } else if (req.url === '/endless' || req.url === '/drip') {
        // Chunked, never ends: fast (64 KB per tick) or a few bytes now and then.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const chunk = req.url === '/endless' ? Buffer.alloc(64 * 1024, 'a') : Buffer.from('<p>x</p>');
        const timer = setInterval(() => res.write(chunk), req.url === '/endless' ? 1 : 50);
        res.on('close', () => clearInterval(timer));
      } else if (req.url === '/huge') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hugePage(24 * 1024 * 1024));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function failure(p: Promise<unknown>): Promise<FetchError> {
    const e = await p.then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(FetchError);
    return e as FetchError;
  }

  it('a gzip bomb stops at the default maxBytes (20 MiB decoded) with TOO_LARGE', async () => {
    const e = await failure(fetchPage(`${origin}/bomb`, local));
    expect(e.code).toBe('TOO_LARGE');
  });

  it('an endless chunked body stops at maxBytes with TOO_LARGE and the connection is dropped', async () => {
    const e = await failure(fetchPage(`${origin}/endless`, local));
    expect(e.code).toBe('TOO_LARGE');
    await expect.poll(() => closed.get('/endless')).toBe(true);
  });

  it('an endless body that drips under maxBytes stops at the attempt deadline with TIMEOUT', async () => {
    const e = await failure(fetchPage(`${origin}/drip`, { ...local, timeout: 400 }));
    expect(e.code).toBe('TIMEOUT');
    await expect.poll(() => closed.get('/drip')).toBe(true);
  });

  it('a page over the default 20 MiB is refused by fetchArticle before extraction', async () => {
    const e = await failure(fetchArticle(`${origin}/huge`, local));
    expect(e.code).toBe('TOO_LARGE');
  });
});
