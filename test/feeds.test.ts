import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { instantOf, parseFeedDate, toRfc822 } from '../src/feeds/dates.js';
import { mergeFeed } from '../src/feeds/merge.js';
import { FeedError } from '../src/errors.js';
import { htmlToText, parseFeed, readFeed } from '../src/feeds/parse.js';
import { toAtom } from '../src/feeds/atom.js';
import { MAX_TITLE_LENGTH, type FeedChannel } from '../src/feeds/feed-common.js';
import { renderArticleHtml } from '../src/serialize/html.js';
import { toJsonFeed } from '../src/feeds/jsonfeed.js';
import { toRss } from '../src/feeds/rss.js';
import type { Article } from '../src/types.js';
import { fixtureArticles, FIXTURES } from './feed-articles.js';
import { canonicalHtml, feedparser, feedparserAll, type FeedparserResult } from './feed-readers.js';

const CHANNEL: FeedChannel = {
  title: 'Tin tức phường & xã', link: 'https://portal.example.gov.vn/', selfUrl: 'https://portal.example.gov.vn/feed.xml',
};
const NOW = new Date('2026-01-02T03:04:05Z');
const fixtures = fixtureArticles();
const articles = fixtures.map((f) => f.article);
const seconds = (iso: string | null): number | null => (iso === null ? null : instantOf(iso)! / 1000);

/** Asserts that feedparser read `feed` without error and that every entry round-trips its article. */
async function expectFeedparserRoundTrip(feed: string, expected: Article[], read?: FeedparserResult): Promise<void> {
  const parsed = read ?? await feedparser(feed);
  expect(parsed.error).toBe('');
  expect(Number(parsed.bozo)).toBe(0);
  expect(parsed.title).toBe(CHANNEL.title);
  expect(parsed.entries).toHaveLength(expected.length);
  const byLink = new Map(parsed.entries.map((e) => [e.link, e]));
  for (const article of expected) {
    const entry = byLink.get(article.url);
    expect(entry, article.url ?? '').toBeDefined();
    expect(entry!.title).toBe(article.title);
    expect(entry!.published).toBe(seconds(article.publishedAt));
    expect(entry!.author).toBe(article.author);
    expect(canonicalHtml(entry!.content!)).toEqual(canonicalHtml(renderArticleHtml(article)));
  }
}

describe('renderArticleHtml', () => {
  it('renders the body of every fixture in reading order, captions in place', () => {
    for (const article of articles) {
      const html = renderArticleHtml(article);
      // Headings drop their trailing colon; run-in ones stay inside their paragraph.
      const colon = (t: string): string => t.replace(/:$/, '');
      const texts = [...html.matchAll(/<(p|h[2-6]|figcaption)>(.*?)<\/\1>/g)].map((m) => colon(htmlToText(m[2]!)));
      expect(texts).toEqual(article.text.split('\n\n').map(colon));
      expect(html.match(/<img /g)?.length ?? 0).toBe(article.images.length);
    }
  });

  it('places captioned images where their caption stands and nests headings by level', () => {
    const article: Article = {
      ...articles[0]!, url: 'https://xa.example.gov.vn/tin/1.html', lead: 'Mở đầu.',
      sections: [
        { heading: null, level: 0, paragraphs: ['Mở đầu.', 'Ảnh: Lễ ra quân', 'Đoạn sau ảnh.'] },
        { heading: 'I. Kết quả', level: 1, paragraphs: [] },
        { heading: '1. Chi tiết', level: 2, paragraphs: ['Nội dung.'] },
        { heading: 'Thứ hai', level: 2, paragraphs: ['Thứ hai: làm <ngay>.', 'Tiếp.'] },
        { heading: 'Kết luận', level: 1, paragraphs: ['Hội nghị thống nhất.'] },
      ],
      images: [
        { src: 'anh/1.jpg', alt: null, caption: 'Ảnh: Lễ ra quân' },
        { src: 'JAVASCRIPT:alert(1)', alt: null, caption: null },
        { src: 'data:image/png;base64,AAAA', alt: 'x', caption: null },
        { src: '//cdn.example.gov.vn/2.png', alt: 'Toàn cảnh', caption: null },
      ],
    };
    expect(renderArticleHtml(article)).toBe([
      '<p>Mở đầu.</p>',
      '<figure><img src="https://xa.example.gov.vn/tin/anh/1.jpg" alt="Ảnh: Lễ ra quân"/><figcaption>Ảnh: Lễ ra quân</figcaption></figure>',
      '<p>Đoạn sau ảnh.</p>',
      '<h2>I. Kết quả</h2>',
      '<h3>1. Chi tiết</h3>',
      '<p>Nội dung.</p>',
      '<p><strong>Thứ hai:</strong> làm &lt;ngay&gt;.</p>',
      '<p>Tiếp.</p>',
      '<h2>Kết luận</h2>',
      '<p>Hội nghị thống nhất.</p>',
      '<figure><img src="https://cdn.example.gov.vn/2.png" alt="Toàn cảnh"/></figure>',
    ].join('\n'));
  });
});

