import { readFileSync } from 'node:fs';
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

  it('prints JSON Lines for several inputs, in order', async () => {
    const r = await cli(['extract', PAGE, OTHER]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((a) => a.title)).toEqual([expected.title, JSON.parse(readFileSync(OTHER.replace('page.html', 'expected.json'), 'utf8')).title]);
  });

  it('reads stdin for -, with --url', async () => {
    const r = await cli(['extract', '-', '--url', 'https://example.gov.vn/tin/1'], readFileSync(PAGE));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).url).toBe('https://example.gov.vn/tin/1');
  });

  it('reports a failed input on stderr, goes on, and exits 1', async () => {
    const r = await cli(['extract', 'no/such/page.html', PAGE, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no/such/page.html');
    expect(JSON.parse(r.stdout.trim()).title).toBe(expected.title);
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
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/format/);
  });

  it('explains itself with --help', async () => {
    const r = await cli(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format');
    expect(r.stdout).toContain('stdin');
  });
});
