/**
 * Issue 18's "done when" script: the built CLI run as a new user would, on their own files and
 * a local portal (a real node:http server, slow on purpose), checking what they see: the
 * version, named failures with non-zero exits and no stack trace, one JSON line per input, a
 * crawl that cannot start failing, and Ctrl-C during a crawl exiting 130 with its summary.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { finished, runCli, spawnCli, type CliRun } from './helpers/cli.js';

const PAGE = 'fixtures/ward/wordpress-02-dien-ngoc-nha-dai-doan-ket/page.html';
const dir = mkdtempSync(join(tmpdir(), 'ward-news-new-user-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Nothing a user should see on failure: a stack frame, an uncaught exception, a whole help text. */
function noCrash(r: CliRun): void {
  expect(r.stderr).not.toMatch(/^\s+at |DOMException|Error: .*\n\s+at |Usage:/m);
  expect(r.signal).toBeNull();
}

describe('a new user of the CLI', () => {
  it('ward-news --version prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('a missing WARC, binary bytes and a gzipped page under another name: named, exit 1, no stack trace', async () => {
    writeFileSync(join(dir, 'random.bin'), Uint8Array.from({ length: 20_000 }, (_, i) => (i * 2654435761) >>> 24));
    writeFileSync(join(dir, 'page.html.gzip'), gzipSync(readFileSync(PAGE)));
    const warc = await runCli(['extract', '--warc', join(dir, 'nope.warc.gz')]);
    expect(warc.code).toBe(1);
    expect(warc.stderr.split('\n')).toEqual([expect.stringMatching(new RegExp(`^ward-news extract: ${join(dir, 'nope.warc.gz')}: [^/]*ENOENT.*\\(UNREADABLE\\)$`)), '']);
    for (const [file, code] of [['random.bin', 'BINARY'], ['page.html.gzip', 'COMPRESSED']] as const) {
      const r = await runCli(['extract', join(dir, file)]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toEqual([expect.stringMatching(new RegExp(`^ward-news extract: ${join(dir, file)}: not a web page: .*\\(${code}\\)$`)), '']);
      noCrash(r);
    }
  });

  it('three inputs with one missing give three JSON lines naming their inputs, in order, and exit 1', async () => {
    const inputs = [PAGE, join(dir, 'missing.html'), PAGE];
    const r = await runCli(['extract', ...inputs]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; title?: string; error?: { code: string } });
    expect(lines.map((l) => l.input)).toEqual(inputs);
    expect(lines[1]!.error).toEqual({ code: 'ENOENT', message: 'no such file' });
    expect(lines[0]!.title).toBeTruthy();
    expect(r.stderr).toBe(`ward-news extract: ${inputs[1]}: no such file (ENOENT)\n`);
  });

  it('a crawl of an invalid start URL is a usage error (2), of an unreachable one a failure (1), each in one line', async () => {
    for (const url of ['ftp://x.vn/', 'http://', 'not-a-url']) {
      const r = await runCli(['crawl', url, '-o', join(dir, 'out.jsonl')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`ward-news crawl: ${url}: not an http(s) URL of a listing page (see ward-news crawl --help)\n`);
    }
    // A port nothing listens on (the server is closed before the crawl starts).
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const r = await runCli(['crawl', `http://127.0.0.1:${port}/tin-tuc`, '-o', join(dir, 'out.jsonl'), '--allow-private', '--retries', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^ward-news crawl: http://127\\.0\\.0\\.1:${port}/tin-tuc: listing NETWORK: .*\\n`));
    expect(r.stderr).toMatch(/0 new article\(s\), 0 listing page\(s\), 1 error\(s\) \(NETWORK 1\)/);
    noCrash(r);
  });

  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s during a crawl finishes the request in flight, writes it, prints the summary and exits %i', async (sig, code) => {
    const page = readFileSync(PAGE);
    let articleRequests = 0;
    let inFlight: (() => void) | undefined;
    const started = new Promise<void>((resolve) => (inFlight = resolve));
    const server = http.createServer((req, res) => {
      if (req.url === '/tin-tuc') {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        const items = [1, 2, 3, 4].map((i) => `<li><a href="/tin/${i}.html">Phường tổ chức hội nghị số ${i} về xây dựng nông thôn mới</a> <span>0${i}/03/2024</span></li>`);
        res.end(`<html><body><h1>Tin tức</h1><ul class="list-news">${items.join('')}</ul></body></html>`);
      } else if (req.url?.startsWith('/tin/')) {
        articleRequests++;
        inFlight?.();
        // Slow: the interrupt arrives while this request is in flight.
        setTimeout(() => {
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(page);
        }, 1500);
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const out = join(dir, `crawl-${sig}.jsonl`);
    const state = join(dir, `crawl-${sig}.state`);
    try {
      const child = spawnCli(['crawl', `http://127.0.0.1:${port}/tin-tuc`, '-o', out, '--state', state, '--allow-private', '--interval', '300']);
      const done = finished(child);
      await started;
      child.kill(sig);
      const r = await done;
      expect(r.code).toBe(code);
      noCrash(r);
      expect(r.stderr).toMatch(/1 new article\(s\), 1 listing page\(s\), 0 error\(s\) in [\d.]+ s -> .*\(interrupted; rerun with the same --state to resume\)\n$/);
      // The article in flight was finished and written; the others were never requested.
      expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1);
      expect(articleRequests).toBe(1);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