describe('RSS and Atom in real readers', () => {
  it.each(['rss', 'atom'] as const)('feedparser reads the %s of every fixture article, alone and all together', async (format) => {
    const write = format === 'rss' ? toRss : toAtom;
    const sets = [...articles.map((a) => [a]), articles];
    const feeds = sets.map((set) => write(set, CHANNEL, { now: NOW }));
    const parsed = await feedparserAll(feeds);
    for (const [i, set] of sets.entries()) await expectFeedparserRoundTrip(feeds[i]!, set, parsed[i]);
  });

  it('rss-parser reads the RSS with the same fields', async () => {
    const parser = new Parser();
    for (const set of [...articles.map((a) => [a]), articles]) {
      const feed = await parser.parseString(toRss(set, CHANNEL, { now: NOW }));
      expect(feed.title).toBe(CHANNEL.title);
      expect(feed.items).toHaveLength(set.length);
      for (const article of set) {
        const item = feed.items.find((i) => i.link === article.url)!;
        expect(item).toBeDefined();
        expect(item.title).toBe(article.title);
        expect(item.guid).toBe(article.url);
        expect(item.isoDate === undefined ? null : Date.parse(item.isoDate) / 1000).toBe(seconds(article.publishedAt));
        expect(item.creator ?? null).toBe(article.author);
        expect(canonicalHtml((item as { 'content:encoded'?: string })['content:encoded']!))
          .toEqual(canonicalHtml(renderArticleHtml(article)));
      }
    }
  });
});

describe('feed contents', () => {
  const rss = toRss(articles, CHANNEL, { now: NOW });

  it('writes the channel elements and items newest first with +0700 dates', () => {
    expect(rss).toContain('<language>vi</language>');
    expect(rss).toContain('<lastBuildDate>Fri, 02 Jan 2026 10:04:05 +0700</lastBuildDate>');
    expect(rss).toContain('<generator>ward-news</generator>');
    expect(rss).toContain('<atom:link href="https://portal.example.gov.vn/feed.xml" rel="self" type="application/rss+xml"/>');
    const dates = [...rss.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => m[1]!);
    expect(dates).toHaveLength(articles.filter((a) => a.publishedAt).length);
    for (const d of dates) expect(d).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0700$/);
    const times = dates.map(Date.parse);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(rss).toContain('<guid isPermaLink="true">');
  });

  it('uses the lead or first paragraph as a plain-text description', () => {
    const items = readFeed(rss).entries;
    for (const article of articles) {
      const item = items.find((i) => i.url === article.url)!;
      expect(item.summary).toBe(article.lead ?? article.sections.flatMap((s) => s.paragraphs)[0]);
    }
  });

  it('keeps only the newest `limit` items', () => {
    const newest = [...articles].sort((a, b) => instantOf(b.publishedAt!)! - instantOf(a.publishedAt!)!).slice(0, 3);
    const items = parseFeed(toRss(articles, CHANNEL, { limit: 3 })).items;
    expect(items.map((i) => i.url)).toEqual(newest.map((a) => a.url));
    expect(() => toRss(articles, CHANNEL, { limit: -1 })).toThrow(RangeError);
    expect(() => toAtom(articles, CHANNEL, { now: new Date('nope') })).toThrow(RangeError);
  });

  it('writes the same items in the same order as JSON Feed 1.1', () => {
    const json = JSON.parse(toJsonFeed(articles, CHANNEL)) as {
      version: string; items: { id: string; url: string; title: string; date_published?: string; content_html: string }[];
    };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.map((i) => i.url)).toEqual(parseFeed(rss).items.map((i) => i.url));
    for (const item of json.items) {
      const article = articles.find((a) => a.url === item.url)!;
      expect(item.title).toBe(article.title);
      expect(item.content_html).toBe(renderArticleHtml(article));
      expect(instantOf(item.date_published!)).toBe(instantOf(article.publishedAt!));
      expect(item.date_published).toMatch(/T\d{2}:\d{2}:\d{2}\+07:00$/);
    }
  });

  it('adds categories and an enclosure for the first image of a known type', async () => {
    const base = articles[0]!;
    const article = {
      ...base,
      categories: ['Tin tức - Sự kiện', 'Nông thôn mới'],
      images: [
        { src: 'data:image/png;base64,AAAA', alt: null, caption: null },
        { src: '/upload/anh-khong-duoi', alt: null, caption: null },
        { src: '/upload/le-khanh-thanh.JPG', alt: 'Lễ khánh thành', caption: 'Lễ khánh thành tuyến đường' },
      ],
    };
    const parsed = await feedparser(toRss([article], CHANNEL));
    const entry = parsed.entries[0]!;
    expect(entry.tags).toEqual(article.categories);
    const src = new URL('/upload/le-khanh-thanh.JPG', base.url!).href;
    expect(entry.enclosures).toEqual([{ href: src, type: 'image/jpeg' }]);
    const atom = await feedparser(toAtom([article], CHANNEL));
    expect(atom.entries[0]!.tags).toEqual(article.categories);
    expect(atom.entries[0]!.enclosures).toEqual([{ href: src, type: 'image/jpeg' }]);
  });
});

