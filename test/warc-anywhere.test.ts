/**
 * WARC files written by other tools, made at test time: wget (`--warc-file`, WARC/1.0,
 * `<uri>` targets, chunked bodies) against a node:http server serving fixture pages, an
 * image, a stylesheet, a redirect and errors; warcio (gzip per record and uncompressed); a
 * whole-file gzip and a hand-written WARC/1.0 file; a Common-Crawl-style WET file of
 * `lynx -dump` renderings; and truncated, corrupt, missing and non-WARC files.
 */
import { runCli } from './helpers/cli.js';
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warcInputs } from '../src/batch/warc.js';
import { archivedArticles, extractWarc, readWarc } from '../src/crawl/index.js';
import { warcRecords } from '../src/crawl/warc-records.js';
import { WarcError } from '../src/errors.js';
import { extract } from '../src/extract.js';
import type { Article } from '../src/types.js';
import { page, redirect, startSite, wardFixtures, type Site } from './helpers/server.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'ward-news-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** True when `bin` runs here; the tests that need it say so and skip when it does not. */
function has(bin: string): boolean {
  try {
    execFileSync(bin, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn(`warc-anywhere: ${bin} not installed, its tests are skipped (.ci/run installs it)`);
    return false;
  }
}
const WGET = has('wget');
const LYNX = has('lynx');

const fixtures = wardFixtures().filter((f) => ['hue-huongxuan-dan-van-2020', 'liferay-01-an-khanh-trat-tu-via-he', 'joomla15-cp1258-xa-hoa-phong-nong-thon-moi'].includes(f.id));

async function collect<T>(it: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const x of it) items.push(x);
  } catch (e) {
    return { items, error: e };
  }
  return { items, error: undefined };
}

/** The articles of an archive, by URL; fails on any reading error. */
async function articlesOf(path: string): Promise<Map<string, Article>> {
  const { items, error } = await collect(extractWarc(path));
  expect(error).toBeUndefined();
  return new Map(items.map((r) => [r.url, r.article]));
}

/** Offsets of the gzip members of a per-record gzip file (wget's are one record each). */
function gzipMembers(bytes: Buffer): number[] {
  const members: number[] = [];
  for (let i = bytes.indexOf(0x1f); i >= 0; i = bytes.indexOf(0x1f, i + 1)) if (bytes[i + 1] === 0x8b && bytes[i + 2] === 8) members.push(i);
  return members;
}

/** `cli --warc <path>`: exit code, stdout, stderr. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // The built CLI, stdin closed (a piped stdin would be read as the page).
  const r = await runCli(['extract', ...args]);
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

// ---- wget --------------------------------------------------------------------------------

let site: Site;
const wgetWarc = join(dir, 'wget.warc.gz');
/** What the server sends for each page path: bytes and Content-Type. */
const served = new Map<string, { bytes: Buffer; contentType: string }>();

