/**
 * Safe HTML out: known XSS vectors placed in real portal pages (body, title, captions, image
 * `src` / `alt`) must not survive into any HTML the library writes — `renderArticleHtml`,
 * RSS `content:encoded` and `description`, Atom `content`, JSON Feed `content_html`. Each
 * output is parsed as a browser-ish HTML parser would and checked against the allow-list.
 */
import { XMLParser } from 'fast-xml-parser';
import { parseDocument } from 'htmlparser2';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { renderArticleHtml } from '../src/serialize/html.js';
import { toRss } from '../src/feeds/rss.js';
import { toAtom } from '../src/feeds/atom.js';
import { toJsonFeed } from '../src/feeds/jsonfeed.js';
import type { Article } from '../src/types.js';
import { wardFixtures } from './helpers/server.js';
import { VECTORS } from './helpers/xss-vectors.js';

/** Image URLs that must never be written (an allowed image elsewhere on the page proves images do get through). */
const URL_VECTORS = [
  'javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'jav&#x0A;ascript:alert(1)', 'jav\tascript:alert(1)',
  'vbscript:msgbox(1)', 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+', 'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd', '//evil.example/x.js" onerror="alert(1)', 'https://img.example/a.jpg" onerror="alert(1)',
];

const ELEMENTS = new Set(['p', 'strong', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'img', 'figcaption']);
const ATTRIBUTES: Record<string, Set<string>> = { img: new Set(['src', 'alt']) };

/** Every way `html` breaks the allow-list, as readable strings (empty when it is safe). */
function violations(html: string): string[] {
  const out: string[] = [];
  const walk = (nodes: AnyNode[]): void => {
    for (const n of nodes) {
      if (n.type === 'text') continue;
      if (n.type !== 'tag') {
        out.push(`node of type ${n.type}`); // script, style, comment, directive, CDATA
        if ('children' in n) walk(n.children);
        continue;
      }
      if (!ELEMENTS.has(n.name)) out.push(`element <${n.name}>`);
      for (const [name, value] of Object.entries(n.attribs)) {
        if (!ATTRIBUTES[n.name]?.has(name)) out.push(`attribute ${name} on <${n.name}>`);
        else if (name === 'src' && !/^https?:\/\//i.test(value)) out.push(`URL ${value}`);
      }
      walk(n.children);
    }
  };
  // Both parser modes: HTML (how readers render it) and XML (how an XHTML consumer would).
  walk(parseDocument(html).children);
  walk(parseDocument(html, { xmlMode: true }).children);
  return out;
}

/** Plain text that a reader renders as HTML (RSS `description`) must make no markup at all. */
function markupIn(htmlText: string): string[] {
  return parseDocument(htmlText).children.filter((n) => n.type !== 'text').map((n) => `${n.type} ${'name' in n ? n.name : ''}`);
}

const xml = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false, parseTagValue: false, trimValues: false });
const channel = { title: 'Phường <script>alert(1)</script>', link: 'https://phuong.example.gov.vn/' };

/** Every HTML string a reader would render for these articles, by where it came from. */
function renderedHtml(articles: Article[]): [string, string][] {
  const out: [string, string][] = articles.map((a) => ['renderArticleHtml', renderArticleHtml(a)]);
  const rss = xml.parse(toRss(articles, channel)) as { rss: { channel: { item: unknown } } };
  const items = [rss.rss.channel.item].flat() as Record<string, string>[];
  for (const item of items) out.push(['rss content:encoded', item['content:encoded'] ?? '']);
  const atom = xml.parse(toAtom(articles, channel)) as { feed: { entry: unknown } };
  for (const entry of [atom.feed.entry].flat() as { content?: { '#text': string } }[]) out.push(['atom content', entry.content?.['#text'] ?? '']);
  const json = JSON.parse(toJsonFeed(articles, channel)) as { items: { content_html?: string }[] };
  for (const item of json.items) out.push(['json content_html', item.content_html ?? '']);
  return out;
}

/** RSS texts that readers treat as HTML although we mean plain text. */
function rssDescriptions(articles: Article[]): string[] {
  const rss = xml.parse(toRss(articles, channel)) as { rss: { channel: { description: string; item: unknown } } };
  const items = [rss.rss.channel.item].flat() as Record<string, string>[];
  return [rss.rss.channel.description, ...items.map((i) => i.description ?? '')];
}