describe('text that breaks XML', () => {
  const nasty: Article = {
    ...articles[0]!,
    url: 'https://portal.example.gov.vn/tin?id=1&cat=2',
    title: `Q&A <b>in đậm</b> ]]> \u0001\u0008\u001F\uFFFE \uD800 lẻ ${'rất dài '.repeat(200)}`,
    author: 'Ban <biên> tập & "cộng tác"\u0000',
    publishedAt: null,
    lead: 'Mở đầu ]]> <script>alert(1)</script> \uDC00',
    sections: [{ heading: '<h1>Tiêu đề</h1> & ]]>', level: 1, paragraphs: ['Đoạn 1 <img src=x onerror=alert(1)>', '\u0085\u009F C1']}],
    images: [
      { src: 'javascript:alert(1)', alt: null, caption: null },
      { src: 'https://portal.example.gov.vn/a.png" onerror="alert(1)', alt: '"><script>', caption: ']]>' },
    ],
  };

  it('produces feeds real readers accept, with the text kept as text', async () => {
    const feeds = { rss: toRss([nasty], CHANNEL), atom: toAtom([nasty], CHANNEL) };
    for (const [format, feed] of Object.entries(feeds)) {
      expect(XMLValidator.validate(feed)).toBe(true);
      const parsed = await feedparser(feed);
      expect(Number(parsed.bozo)).toBe(0);
      const entry = parsed.entries[0]!;
      // RSS titles carry no type: feedparser reads one that contains tags as HTML. Atom's
      // type="text" keeps them literal.
      const title = format === 'atom' ? entry.title! : htmlToText(entry.title!);
      const start = format === 'atom' ? 'Q&A <b>in đậm</b> ]]> \uFFFD lẻ rất dài' : 'Q&A in đậm ]]> \uFFFD lẻ rất dài';
      expect(title.startsWith(start)).toBe(true);
      expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
      expect(title.endsWith('…')).toBe(true);
      expect(entry.author).toBe('Ban <biên> tập & "cộng tác"');
      expect(entry.published).toBeNull();
      expect(entry.link).toBe(nasty.url);
    }
    const html = renderArticleHtml(nasty);
    expect(html).not.toMatch(/<script|<img src="x"|javascript:|onerror="/);
    expect(canonicalHtml(html)).toEqual([
      '<p >', '#Mở đầu ]]> <script>alert(1)</script> \uFFFD', '</p>',
      '<h2 >', '#<h1>Tiêu đề</h1> & ]]>', '</h2>',
      '<p >', '#Đoạn 1 <img src=x onerror=alert(1)>', '</p>',
      '<p >', '#C1', '</p>',
      '<figure >', '<img alt="><script> src=https://portal.example.gov.vn/a.png%22%20onerror=%22alert(1)>', '</img>',
      '<figcaption >', '#]]>', '</figcaption>', '</figure>',
    ]);
  });

  it('keeps any string well-formed (property)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('&', '<', '>', ']]>', '"', '\u0000', '\u001B', '\uD800', '\uDFFF', '\uFFFF'), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))) });
    fc.assert(fc.property(text, text, fc.option(text), (title, paragraph, author) => {
      const article: Article = { ...articles[1]!, title, author, lead: null, sections: [{ heading: title, level: 2, paragraphs: [paragraph] }] };
      for (const feed of [toRss([article], { ...CHANNEL, title }), toAtom([article], CHANNEL)]) {
        expect(XMLValidator.validate(feed)).toBe(true);
        expect(parseFeed(feed).items).toHaveLength(1);
      }
    }), { numRuns: 300 });
  });
});

