// mergeFeed against the files users keep: damaged feeds are refused (never rewritten with
// fewer items), feeds written by other tools keep their items and metadata, inert text stays
// inert and foreign HTML goes through the allow-list of our own output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../src/errors.js';
import { toAtom } from '../src/feeds/atom.js';
import type { FeedChannel } from '../src/feeds/feed-common.js';
import { mergeFeed } from '../src/feeds/merge.js';
import { readFeed } from '../src/feeds/parse.js';
import { toRss } from '../src/feeds/rss.js';
import type { Article } from '../src/types.js';
import { fixtureArticles, FIXTURES } from './feed-articles.js';

const CHANNEL: FeedChannel = { title: 'Phường mẫu', link: 'https://portal.example.gov.vn/' };
const NOW = new Date('2026-01-02T03:04:05Z');
const base = fixtureArticles().map((f) => f.article);
/** 35 distinct articles (fixture articles under distinct URLs). */
const many: Article[] = Array.from({ length: 35 }, (_, i) => ({
  ...base[i % base.length]!, url: `https://portal.example.gov.vn/tin/${i}.html`,
}));
const fresh: Article = { ...base[0]!, url: 'https://portal.example.gov.vn/tin/moi.html', publishedAt: '2026-01-01T08:00:00+07:00' };
const WORDPRESS = readFileSync(join(FIXTURES, 'feeds', 'wordpress-commune.xml'), 'utf8');

/** A seeded generator, so that a failing case replays. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function corrupt(xml: string, bytes: number, seed: number): string {
  const next = random(seed);
  const chars = [...xml];
  for (let i = 0; i < bytes; i++) chars[Math.floor(next() * chars.length)] = String.fromCharCode(32 + Math.floor(next() * 95));
  return chars.join('');
}

/** Either a typed refusal, or a merge that kept every item that the damaged file still holds. */
function expectRefusedOrSuperset(damaged: string, originalIds: string[]): void {
  let out: string;
  try {
    out = mergeFeed(damaged, [fresh], { now: NOW });
  } catch (e) {
    expect(e).toBeInstanceOf(FeedError);
    expect((e as FeedError).code).toBe('DAMAGED');
    return;
  }
  const ids = new Set(readFeed(out).entries.map((e) => e.id));
  for (const id of originalIds) if (damaged.includes(id)) expect(ids.has(id), id).toBe(true);
}

describe('mergeFeed on damaged feeds', () => {
  const rss = toRss(many, CHANNEL, { now: NOW });
  const atom = toAtom(many, CHANNEL, { now: NOW });
  const ids = many.map((a) => a.url!);

  it('refuses a feed with one missing </item> or </entry> instead of dropping items', () => {
    for (const [doc, tag] of [[rss, '</item>'], [atom, '</entry>']] as const) {
      const at = doc.indexOf(tag, doc.length / 3);
      const damaged = doc.slice(0, at) + doc.slice(at + tag.length);
      expect(() => mergeFeed(damaged, [fresh], { now: NOW })).toThrowError(expect.objectContaining({ code: 'DAMAGED' }));
    }
  });

  it('refuses a truncated feed', () => {
    for (const doc of [rss, atom, WORDPRESS]) {
      for (const f of [0.3, 0.5, 0.97]) {
        expect(() => mergeFeed(doc.slice(0, Math.floor(doc.length * f)), [fresh], { now: NOW }))
          .toThrowError(expect.objectContaining({ code: 'DAMAGED' }));
      }
    }
  });

  it('refuses, or keeps every item, after 200 corrupted bytes', () => {
    for (let seed = 1; seed <= 30; seed++) {
      expectRefusedOrSuperset(corrupt(rss, 200, seed), ids);
      expectRefusedOrSuperset(corrupt(atom, 200, seed), ids);
    }
  });
});