beforeAll(async () => {
  if (!WGET) return;
  site = await startSite();
  const links = fixtures.map((_, i) => `<a href="/tin/${i}">bài ${i}</a>`).join(' ');
  const index = Buffer.from(`<html><head><title>Tin tức</title><link rel="stylesheet" href="/style.css"></head><body>${links} <a href="/cu">cũ</a> <a href="/mat">mất</a> <a href="/loi">lỗi</a><img src="/logo.png"></body></html>`);
  served.set('/', { bytes: index, contentType: 'text/html; charset=utf-8' });
  site.route('/', page(index));
  for (const [i, f] of fixtures.entries()) {
    // One page chunked (no Content-Length), one gzip-encoded whatever wget accepts, one plain.
    const contentType = i === 2 ? `text/html; charset=${f.charset}` : 'text/html';
    served.set(`/tin/${i}`, { bytes: f.bytes, contentType });
    if (i === 0) site.route(`/tin/${i}`, (_req, res) => { res.writeHead(200, { 'content-type': contentType }); res.write(f.bytes.subarray(0, 1000)); res.end(f.bytes.subarray(1000)); });
    else if (i === 1) site.route(`/tin/${i}`, (_req, res) => void res.writeHead(200, { 'content-type': contentType, 'content-encoding': 'gzip' }).end(zlib.gzipSync(f.bytes)));
    else site.route(`/tin/${i}`, page(f.bytes, contentType));
  }
  site.route('/cu', redirect('/tin/0', 301));
  site.route('/loi', (_req, res) => void res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Lỗi máy chủ</h1>'));
  site.route('/logo.png', page(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'image/png'));
  site.route('/style.css', page('body { color: red }', 'text/css'));
  await run('wget', ['-q', `--warc-file=${wgetWarc.replace(/\.warc\.gz$/, '')}`, '-r', '-l1', '-p', '-P', join(dir, 'mirror'), '--tries=1', '--timeout=10', `${site.origin}/`], { timeout: 60_000 }).catch((e: { code?: number }) => {
    if (e.code !== 8) throw e; // 8: some request answered an error (the 404 and 500 on purpose)
  });
  await site.close();
}, 90_000);

describe.skipIf(!WGET)('a WARC written by wget --warc-file', () => {
  it('re-extracts to the same articles as extract() on the pages themselves', async () => {
    const got = await articlesOf(wgetWarc);
    const expected = new Map([...served].map(([path, { bytes, contentType }]) => [`${site.origin}${path}`, extract(bytes, { url: `${site.origin}${path}`, contentType })]));
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [url, article] of expected) expect(got.get(url), url).toEqual(article);
    expect(got.get(`${site.origin}/tin/0`)!.title).toBe(fixtures[0]!.expected.title);
  });

  it('reads every response with its status, drops <…> from WARC/1.0 targets, and keeps only 2xx HTML as articles', async () => {
    const { items, error } = await collect(readWarc(wgetWarc));
    expect(error).toBeUndefined();
    const status = new Map(items.filter((r) => r.type === 'response').map((r) => [r.url.replace(site.origin, ''), r.status]));
    expect(Object.fromEntries(status)).toMatchObject({ '/': 200, '/robots.txt': 404, '/cu': 301, '/mat': 404, '/loi': 500, '/logo.png': 200, '/style.css': 200, '/tin/1': 200 });
    expect(items.every((r) => !r.url.startsWith('<'))).toBe(true);
    // wget's own resource records (its arguments, its log) are text/plain, not pages.
    expect(items.some((r) => r.type === 'resource' && r.url.startsWith('metadata://'))).toBe(true);
    const gz = items.find((r) => r.url.endsWith('/tin/1'))!;
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(Buffer.from(gz.body).equals(fixtures[1]!.bytes)).toBe(true);
    const chunked = items.find((r) => r.url.endsWith('/tin/0'))!;
    expect(chunked.headers.get('transfer-encoding')).toBe('chunked');
    expect(Buffer.from(chunked.body).equals(fixtures[0]!.bytes)).toBe(true);
    const pages = await collect(archivedArticles(wgetWarc));
    expect(pages.items.map((r) => r.url.replace(site.origin, '')).sort()).toEqual(['/', '/tin/0', '/tin/1', '/tin/2']);
  });

  it('whole-file gzip and uncompressed copies read the same', async () => {
    const plain = zlib.gunzipSync(readFileSync(wgetWarc));
    writeFileSync(join(dir, 'wget.warc'), plain);
    writeFileSync(join(dir, 'wget-whole.warc.gz'), zlib.gzipSync(plain));
    const gotGz = await articlesOf(wgetWarc);
    expect(await articlesOf(join(dir, 'wget.warc'))).toEqual(gotGz);
    expect(await articlesOf(join(dir, 'wget-whole.warc.gz'))).toEqual(gotGz);
  });

  it('a truncated copy gives the records before the cut, then a TRUNCATED WarcError', async () => {
    const bytes = readFileSync(wgetWarc);
    const all = (await collect(readWarc(wgetWarc))).items.map((r) => r.url);
    for (const [name, data] of [['cut.warc.gz', bytes], ['cut.warc', zlib.gunzipSync(bytes)]] as const) {
      const path = join(dir, name);
      writeFileSync(path, data.subarray(0, Math.floor(data.length * 0.6)));
      const { items, error } = await collect(readWarc(path));
      expect(error, name).toBeInstanceOf(WarcError);
      expect((error as WarcError).code).toBe('TRUNCATED');
      expect(items.length).toBeGreaterThan(2);
      expect(items.map((r) => r.url)).toEqual(all.slice(0, items.length));
    }
    // Cut anywhere: every record whose gzip member ends before the cut is read, none after it.
    const members = gzipMembers(bytes);
    for (const [n, member] of members.entries()) {
      if (n === 0) continue;
      const path = join(dir, `cut-${n}.warc.gz`);
      writeFileSync(path, bytes.subarray(0, member + 20));
      const { items, error } = await collect(warcRecords(path, 1 << 26));
      expect(items.length, `cut in member ${n}`).toBe(n);
      expect((error as WarcError).code).toBe('TRUNCATED');
    }
  });

  it('a copy with overwritten bytes gives the records around them, then a CORRUPT WarcError', async () => {
    const bytes = readFileSync(wgetWarc);
    const all = (await collect(readWarc(wgetWarc))).items;
    // Overwrite the middle of the member that holds the body of /tin/1: only that record is lost.
    const plain = zlib.gunzipSync(bytes);
    const members = gzipMembers(bytes);
    const sizes = members.map((m, i) => (members[i + 1] ?? bytes.length) - m);
    const big = members[sizes.indexOf(Math.max(...sizes))]!;
    const broken = Buffer.from(bytes);
    broken.fill(0x58, big + 200, big + 260);
    writeFileSync(join(dir, 'broken.warc.gz'), broken);
    const { items, error } = await collect(readWarc(join(dir, 'broken.warc.gz')));
    expect(error).toBeInstanceOf(WarcError);
    expect((error as WarcError).code).toBe('CORRUPT');
    expect(items.length).toBe(all.length - 1);
    // Every record but the damaged one, none twice.
    const ids = (await collect(warcRecords(join(dir, 'broken.warc.gz'), 1 << 26))).items.map((r) => r.fields.get('warc-record-id'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(members.length - 1);
    // Bytes after the last member, and a member whose header is overwritten.
    writeFileSync(join(dir, 'tail.warc.gz'), Buffer.concat([bytes, Buffer.from('trailing junk\n')]));
    const tail = await collect(readWarc(join(dir, 'tail.warc.gz')));
    expect((tail.error as WarcError).code).toBe('CORRUPT');
    expect(tail.items.map((r) => r.url)).toEqual(all.map((r) => r.url));
    const headless = Buffer.from(bytes);
    headless.write('garbage', members.at(-3)!, 'latin1');
    writeFileSync(join(dir, 'headless.warc.gz'), headless);
    const lost = await collect(readWarc(join(dir, 'headless.warc.gz')));
    expect((lost.error as WarcError).code).toBe('CORRUPT');
    expect(lost.items.length).toBeGreaterThanOrEqual(all.length - 1);
    expect(lost.items.map((r) => r.url)).toEqual(all.map((r) => r.url).filter((u) => lost.items.some((r) => r.url === u)));
    // Uncompressed: junk between two records is skipped to the next record.
    const at = plain.indexOf('WARC/1.0', plain.length >> 1);
    writeFileSync(join(dir, 'junk.warc'), Buffer.concat([plain.subarray(0, at), Buffer.from('\x00\x01garbage line\r\nmore garbage\r\n'), plain.subarray(at)]));
    const junk = await collect(readWarc(join(dir, 'junk.warc')));
    expect((junk.error as WarcError).code).toBe('CORRUPT');
    expect(junk.items.map((r) => r.url)).toEqual(all.map((r) => r.url));
  });

  it('extract --warc prints the articles of a truncated archive and a one-line error, exit 1', async () => {
    const r = await cli(['--warc', join(dir, 'cut.warc.gz'), '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').length).toBeGreaterThan(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cut\.warc\.gz: .*\(TRUNCATED\)/);
  }, 30_000);
});

// ---- warcio ------------------------------------------------------------------------------

const DATE = '2025-03-04T05:06:07Z';

/** A warcio record of `type` for `url`, HTTP headers given as pairs. */
function record(type: 'response' | 'revisit' | 'request' | 'resource' | 'metadata', url: string, body: Buffer | string, httpHeaders: Record<string, string> = {}, statusline = 'HTTP/1.1 200 OK', warcHeaders: Record<string, string> = {}): WARCRecord {
  const http = type === 'response' || type === 'request' || type === 'revisit';
  return WARCRecord.create({ url, date: DATE, type, warcVersion: 'WARC/1.1', warcHeaders, ...(http ? { httpHeaders, statusline } : {}) }, [Buffer.from(body)]);
}

/** The pages the warcio archives hold, and what extract gives for each. */
const warcioPages = [...fixtures, fixtures[0]!].map((f, i) => ({ url: `https://xa${i}.example.gov.vn/tin/${i}`, bytes: f.bytes, contentType: `text/html; charset=${f.charset}` }));

async function warcioArchive(path: string, gzip: boolean): Promise<void> {
  const [a, b, c, d] = warcioPages as [typeof warcioPages[0], typeof warcioPages[0], typeof warcioPages[0], typeof warcioPages[0]];
  const records = [
    WARCRecord.createWARCInfo({ filename: 'x.warc', warcVersion: 'WARC/1.1' }, { software: 'warcio test' }),
    record('request', a.url, '', { host: 'xa0.example.gov.vn' }, `GET /tin/0 HTTP/1.1`),
    record('response', a.url, a.bytes, { 'content-type': a.contentType }),
    record('response', b.url, zlib.brotliCompressSync(b.bytes), { 'content-type': b.contentType, 'content-encoding': 'br' }),
    record('revisit', a.url, '', { 'content-type': a.contentType }, 'HTTP/1.1 200 OK', { 'WARC-Profile': 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest' }),
    record('metadata', a.url, 'outlinks: https://xa0.example.gov.vn/\r\n', {}, '', { 'Content-Type': 'application/warc-fields' }),
    record('resource', c.url, c.bytes, {}, '', { 'Content-Type': c.contentType }),
    // Stored decoded with its Content-Encoding kept (some writers do): read as it is.
    record('response', d.url, d.bytes, { 'content-type': d.contentType, 'content-encoding': 'gzip' }),
    record('response', 'https://xa0.example.gov.vn/anh.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), { 'content-type': 'image/jpeg' }),
    record('response', 'https://xa0.example.gov.vn/script.js', 'var x = 1;', { 'content-type': 'application/javascript' }),
    record('response', 'https://xa0.example.gov.vn/het', '<h1>Không tìm thấy</h1>', { 'content-type': 'text/html' }, 'HTTP/1.1 404 Not Found'),
    record('response', 'https://xa0.example.gov.vn/chuyen', '', { location: a.url }, 'HTTP/1.1 302 Found'),
  ];
  for (const r of records) appendFileSync(path, await WARCSerializer.serialize(r, { gzip }));
}

describe('WARC files written by warcio', () => {
  for (const gzip of [true, false]) {
    it(`${gzip ? 'gzip per record' : 'uncompressed'}: responses (any charset, br) and HTML resources are the articles; revisit, request, metadata, non-HTML and non-2xx are skipped`, async () => {
      const path = join(dir, `warcio${gzip ? '.warc.gz' : '.warc'}`);
      await warcioArchive(path, gzip);
      const got = await articlesOf(path);
      expect([...got.keys()]).toEqual(warcioPages.map((p) => p.url));
      for (const p of warcioPages) expect(got.get(p.url), p.url).toEqual(extract(p.bytes, { url: p.url, contentType: p.contentType }));
      const types = (await collect(readWarc(path))).items.map((r) => r.type);
      expect(types).toEqual(['response', 'response', 'resource', 'response', 'response', 'response', 'response', 'response']);
    });
  }
});

// ---- hand-written WARC/1.0 -----------------------------------------------------------------

/** A record as bytes, WARC/1.0 style: `<uri>` targets, CRLF lines, the block framed by Content-Length. */
function warc10(type: string, uri: string | null, contentType: string, block: Buffer, extra = '', brackets = true): Buffer {
  const target = uri === null ? '' : `WARC-Target-URI: ${brackets ? `<${uri}>` : uri}\r\n`;
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\n${target}WARC-Date: ${DATE}\r\nWARC-Record-ID: <urn:uuid:${crypto.randomUUID()}>\r\n${extra}Content-Type: ${contentType}\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
}

describe('a hand-written WARC/1.0 file', () => {
  it('reads <uri> targets, LF-only HTTP headers, and skips dns: responses', async () => {
    const [a, b] = warcioPages as [typeof warcioPages[0], typeof warcioPages[0]];
    const http = (headers: string, body: Buffer) => Buffer.concat([Buffer.from(headers), body]);
    const path = join(dir, 'v10.warc');
    writeFileSync(path, Buffer.concat([
      warc10('response', 'dns:xa0.example.gov.vn', 'text/dns', Buffer.from('20250304050607\nxa0.example.gov.vn. 300 IN A 10.0.0.1\n')),
      warc10('response', a.url, 'application/http; msgtype=response', http(`HTTP/1.0 200 OK\r\nContent-Type: ${a.contentType}\r\nContent-Length: ${a.bytes.length}\r\n\r\n`, a.bytes)),
      warc10('response', b.url, 'application/http; msgtype=response', http(`HTTP/1.1 200 OK\nContent-Type: ${b.contentType}\n\n`, b.bytes)),
    ]));
    const got = await articlesOf(path);
    expect([...got.keys()]).toEqual([a.url, b.url]);
    for (const p of [a, b]) expect(got.get(p.url)).toEqual(extract(p.bytes, { url: p.url, contentType: p.contentType }));
  });
});

// ---- WET ---------------------------------------------------------------------------------

describe.skipIf(!LYNX)('a Common-Crawl-style WET file', () => {
  it('yields its conversion records as text inputs with their URL', async () => {
    const texts = fixtures.map((f, i) => {
      const file = join(dir, `wet-${i}.html`);
      writeFileSync(file, f.bytes);
      const text = execFileSync('lynx', ['-dump', '-nolist', '-force_html', '-display_charset=UTF-8', `-assume_charset=${f.charset}`, file]);
      return { url: `https://xa${i}.example.gov.vn/tin/${i}`, text };
    });
    const path = join(dir, 'crawl.warc.wet.gz');
    writeFileSync(path, zlib.gzipSync(warc10('warcinfo', null, 'application/warc-fields', Buffer.from('Software-Info: ia-web-commons\r\nExtracted-Date: Tue, 04 Mar 2025 05:06:07 GMT\r\n'))));
    for (const t of texts) {
      // As Common Crawl writes them: WARC/1.0, bare target URIs, the response record they convert named.
      const extra = `WARC-Refers-To: <urn:uuid:${crypto.randomUUID()}>\r\nWARC-Identified-Content-Language: vie\r\n`;
      appendFileSync(path, zlib.gzipSync(warc10('conversion', t.url, 'text/plain', t.text, extra, false)));
    }
    const { items, error } = await collect(warcInputs(path));
    expect(error).toBeUndefined();
    expect(items.map((i) => [i.url, i.format, i.contentType])).toEqual(texts.map((t) => [t.url, 'text', 'text/plain']));
    for (const [i, t] of texts.entries()) expect(Buffer.from(items[i]!.body as Uint8Array).equals(t.text)).toBe(true);
    const articles = (await collect(extractWarc(path))).items;
    expect(articles.map((a) => a.url)).toEqual(texts.map((t) => t.url));
    for (const [i, t] of texts.entries()) expect(articles[i]!.article).toEqual(extract(t.text, { url: t.url, contentType: 'text/plain', format: 'text' }));
  });
});

// ---- files that are not archives ---------------------------------------------------------------

describe('files that are not WARC archives', () => {
  it('readWarc on a missing file or a folder throws WarcError UNREADABLE (ENOENT, EISDIR)', async () => {
    const { items, error } = await collect(readWarc(join(dir, 'nope.warc.gz')));
    expect(items).toEqual([]);
    expect(error).toBeInstanceOf(WarcError);
    expect((error as WarcError).code).toBe('UNREADABLE');
    expect(((error as WarcError).details.cause as { code: string }).code).toBe('ENOENT');
    const folder = await collect(readWarc(dir));
    expect((folder.error as WarcError).code).toBe('UNREADABLE');
    expect(((folder.error as WarcError).details.cause as { code: string }).code).toBe('EISDIR');
  });

  it('readWarc on an HTML page, gzipped or not, or random bytes throws WarcError NOT_WARC', async () => {
    const html = fixtures[0]!.bytes;
    const random = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919 + (i >> 3)) & 0xff));
    for (const [name, bytes] of [['page.html', html], ['page.html.gz', zlib.gzipSync(html)], ['random.bin', random], ['empty.warc', Buffer.alloc(0)]] as const) {
      writeFileSync(join(dir, name), bytes);
      const { items, error } = await collect(readWarc(join(dir, name)));
      expect(items, name).toEqual([]);
      expect(error, name).toBeInstanceOf(WarcError);
      expect((error as WarcError).code, name).toBe('NOT_WARC');
    }
  });

  it('extract --warc on a missing file or an HTML page: one line on stderr, exit 1; neither inputs nor --warc: exit 2', async () => {
    writeFileSync(join(dir, 'page.html'), fixtures[0]!.bytes);
    const [missing, html, usage] = await Promise.all([cli(['--warc', join(dir, 'nope.warc.gz')]), cli(['--warc', join(dir, 'page.html')]), cli([])]);
    for (const [r, code] of [[missing, 'UNREADABLE'], [html, 'NOT_WARC']] as const) {
      expect(r.code).toBe(1);
      // The archive is the one input: its JSON Lines line names it and the error (issue 18).
      expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).error.code)).toEqual([code]);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`(${code})`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(usage.code).toBe(2);
  }, 30_000);
});