describe('feed dates', () => {
  it('writes RFC 822 in Vietnam time and reads the forms real feeds use', () => {
    expect(toRfc822(Date.UTC(2021, 11, 31, 20, 30))).toBe('Sat, 01 Jan 2022 03:30:00 +0700');
    expect(toRfc822(instantOf('2020-06-15')!)).toBe('Mon, 15 Jun 2020 00:00:00 +0700');
    const cases: [string, string | null][] = [
      ['Fri, 26 Mar 2021 01:00:00 +0000', '2021-03-26T08:00:00+07:00'],
      ['Mon, 26 Mar 2021 01:00:00 GMT', '2021-03-26T08:00:00+07:00'], // wrong weekday
      ['26 Mar 2021 08:00 +07:00', '2021-03-26T08:00:00+07:00'],
      ['Fri, 26 Mar 21 08:00:00', '2021-03-26T08:00:00+07:00'], // no zone: Vietnam time
      ['Friday, 26 March 2021 08:00:00 ICT', '2021-03-26T08:00:00+07:00'],
      ['Thu, 25 Mar 2021 21:00:00 EDT', '2021-03-26T08:00:00+07:00'],
      ['2021-03-26T01:00:00Z', '2021-03-26T08:00:00+07:00'],
      ['2021-03-26', '2021-03-26'],
      ['26 Mar 2021', '2021-03-26'],
      ['26/03/2021 08:00', '2021-03-26T08:00:00+07:00'],
      ['Fri, 29 Feb 2021 08:00:00 +0700', null],
      ['hôm qua', null],
      ['', null],
    ];
    for (const [input, expected] of cases) expect([input, parseFeedDate(input)]).toEqual([input, expected]);
  });
});

