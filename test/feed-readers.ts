// Real feed readers for the feed tests: Python's feedparser (spawned, feed on stdin) and the
// npm rss-parser.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';

/** What feedparser understood of a feed (see test/feedparser-dump.py). */
export interface FeedparserResult {
  bozo: boolean | number;
  error: string;
  version: string;
  title: string | null;
  link: string | null;
  entries: {
    id: string | null; title: string | null; link: string | null; published: number | null;
    author: string | null; summary: string | null; content: string | null;
    tags: string[]; enclosures: { href: string; type: string }[];
  }[];
}

const SCRIPT = join(import.meta.dirname, 'feedparser-dump.py');

/**
 * Parses feeds with feedparser under /usr/bin/python3 (where the Debian package installs it),
 * all in one process: the feeds go to its stdin separated by NUL.
 */
export function feedparserAll(feeds: string[]): Promise<FeedparserResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/python3', [SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`feedparser exited ${code}: ${Buffer.concat(err).toString()}`));
      else resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as FeedparserResult[]);
    });
    child.stdin.end(feeds.join('\0'));
  });
}

/** Parses one feed with feedparser. */
export async function feedparser(feed: string): Promise<FeedparserResult> {
  return (await feedparserAll([feed]))[0]!;
}

/**
 * An HTML fragment as a comparable token list (tags with sorted attributes, texts), so that
 * serialisation details a reader changes (attribute order, `<img />`) do not count.
 */
export function canonicalHtml(html: string): string[] {
  const out: string[] = [];
  const walk = (nodes: ChildNode[]): void => {
    for (const n of nodes) {
      if (n.type === 'text') {
        if (n.data.trim()) out.push(`#${n.data.trim()}`);
      } else if (n.type === 'tag') {
        const attrs = Object.entries(n.attribs).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`);
        out.push(`<${n.name} ${attrs.join(' ')}>`);
        walk(n.children);
        out.push(`</${n.name}>`);
      }
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children);
  return out;
}