describe('mergeFeed on feeds of other tools', () => {
  it('keeps items that share a link but have different guids', () => {
    const doc = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://x.example.vn/</link>
<item><title>Một</title><link>https://x.example.vn/tin</link><guid isPermaLink="false">a-1</guid></item>
<item><title>Hai</title><link>https://x.example.vn/tin</link><guid isPermaLink="false">a-2</guid></item>
<item><title>Ba</title><link>https://x.example.vn/tin-b</link></item><item><title>Bốn</title><link>https://x.example.vn/tin-b</link></item>
</channel></rss>`;
    const out = mergeFeed(doc, [fresh], { now: NOW });
    expect(readFeed(out).entries.map((e) => e.title).sort()).toEqual(['Một', 'Hai', 'Ba', 'Bốn', fresh.title].sort());
  });

  it('does not duplicate a WordPress item whose guid is not its link, on re-merge', () => {
    const first = readFeed(WORDPRESS).entries[0]!;
    const same: Article = { ...base[0]!, url: first.url, title: first.title, publishedAt: first.publishedAt };
    const once = mergeFeed(WORDPRESS, [same], { now: NOW });
    const twice = mergeFeed(once, [same], { now: NOW });
    for (const out of [once, twice]) {
      const entries = readFeed(out).entries;
      expect(entries).toHaveLength(10);
      expect(entries.filter((e) => e.url === first.url).map((e) => e.id)).toEqual([first.id]);
    }
    expect(twice).toBe(once);
  });

  it('keeps channel metadata, enclosures and foreign elements, and names what it replaces', () => {
    const warnings: string[] = [];
    const out = mergeFeed(WORDPRESS, [fresh], { now: NOW, onWarning: (m) => warnings.push(m) });
    for (const kept of ['<image>', 'quoc-huy-32x32.png', '<sy:updatePeriod>', '<comments>', 'xmlns:slash=']) expect(out).toContain(kept);
    expect(warnings.join('\n')).toContain('generator');
    const doc = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://x.example.vn/</link>
<description>D</description><copyright>© UBND xã</copyright><ttl>60</ttl>
<item><title>Bản tin</title><link>https://x.example.vn/a</link><guid>https://x.example.vn/a</guid>
<enclosure url="https://x.example.vn/a.mp3" type="audio/mpeg" length="123"/></item></channel></rss>`;
    const merged = mergeFeed(doc, [fresh], { now: NOW });
    for (const kept of ['<copyright>© UBND xã</copyright>', '<ttl>60</ttl>', 'https://x.example.vn/a.mp3', 'audio/mpeg']) expect(merged).toContain(kept);
    expect(readFeed(merged).entries).toHaveLength(2);
  });

  it('leaves an Atom feed of undated entries unchanged when nothing is new', () => {
    const undated = base.slice(0, 4).map((a) => ({ ...a, publishedAt: null }));
    const doc = toAtom(undated, CHANNEL, { now: NOW });
    expect(mergeFeed(doc, undated, { now: new Date('2026-02-01T00:00:00Z') })).toBe(doc);
  });
});

describe('mergeFeed keeps inert text inert', () => {
  const ATOM = (content: string): string => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
<id>urn:x</id><title>T</title><updated>2025-01-01T00:00:00Z</updated><link href="https://x.example.vn/"/>
<entry><id>urn:e1</id><title type="text">&lt;b&gt;Tiêu đề&lt;/b&gt;</title><updated>2025-01-01T00:00:00Z</updated>
<link href="https://x.example.vn/1"/>${content}</entry></feed>`;
  const LIVE = /<script|onerror|onclick|javascript:|<img[^>]*onerror/i;

  it('writes an Atom type="text" entry back as text', () => {
    const out = mergeFeed(ATOM('<content type="text">&lt;img src=x onerror=alert(1)&gt; 5 &lt; 6</content>'), [fresh], { now: NOW });
    const entry = readFeed(out).entries.find((e) => e.id === 'urn:e1')!;
    expect(entry.contentHtml).not.toMatch(/<img/);
    expect(entry.contentHtml).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('sanitises foreign html, xhtml and content:encoded through our allow-list', () => {
    const evil = '<p onclick="steal()">Nội dung</p><script>alert(1)</script><a href="javascript:alert(1)">x</a><img src="javascript:alert(2)" onerror="alert(3)"/><img src="https://x.example.vn/a.jpg" alt="ảnh"/>';
    const escaped = evil.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const docs = [
      ATOM(`<content type="html">${escaped}</content>`),
      ATOM(`<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${evil}</div></content>`),
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://x.example.vn/</link>
<item><title>Một</title><link>https://x.example.vn/1</link><guid>urn:e1</guid><content:encoded><![CDATA[${evil}]]></content:encoded></item></channel></rss>`,
    ];
    for (const doc of docs) {
      const warnings: string[] = [];
      const out = mergeFeed(doc, [fresh], { now: NOW, onWarning: (m) => warnings.push(m) });
      expect(warnings.join('\n')).toMatch(/urn:e1.*allow-list/);
      const entry = readFeed(out).entries.find((e) => e.id === 'urn:e1')!;
      expect(entry.contentHtml).not.toMatch(LIVE);
      expect(entry.contentHtml).toContain('Nội dung');
      expect(entry.contentHtml).toContain('<img src="https://x.example.vn/a.jpg" alt="ảnh"/>');
    }
  });
});

describe('toMarkdown with untrusted URLs', () => {
  it('never lets an image src or page URL inject markup, and writes integer heading levels only', async () => {
    const { toMarkdown } = await import('../src/serialize/markdown.js');
    const article: Article = {
      ...base[0]!, url: null, sections: [{ heading: 'Mục', level: 2.5, paragraphs: ['Một.'] }],
      images: [{ src: 'a.jpg>) [bấm vào đây](https://evil.example/', alt: 'x', caption: null },
        { src: 'javascript:alert(1)', alt: 'y', caption: null }],
    };
    const md = toMarkdown(article);
    expect(md).not.toContain('](https://evil.example/');
    expect(md).not.toContain('javascript:');
    expect(md).not.toMatch(/^#{1,6}\.|#{3}\.5/m);
    const withUrl = toMarkdown({ ...article, url: 'https://xa.example.gov.vn/tin/1.html' });
    expect(withUrl).toContain('(<https://xa.example.gov.vn/tin/a.jpg%3E)%20[b%E1%BA%A5m');
  });
});