describe('parseFeed', () => {
  it('reads the WordPress portal feed', () => {
    const feed = parseFeed(readFileSync(join(FIXTURES, 'feeds', 'wordpress-commune.xml')));
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'feeds', 'wordpress-commune.expected.json'), 'utf8')) as {
      items: { title: string; link: string; publishedAt: string }[];
    };
    expect(feed.title).toBe('Xã Tân Thông Hội');
    expect(feed.link).toBe('https://tanthonghoi.cuchi.gov.vn/');
    expect(feed.items.map((i) => ({ title: i.title, link: i.url, publishedAt: i.publishedAt }))).toEqual(expected.items);
    expect(feed.items.every((i) => i.author === 'admin' && i.summary && !i.summary.includes('<'))).toBe(true);
  });

  it('reads RSS 0.91 with broken dates, HTML titles and no guid', () => {
    const feed = parseFeed(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="0.91"><channel><title>UBND phường &amp; <i>xã</i></title><link>http://phuong.example.gov.vn/</link>
<item><title>&lt;b&gt;Thông báo&lt;/b&gt; lịch tiếp dân &amp;amp; họp</title><link>/tin/1.html</link>
<pubDate>Thu, 32 Mar 2021 25:00:00 +0700</pubDate><description>&lt;p&gt;Nội dung&lt;/p&gt;&lt;p&gt;tiếp&lt;/p&gt;</description></item>
<item><title>Tin hai</title><link>http://phuong.example.gov.vn/tin/2.html</link><pubDate>26/03/2021 08:30</pubDate><author>bbt@example.gov.vn (Ban biên tập)</author></item>
<item><title>Tin ba</title><guid>http://phuong.example.gov.vn/tin/3.html</guid><pubDate>Fri, 26 Mar 21 01:00 GMT</pubDate></item>
<item><title>Tin bốn</title><link>http://phuong.example.gov.vn/tin/4.html</link><pubDate>26 March 2021 9:05:00 ICT</pubDate></item>
</channel></rss>`);
    expect(feed.title).toBe('UBND phường & xã');
    expect(feed.items).toEqual([
      { url: 'http://phuong.example.gov.vn/tin/1.html', title: 'Thông báo lịch tiếp dân & họp', publishedAt: null, author: null, summary: 'Nội dung tiếp' },
      { url: 'http://phuong.example.gov.vn/tin/2.html', title: 'Tin hai', publishedAt: '2021-03-26T08:30:00+07:00', author: 'Ban biên tập', summary: null },
      { url: 'http://phuong.example.gov.vn/tin/3.html', title: 'Tin ba', publishedAt: '2021-03-26T08:00:00+07:00', author: null, summary: null },
      { url: 'http://phuong.example.gov.vn/tin/4.html', title: 'Tin bốn', publishedAt: '2021-03-26T09:05:00+07:00', author: null, summary: null },
    ]);
  });

  it('tolerates a PHP warning before the document and bare ampersands', () => {
    const rss = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Xã</title><link>http://xa.example.gov.vn/</link>' +
      '<item><title>Điện & nước</title><link>http://xa.example.gov.vn/?id=1&cat=2</link><pubDate>Fri, 26 Mar 2021 01:00:00 +0000</pubDate></item></channel></rss>';
    const item = { url: 'http://xa.example.gov.vn/?id=1&cat=2', title: 'Điện & nước', publishedAt: '2021-03-26T08:00:00+07:00', author: null, summary: null };
    for (const prefix of ['', '\n  ', '\uFEFF', '<br />\n<b>Warning</b>: session_start(): headers already sent in <b>/var/www/rss.php</b><br />\n']) {
      expect(parseFeed(prefix + rss)).toEqual({ title: 'Xã', link: 'http://xa.example.gov.vn/', items: [item] });
    }
  });

  it('reads RDF / RSS 1.0', () => {
    const feed = parseFeed(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://xa.example.gov.vn/rss"><title>Xã</title><link>http://xa.example.gov.vn/</link></channel>
<item rdf:about="http://xa.example.gov.vn/a"><title>Tin A</title><link>http://xa.example.gov.vn/a</link><dc:date>2021-03-26T01:00:00Z</dc:date><dc:creator>Hoài Thương</dc:creator></item>
<item rdf:about="http://xa.example.gov.vn/b"><title>Tin B</title><dc:date>2021-03-25</dc:date></item>
</rdf:RDF>`);
    expect(feed).toEqual({ title: 'Xã', link: 'http://xa.example.gov.vn/', items: [
      { url: 'http://xa.example.gov.vn/a', title: 'Tin A', publishedAt: '2021-03-26T08:00:00+07:00', author: 'Hoài Thương', summary: null },
      { url: 'http://xa.example.gov.vn/b', title: 'Tin B', publishedAt: '2021-03-25', author: null, summary: null },
    ] });
  });

  it('reads Atom, including our own', () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://phuong.example.gov.vn/">
<title type="html">Phường &lt;em&gt;Một&lt;/em&gt;</title><link href="/" /><link rel="self" href="/atom.xml"/>
<entry><title>Tin</title><link rel="alternate" href="tin/1"/><id>tag:x,2021:1</id><updated>2021-03-26T10:00:00+07:00</updated>
<author><name>Minh Tâm</name></author><content type="html">&lt;p&gt;Một &amp;amp; hai&lt;/p&gt;</content></entry></feed>`);
    expect(feed).toEqual({ title: 'Phường Một', link: 'https://phuong.example.gov.vn/', items: [
      { url: 'https://phuong.example.gov.vn/tin/1', title: 'Tin', publishedAt: '2021-03-26T10:00:00+07:00', author: 'Minh Tâm', summary: 'Một & hai' },
    ] });
    const ours = parseFeed(toAtom(articles, CHANNEL));
    expect(ours.items.map((i) => [i.url, i.title, i.author, instantOf(i.publishedAt!)]))
      .toEqual(parseFeed(toRss(articles, CHANNEL)).items.map((i) => [i.url, i.title, i.author, instantOf(i.publishedAt!)]));
  });

  it('decodes bytes in the declared encoding and rejects what is not a feed', () => {
    const xml = '<?xml version="1.0" encoding="windows-1252"?><rss><channel><title>Caf\u00e9</title></channel></rss>';
    expect(parseFeed(Buffer.from(xml, 'latin1')).title).toBe('Café');
    for (const bad of ['<html><body>trang</body></html>', 'không phải XML', '']) {
      expect(() => parseFeed(bad)).toThrow(FeedError);
    }
    expect(() => parseFeed(42 as unknown as string)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => parseFeed('<rss/>', { maxBytes: 3 })).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
  });
});

describe('mergeFeed', () => {
  const older = articles.slice(0, 10);
  const newer = articles.slice(10);

  it.each(['rss', 'atom'] as const)('adds new items, keeps old ones, never duplicates a guid (%s)', async (format) => {
    const write = format === 'rss' ? toRss : toAtom;
    const day1 = write(older, CHANNEL, { now: NOW });
    const day2 = mergeFeed(day1, [...newer, ...older.slice(0, 3)], { now: new Date('2026-01-03T00:00:00Z') });
    const ids = readFeed(day2).entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(articles.map((a) => a.url)));
    // The merged feed is the one we would write from all the articles at once.
    expect(parseFeed(day2)).toEqual(parseFeed(write(articles, CHANNEL)));
    await expectFeedparserRoundTrip(day2, articles);
    // Nothing new: the document is returned untouched.
    expect(mergeFeed(day2, articles, { now: new Date('2026-01-04T00:00:00Z') })).toBe(day2);
  });

  it('updates an item whose content changed and honours limit', () => {
    const day1 = toAtom(articles, CHANNEL, { now: NOW });
    const edited = { ...articles[4]!, title: `${articles[4]!.title} (cập nhật)`, sections: [{ heading: null, level: 0, paragraphs: ['Nội dung mới.'] }] };
    const later = new Date('2026-02-01T00:00:00Z');
    const day2 = readFeed(mergeFeed(day1, [edited], { now: later }));
    expect(day2.entries).toHaveLength(articles.length);
    const entry = day2.entries.find((e) => e.id === edited.url)!;
    expect(entry.title).toBe(edited.title);
    expect(entry.contentHtml).toBe('<p>Nội dung mới.</p>');
    expect(instantOf(entry.updatedAt!)).toBe(later.getTime());
    const limited = parseFeed(mergeFeed(day1, [], { limit: 5 })).items;
    expect(limited.map((i) => i.url)).toEqual(parseFeed(day1).items.slice(0, 5).map((i) => i.url));
  });

  it('refuses an existing document that is not a feed', () => {
    expect(() => mergeFeed('<html></html>', articles)).toThrow(FeedError);
  });
});

describe('the feed\'s own address (issue 18)', () => {
  const home = { title: 'Phường mẫu', link: 'https://phuong-mau.example.gov.vn/' };
  const article = {
    url: 'https://phuong-mau.example.gov.vn/tin/1', title: 'Tin một', publishedAt: '2024-05-01', author: null, authors: [], postedBy: null, source: null, lead: null,
    sections: [{ heading: null, level: 0, paragraphs: ['Nội dung.'] }], text: 'Nội dung.', images: [], facts: [], documentRefs: [], language: 'vi' as const,
  };

  it('is left out without selfUrl: no rel="self", no feed_url, and a permanent urn:uuid Atom id derived from the home page', () => {
    expect(toRss([article], home)).not.toContain('rel="self"');
    const atom = toAtom([article], home);
    expect(atom).not.toContain('rel="self"');
    const id = /<feed[^]*?<id>([^<]+)<\/id>/.exec(atom)![1];
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(/<feed[^]*?<id>([^<]+)<\/id>/.exec(toAtom([], home))![1]).toBe(id);
    expect(/<feed[^]*?<id>([^<]+)<\/id>/.exec(toAtom([], { ...home, link: 'https://khac.example.gov.vn/' }))![1]).not.toBe(id);
    expect(JSON.parse(toJsonFeed([article], home))).not.toHaveProperty('feed_url');
  });

  it('is written where each format wants it when given', () => {
    const self = { ...home, selfUrl: 'https://feeds.example.org/phuong-mau.xml' };
    expect(toRss([article], self)).toContain('<atom:link href="https://feeds.example.org/phuong-mau.xml" rel="self"');
    const atom = toAtom([article], self);
    expect(atom).toContain('rel="self" type="application/atom+xml" href="https://feeds.example.org/phuong-mau.xml"');
    expect(/<feed[^]*?<id>([^<]+)<\/id>/.exec(atom)![1]).toBe(self.selfUrl);
    expect(JSON.parse(toJsonFeed([article], self)).feed_url).toBe(self.selfUrl);
  });
});
