/**
 * `ward-news inspect`: writes the report of a page to `-o` or stdout, exits 1 with a
 * one-line message when the page cannot be read.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { runCli } from './helpers/cli.js';

const PAGE = 'fixtures/ward/hue-phumau-dong-xuan-2020/page.html';
const dir = mkdtempSync(join(tmpdir(), 'ward-inspect-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(['inspect', ...args]);

describe('ward-news inspect', () => {
  it('writes the report to -o, and the same report to stdout without it', async () => {
    const out = join(dir, 'report.html');
    const r = await cli(PAGE, '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(extract(readFileSync(PAGE)).title);
    const toStdout = await cli(PAGE);
    expect(toStdout.code).toBe(0);
    expect(toStdout.stdout).toBe(html);
  }, 30_000);

  it('writes the decisions as JSON with --json', async () => {
    const r = await cli(PAGE, '--json');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { article: { title: string }; blocks: { index: number; decision: string }[] };
    expect(data.article).toEqual(JSON.parse(JSON.stringify(extract(readFileSync(PAGE)))));
    expect(data.blocks.map((b) => b.index)).toEqual(data.blocks.map((_, i) => i));
    expect(data.blocks.filter((b) => b.decision === 'title')).toHaveLength(1);
  }, 30_000);

  it('fails with one line on stderr and exit 1 for a missing file', async () => {
    const r = await cli(join(dir, 'missing.html'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/missing\.html/);
  }, 30_000);
});
