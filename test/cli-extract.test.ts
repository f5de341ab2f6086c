import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const PAGE = 'fixtures/ward/wordpress-02-dien-ngoc-nha-dai-doan-ket/page.html';
const OTHER = 'fixtures/ward/liferay-02-vinh-ninh-doi-song-van-hoa/page.html';
const expected = JSON.parse(readFileSync(PAGE.replace('page.html', 'expected.json'), 'utf8'));

async function cli(args: string[], input?: Buffer) {
  const r = await runCli(args, input === undefined ? {} : { stdin: input });
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}

describe('ward-news extract', () => {
  it('prints one article as a JSON object', async () => {
    const r = await cli(['extract', PAGE]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.title).toBe(expected.title);
    expect(a.publishedAt).toBe(expected.publishedAt);
  });

  it('prints JSON Lines for several inputs, in order, each naming its input', async () => {
    const r = await cli(['extract', PAGE, OTHER]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((a) => a.title)).toEqual([expected.title, JSON.parse(readFileSync(OTHER.replace('page.html', 'expected.json'), 'utf8')).title]);
    expect(lines.map((a) => a.input)).toEqual([PAGE, OTHER]);
  });

  it('reads piped stdin without "-", and says so when it is empty', async () => {
    const r = await cli(['extract', '--url', 'https://example.gov.vn/tin/1'], readFileSync(PAGE));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe(expected.title);
    const none = await cli(['extract'], Buffer.alloc(0));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^ward-news extract: no input.*--help\)\n$/);
  });

  it('reads .gz files and gzip on stdin; names gzip under another name, binary bytes and WARC files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ward-news-cli-'));
    const gz = gzipSync(readFileSync(PAGE));
    writeFileSync(join(dir, 'page.html.gz'), gz);
    writeFileSync(join(dir, 'page.bin'), gz);
    writeFileSync(join(dir, 'random.bin'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(join(dir, 'crawl.warc'), 'WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n');
    expect(JSON.parse((await cli(['extract', join(dir, 'page.html.gz')])).stdout).title).toBe(expected.title);
    expect(JSON.parse((await cli(['extract'], gz)).stdout).title).toBe(expected.title);
    const r = await cli(['extract', join(dir, 'page.bin'), join(dir, 'random.bin'), join(dir, 'crawl.warc'), '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).error.code)).toEqual(['COMPRESSED', 'BINARY', 'WARC_FILE']);
    expect(r.stderr.trim().split('\n')).toEqual([
      `ward-news extract: ${join(dir, 'page.bin')}: not a web page: gzip (decompress it first) (COMPRESSED)`,
      `ward-news extract: ${join(dir, 'random.bin')}: not a web page: binary data (BINARY)`,
      `ward-news extract: ${join(dir, 'crawl.warc')}: a WARC archive, not a page: read it with --warc (WARC_FILE)`,
    ]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads stdin for -, with --url', async () => {
    const r = await cli(['extract', '-', '--url', 'https://example.gov.vn/tin/1'], readFileSync(PAGE));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).url).toBe('https://example.gov.vn/tin/1');
  });

  it('reports a failed input on stderr, goes on, and exits 1', async () => {
    const r = await cli(['extract', 'no/such/page.html', PAGE, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('ward-news extract: no/such/page.html: no such file (ENOENT)\n');
    const [failed, ok] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(failed).toEqual({ input: 'no/such/page.html', error: { code: 'ENOENT', message: 'no such file' } });
    expect(ok.input).toBe(PAGE);
    expect(ok.title).toBe(expected.title);
  });

  it('prints Markdown and text', async () => {
    const md = await cli(['extract', PAGE, '--format', 'markdown']);
    expect(md.stdout.startsWith(`# ${expected.title}\n`)).toBe(true);
    expect(md.stdout).toContain(`## ${expected.headings[0]}`);
    const text = await cli(['extract', PAGE, '--format', 'text']);
    expect(text.stdout).toBe(`${expected.title}\n\n${expected.text}\n`);
  });

  it('rejects an unknown format with a usage error', async () => {
    const r = await cli(['extract', PAGE, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ward-news extract: .*format.*\(see ward-news extract --help\)\n$/);
  });

  it('explains itself with --help', async () => {
    const r = await cli(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format');
    expect(r.stdout).toContain('stdin');
  });
});
