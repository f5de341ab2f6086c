import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFeed } from '../src/feeds/parse.js';
import { fixtureArticles, FIXTURES } from './feed-articles.js';
import { feedparser } from './feed-readers.js';
import { runCli } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'ward-news-feed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run { code: number; stdout: string; stderr: string }

async function cli(args: string[], stdin?: string): Promise<Run> {
  const r = await runCli(['feed', ...args], { cwd: ROOT, stdin: stdin ?? '' });
  return { code: r.code ?? 1, stdout: r.stdout, stderr: r.stderr };
}

const articles = fixtureArticles().map((f) => f.article);
const jsonl = (list: typeof articles): string => list.map((a) => JSON.stringify(a)).join('\n');
const channel = ['--title', 'Phường mẫu', '--link', 'https://portal.example.gov.vn/', '--self', 'https://portal.example.gov.vn/feed.xml'];

describe('ward-news feed', () => {
  it('re-run daily with --merge adds only the new items', async () => {
    const feed = join(dir, 'feed.xml');
    writeFileSync(join(dir, 'day1.jsonl'), jsonl(articles.slice(0, 10)));
    writeFileSync(join(dir, 'day2.jsonl'), jsonl(articles.slice(6)));

    const day1 = await cli([join(dir, 'day1.jsonl'), ...channel, '--merge', feed, '-o', feed]);
    expect(day1).toMatchObject({ code: 0, stderr: '' });
    const first = readFileSync(feed, 'utf8');
    const firstItems = readFeed(first).entries;
    expect(firstItems.map((e) => e.id).sort()).toEqual(articles.slice(0, 10).map((a) => a.url).sort());

    // Day 2 overlaps day 1 by four articles; only the nine unseen ones are added.
    const day2 = await cli([join(dir, 'day2.jsonl'), '--merge', feed, '-o', feed]);
    expect(day2).toMatchObject({ code: 0, stderr: '' });
    const second = readFileSync(feed, 'utf8');
    const items = readFeed(second).entries;
    expect(items).toHaveLength(articles.length);
    expect(new Set(items.map((e) => e.id))).toEqual(new Set(articles.map((a) => a.url)));
    for (const old of firstItems) expect(items.find((e) => e.id === old.id)).toEqual(old);
    expect(readFeed(second).channel.title).toBe('Phường mẫu');
    const parsed = await feedparser(second);
    expect(Number(parsed.bozo)).toBe(0);

    // Same input again: nothing new, the file is left byte for byte as it was.
    await cli([join(dir, 'day2.jsonl'), '--merge', feed, '-o', feed]);
    expect(readFileSync(feed, 'utf8')).toBe(second);
  });

  it('reads JSONL on stdin and writes Atom and JSON Feed with a limit', async () => {
    const atom = await cli(['-', ...channel, '--format', 'atom', '--limit', '3'], jsonl(articles));
    expect(atom.code).toBe(0);
    expect(readFeed(atom.stdout).format).toBe('atom');
    expect(readFeed(atom.stdout).entries).toHaveLength(3);
    const json = await cli(['-', ...channel, '--format', 'json'], jsonl(articles.slice(0, 4)));
    expect((JSON.parse(json.stdout) as { items: unknown[] }).items).toHaveLength(4);
  });

  it('extracts HTML pages given as files', async () => {
    const ids = fixtureArticles().slice(0, 3).map((f) => f.id);
    const run = await cli([...ids.map((id) => join(FIXTURES, 'ward', id, 'page.html')), ...channel]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const entries = readFeed(run.stdout).entries;
    expect(entries).toHaveLength(3);
    const titles = fixtureArticles().slice(0, 3).map((f) => f.article.title);
    expect(entries.map((e) => e.title).sort()).toEqual(titles.sort());
  });

  it('fetches pages given as URLs', async () => {
    const ids = fixtureArticles().slice(3, 5).map((f) => f.id);
    const server = createServer((req, res) => {
      const id = ids.find((i) => req.url === `/tin/${i}`);
      if (id === undefined) {
        res.writeHead(404).end();
        return;
      }
      const charset = (JSON.parse(readFileSync(join(FIXTURES, 'ward', id, 'expected.json'), 'utf8')) as { charset: string }).charset;
      res.writeHead(200, { 'content-type': `text/html; charset=${charset}` }).end(readFileSync(join(FIXTURES, 'ward', id, 'page.html')));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const urls = ids.map((id) => `${base}/tin/${id}`);
      const run = await cli([...urls, `${base}/tin/khong-co`, ...channel, '--format', 'atom', '--allow-private']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('/tin/khong-co');
      const entries = readFeed(run.stdout).entries;
      expect(entries.map((e) => e.url).sort()).toEqual(urls.sort());
      const titles = fixtureArticles().slice(3, 5).map((f) => f.article.title);
      expect(entries.map((e) => e.title).sort()).toEqual(titles.sort());
    } finally {
      server.close();
    }
  });

  it('reports unreadable inputs and bad options without crashing', async () => {
    const run = await cli([join(dir, 'missing.html'), '-', ...channel], jsonl(articles.slice(0, 1)));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.html');
    expect(readFeed(run.stdout).entries).toHaveLength(1);
    const noTitle = await cli(['-'], jsonl(articles.slice(0, 1)));
    expect(noTitle.code).toBe(2);
    expect(noTitle.stderr).toContain('--title');
  });

  it('refuses to merge into a damaged feed: exit 2, the file untouched', async () => {
    const good = join(dir, 'good.xml');
    await cli(['-', ...channel, '-o', good], jsonl(articles.slice(0, 8)));
    const whole = readFileSync(good, 'utf8');
    const cut = whole.indexOf('</item>', whole.length / 3);
    const damaged = {
      'missing-close.xml': whole.slice(0, cut) + whole.slice(cut + 7),
      'truncated.xml': whole.slice(0, Math.floor(whole.length * 0.8)),
    };
    const runs = await Promise.all(Object.entries(damaged).map(async ([name, text]) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return { path, text, run: await cli(['-', '--merge', path, '-o', path], jsonl(articles.slice(8, 9))) };
    }));
    const wordpress = join(dir, 'wordpress.xml');
    writeFileSync(wordpress, readFileSync(join(FIXTURES, 'feeds', 'wordpress-commune.xml')));
    const foreign = cli(['-', '--merge', wordpress, '-o', wordpress], jsonl(articles.slice(8, 9)));
    for (const { path, text, run } of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/not well-formed|could read/);
      expect(readFileSync(path, 'utf8')).toBe(text);
    }
    // A feed of another tool: merged, its channel image kept, what is replaced named on stderr.
    const merged = await foreign;
    expect(merged.code).toBe(0);
    expect(merged.stderr).toMatch(/wordpress\.xml: replaced: <generator>/);
    expect(readFileSync(wordpress, 'utf8')).toContain('<image>');
    expect(readFeed(readFileSync(wordpress, 'utf8')).entries).toHaveLength(11);
  });

  it('-o writes through a symlink, keeps the mode, leaves no temp file; level is validated', async () => {
    const sub = join(dir, 'out');
    mkdirSync(sub);
    const real = join(sub, 'real.xml');
    const link = join(sub, 'link.xml');
    writeFileSync(real, '');
    chmodSync(real, 0o640);
    symlinkSync(real, link);
    const bad = { ...articles[0]!, url: 'https://portal.example.gov.vn/x', sections: [{ heading: 'Mục', level: 2.5, paragraphs: ['Một.'] }] };
    const run = await cli(['-', ...channel, '-o', link], jsonl([articles[0]!, bad]));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('level');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readFeed(readFileSync(real, 'utf8')).entries).toHaveLength(1);
    expect(readFileSync(real, 'utf8')).not.toMatch(/<h\d\./);
    // A failed write (the target is a directory) leaves no temp file behind.
    const failed = await cli(['-', ...channel, '-o', sub], jsonl(articles.slice(0, 1)));
    expect(failed.code).toBe(2);
    expect(readdirSync(sub).sort()).toEqual(['link.xml', 'real.xml']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