const escapeAttr = (s: string): string => s.replace(/&(?!#|[a-z]+;)/g, '&amp;').replace(/"/g, '&quot;');

/** UTF-8 fixtures whose first body paragraph is written literally in the page (so it can be found and poisoned). */
const pages = wardFixtures().filter((w) => w.charset === 'utf-8').flatMap((w) => {
  const html = w.bytes.toString('utf8');
  const paragraphs = (w.expected.text as string).split('\n\n').filter((p) => p.length > 80);
  const anchor = paragraphs.map((p) => p.slice(0, 40)).find((s) => html.includes(s));
  return anchor ? [{ id: w.id, url: w.url as string, title: w.expected.title as string, html, anchor }] : [];
}).slice(0, 6);

/**
 * The page with `vector` in its body (before the first paragraph's text), in the title, and
 * in a figure (caption, alt) after that paragraph, plus a figure whose `src` is `badSrc`.
 */
function poison(page: (typeof pages)[number], vector: string, badSrc: string): string {
  const at = page.html.indexOf(page.anchor);
  const close = page.html.indexOf('</p>', at);
  const figures = `<figure><img src="https://img.example/ok.jpg" alt="${escapeAttr(vector)}"><figcaption>${vector}</figcaption></figure>`
    + `<figure><img src="${escapeAttr(badSrc)}" alt="XSSMARK"><figcaption>Ảnh XSSMARK</figcaption></figure>`;
  let html = close < 0
    ? `${page.html.slice(0, at)}${vector} ${page.html.slice(at)}`
    : `${page.html.slice(0, at)}${vector} ${page.html.slice(at, close + 4)}${figures}${page.html.slice(close + 4)}`;
  if (page.title) html = html.split(page.title).join(`${page.title} ${vector}`);
  return html;
}

describe('XSS vectors in portal pages', () => {
  it('has pages to poison', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  it('never come out of renderArticleHtml, content:encoded, Atom content or content_html', () => {
    const found: string[] = [];
    let reached = 0;
    VECTORS.forEach((vector, i) => {
      const page = pages[i % pages.length]!;
      const article = extract(poison(page, vector, URL_VECTORS[i % URL_VECTORS.length]!), { url: page.url });
      if (JSON.stringify(article).includes('XSSMARK')) reached++;
      for (const [where, html] of renderedHtml([article])) {
        for (const v of violations(html)) found.push(`${vector} → ${where}: ${v}`);
      }
    });
    expect(found).toEqual([]);
    // The vectors did reach the articles: the check above was not run on pages that lost them.
    expect(reached).toBeGreaterThan(VECTORS.length * 0.6);
  });

  it('never come out of articles built directly with hostile fields', () => {
    const found: string[] = [];
    const articles: Article[] = VECTORS.map((v, i) => ({
      url: `https://phuong.example.gov.vn/tin/${i}`, title: v, publishedAt: '2024-05-01', author: v, authors: [v], postedBy: v, source: v, lead: v,
      sections: [{ heading: v, level: 1, paragraphs: [v, `${v} tiếp`] }, { heading: null, level: 0, paragraphs: [v] }],
      text: v, facts: [], documentRefs: [], language: 'vi',
      images: [
        { src: URL_VECTORS[i % URL_VECTORS.length]!, alt: v, caption: v },
        { src: 'https://img.example/a.jpg', alt: v, caption: v },
        { src: '/relative.jpg', alt: null, caption: v },
      ],
    }));
    for (const [where, html] of renderedHtml(articles)) for (const v of violations(html)) found.push(`${where}: ${v}`);
    // Images do get through when their URL is safe: the allow-list is not met by dropping everything.
    expect(renderArticleHtml(articles[0]!)).toContain('<img src="https://img.example/a.jpg"');
    expect(found).toEqual([]);
  });

  it('stay inert in RSS descriptions, which readers render as HTML', () => {
    const articles = VECTORS.map((v, i): Article => ({
      url: `https://phuong.example.gov.vn/tin/${i}`, title: 'Tin', publishedAt: null, author: null, authors: [], postedBy: null, source: null, lead: v,
      sections: [{ heading: null, level: 0, paragraphs: [v] }], text: v, images: [], facts: [], documentRefs: [], language: 'vi',
    }));
    // Entity-encoded vectors decode, at extraction, to text such as `<script>`: that text must reach the reader as text.
    const decoded = extract(`<html><body><article><h1>Tin</h1><p>${'Nội dung bài viết đủ dài để là một đoạn văn. '.repeat(3)}&lt;script&gt;alert(1)&lt;/script&gt;</p></article></body></html>`, { url: 'https://phuong.example.gov.vn/tin/x' });
    expect(decoded.text).toContain('<script>');
    for (const d of rssDescriptions([...articles, decoded])) expect(markupIn(d), d).toEqual([]);
  });

  it('never become links or images with unsafe URLs in the Article itself', () => {
    for (const [i, src] of URL_VECTORS.entries()) {
      const page = pages[i % pages.length]!;
      const article = extract(poison(page, 'XSSMARK', src), { url: page.url });
      const unsafe = article.images.filter((img) => !/^https?:\/\//i.test(img.src));
      // Article.images is data, not HTML; a consumer that builds its own HTML must still get http(s) only.
      expect(unsafe.map((img) => img.src), src).toEqual([]);
    }
  });
});
