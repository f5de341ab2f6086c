import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../src/errors.js';
import { extractListing } from '../src/listing/index.js';
import { pageNumberOf } from '../src/listing/pagination.js';
import type { ListingEntry } from '../src/types.js';

interface Expected {
  family: string;
  url: string;
  articles: ListingEntry[];
  nextPage: string | null;
  feeds?: string[];
}

const ROOTS = ['fixtures/listing', 'fixtures/listing-extra'];
const fixtures = ROOTS.flatMap((root) =>
  existsSync(root) ? readdirSync(root).map((name) => ({ root, name, dir: join(root, name) })) : [],
).filter((f) => existsSync(join(f.dir, 'expected.json')));

function load(dir: string): { bytes: Buffer; expected: Expected } {
  return {
    bytes: readFileSync(join(dir, 'page.html')),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected,
  };
}

/** Every absolute link of the page, as the browser would resolve it (for the "no sidebar links" check). */
function allLinks(html: string, base: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(/<a\b[^>]*\bhref\s*=\s*["']([^"']+)["']/gi)) {
    try {
      const u = new URL(m[1]!.replace(/&amp;/g, '&'), base);
      u.hash = '';
      out.add(u.href);
    } catch {
      // not a URL: ignored, as a browser would
    }
  }
  return out;
}

describe('extractListing on the listing fixtures', () => {
  it('has fixtures of both kinds', () => {
    expect(fixtures.filter((f) => f.root === 'fixtures/listing').length).toBeGreaterThanOrEqual(4);
    expect(fixtures.filter((f) => f.root === 'fixtures/listing-extra').length).toBeGreaterThanOrEqual(3);
  });

  for (const { root, name, dir } of fixtures) {
    describe(`${root.split('/')[1]}/${name}`, () => {
      const { bytes, expected } = load(dir);
      const got = extractListing(bytes, { url: expected.url });

      it('returns exactly the expected articles (url, title, date) in order', () => {
        expect(got.articles).toEqual(expected.articles);
      });

      it('returns the next page', () => {
        expect(got.nextPage).toBe(expected.nextPage);
      });

      it('returns no sidebar, menu or footer link', () => {
        const listed = new Set(expected.articles.map((a) => a.url));
        const elsewhere = [...allLinks(bytes.toString('utf8'), expected.url)].filter((u) => !listed.has(u));
        expect(elsewhere.length).toBeGreaterThan(expected.articles.length); // the page has chrome links to avoid
        expect(got.articles.filter((a) => elsewhere.includes(a.url))).toEqual([]);
      });

      it('reports the listing URL and advertised feeds', () => {
        expect(got.url).toBe(expected.url);
        if (expected.feeds) expect(got.feeds).toEqual(expected.feeds);
      });

      it('gives the same result for the page as a string', () => {
        expect(extractListing(bytes.toString('utf8'), { url: expected.url })).toEqual(got);
      });
    });
  }
});

describe('extractListing without the page URL', () => {
  it('resolves against the canonical link when the page has one', () => {
    const { bytes, expected } = load('fixtures/listing/liferay-portal');
    const got = extractListing(bytes);
    expect(got.url).toBe(expected.url);
    expect(got.articles).toEqual(expected.articles);
    expect(got.nextPage).toBe(expected.nextPage);
  });

  it('keeps links root-relative when nothing gives the address', () => {
    const { bytes, expected } = load('fixtures/listing-extra/aspnet-flat-links');
    const got = extractListing(bytes);
    const origin = new URL(expected.url).origin;
    expect(got.url).toBeNull();
    expect(got.articles.map((a) => a.url)).toEqual(expected.articles.map((a) => a.url.slice(origin.length)));
    expect(got.nextPage).toBe(expected.nextPage!.slice(origin.length));
  });
});

describe('feeds', () => {
  it('lists RSS and Atom alternates, absolute, and not other XML alternates', () => {
    const html = `<html><head>
      <link rel="alternate" type="application/rss+xml" href="/feed/">
      <link rel="alternate" type="application/atom+xml" href="atom.xml">
      <link rel="alternate" type="text/xml" href="/_vti_bin/spsdisco.aspx">
      <link rel="alternate" hreflang="en" href="/en/">
      <link rel="alternate" type="application/rss+xml" href="/feed/">
    </head><body></body></html>`;
    expect(extractListing(html, { url: 'https://xa.example.gov.vn/tin-tuc/' }).feeds).toEqual([
      'https://xa.example.gov.vn/feed/',
      'https://xa.example.gov.vn/tin-tuc/atom.xml',
    ]);
  });
});

describe('next page', () => {
  const page = (pager: string, head = ''): string => `<html><head>${head}</head><body><div class="main">
    <ul class="list">${[1, 2, 3, 4].map((i) => `<li><a href="/tin/${i}-bai-viet-so-${i}.html">Tin hoạt động của phường số ${i} trong tháng</a> (0${i}/05/2022)</li>`).join('')}</ul>
    ${pager}</div></body></html>`;
  const next = (pager: string, url = 'https://p.example.gov.vn/tin-tuc', head = ''): string | null =>
    extractListing(page(pager, head), { url }).nextPage;

  it('follows <link rel=next>', () => {
    expect(next('', undefined, '<link rel="next" href="/tin-tuc?page=2">')).toBe('https://p.example.gov.vn/tin-tuc?page=2');
  });

  it('reads "Trang sau", "Tiếp" and a lone arrow', () => {
    expect(next('<a href="?page=2">Trang sau »</a>')).toBe('https://p.example.gov.vn/tin-tuc?page=2');
    expect(next('<a href="/tin-tuc/trang-2">Tiếp</a>')).toBe('https://p.example.gov.vn/tin-tuc/trang-2');
    expect(next('<span>1</span> <a href="/tin-tuc/p2">›</a>')).toBe('https://p.example.gov.vn/tin-tuc/p2');
  });

  it('takes the number after the current page', () => {
    const pager = '<div class="pager"><a href="?trang=1">1</a> <a href="?trang=2">2</a> <span class="active">3</span> <a href="?trang=4">4</a></div>';
    expect(next(pager, 'https://p.example.gov.vn/tin-tuc?trang=3')).toBe('https://p.example.gov.vn/tin-tuc?trang=4');
  });

  it('does not take "xem tiếp", "cuối", disabled or script links', () => {
    expect(next('<a href="/tin/9-bai.html">Xem tiếp</a>')).toBeNull();
    expect(next('<a href="?page=9">Cuối »</a>')).toBeNull();
    expect(next('<ul><li class="disabled"><a href="?page=2">Tiếp</a></li></ul>')).toBeNull();
    expect(next(`<a href="javascript:__doPostBack('pager','2')">Trang sau</a>`)).toBeNull();
  });

  it('prefers the list pager over a side box pager', () => {
    const pager = '<div class="pager"><span class="current">1</span> <a href="?page=2">2</a></div><aside><ul><li><a href="/hot/1">Tin xem nhiều</a></li></ul><a href="/hot?trang=2">Trang sau</a></aside>';
    expect(next(pager)).toBe('https://p.example.gov.vn/tin-tuc?page=2');
  });

  it('takes a link to the same address with the page number one up ("Xem thêm")', () => {
    expect(next('<a class="btn" href="/tin-tuc?page=2">Xem thêm tin</a>')).toBe('https://p.example.gov.vn/tin-tuc?page=2');
    expect(next('<a href="/tin-tuc/page/3/"><i class="icon"></i></a>', 'https://p.example.gov.vn/tin-tuc/page/2/')).toBe('https://p.example.gov.vn/tin-tuc/page/3/');
    expect(next('<a href="/van-ban?page=2">Xem thêm văn bản</a>')).toBeNull();
  });

  it('is null on the last page', () => {
    expect(next('<div class="pager"><a href="?page=1">1</a> <span class="current">2</span></div>', 'https://p.example.gov.vn/tin-tuc?page=2')).toBeNull();
  });

  it('reads page numbers from query and path', () => {
    expect(pageNumberOf('https://x.vn/a?page=3')).toBe(3);
    expect(pageNumberOf('https://x.vn/a/page/4/')).toBe(4);
    expect(pageNumberOf('https://x.vn/a?p_p_id=x&_x_INSTANCE_ab_cur=5')).toBe(5);
    expect(pageNumberOf('https://x.vn/tin-tuc/currentpage/6')).toBe(6);
    expect(pageNumberOf('https://x.vn/?p=9824')).toBe(1);
    expect(pageNumberOf(null)).toBe(1);
  });
});

describe('list detection', () => {
  it('keeps the list, not a longer side list under a "most read" heading', () => {
    const item = (i: number, side: boolean): string =>
      `<li><a href="/${side ? 'hot' : 'tin'}/${i}-bai.html">${side ? 'Tin đọc nhiều' : 'Tin trong chuyên mục'} về hoạt động của xã số ${i}</a> <span>(1${i % 10}/04/2022)</span></li>`;
    const html = `<html><body><div class="row">
      <div class="col-md-8"><h1>Tin hoạt động</h1><ul>${[1, 2, 3, 4, 5].map((i) => item(i, false)).join('')}</ul></div>
      <div class="col-md-4"><h3>Tin đọc nhiều</h3><ul>${[1, 2, 3, 4, 5, 6, 7, 8].map((i) => item(i, true)).join('')}</ul></div>
    </div></body></html>`;
    const got = extractListing(html, { url: 'https://x.example.gov.vn/tin-hoat-dong' });
    expect(got.articles.map((a) => a.url)).toEqual([1, 2, 3, 4, 5].map((i) => `https://x.example.gov.vn/tin/${i}-bai.html`));
    expect(got.articles[0]).toEqual({
      url: 'https://x.example.gov.vn/tin/1-bai.html',
      title: 'Tin trong chuyên mục về hoạt động của xã số 1',
      publishedAt: '2022-04-11',
    });
  });

  it('takes the title and date out of card links', () => {
    const card = (i: number): string =>
      `<a class="card" href="/bai/${i}"><img src="/t/${i}.jpg" alt=""><h3 class="card-title">Đại hội Chi bộ khu phố ${i} nhiệm kỳ 2022 - 2025</h3><span class="date">0${i}/06/2022 08:1${i}</span></a>`;
    const got = extractListing(`<html><body><main><div class="grid">${[1, 2, 3].map(card).join('')}</div></main></body></html>`, {
      url: 'https://x.example.gov.vn/tin',
    });
    expect(got.articles).toEqual([1, 2, 3].map((i) => ({
      url: `https://x.example.gov.vn/bai/${i}`,
      title: `Đại hội Chi bộ khu phố ${i} nhiệm kỳ 2022 - 2025`,
      publishedAt: `2022-06-0${i}T08:1${i}:00+07:00`,
    })));
  });

  const title = (i: number, kind = 'Tin'): string => `${kind} hoạt động của phường trong tuần số ${i} năm nay`;
  const urlsOf = (html: string): string[] =>
    extractListing(html, { url: 'https://x.example.gov.vn/tin' }).articles.map((a) => a.url.replace('https://x.example.gov.vn', ''));

  it('reads dates printed before the link in a flat run', () => {
    const html = `<html><body><div class="list">${[1, 2, 3, 4].map((i) => `<span>0${i}/02/2022</span> - <a href="/x/${i}">${title(i)}</a><br>`).join('\n')}</div></body></html>`;
    expect(extractListing(html, { url: 'https://x.example.gov.vn/tin' }).articles.map((a) => a.publishedAt))
      .toEqual(['2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04']);
  });

  it('does not add an "other news" list that follows the list', () => {
    const html = `<html><body><main><ul>${[1, 2, 3, 4, 5, 6].map((i) => `<li><a href="/a/${i}">${title(i)}</a></li>`).join('')}</ul>
      <h3>Các tin khác</h3><ul>${[1, 2, 3, 4].map((i) => `<li><a href="/o/${i}">${title(i, 'Khác')}</a></li>`).join('')}</ul></main></body></html>`;
    expect(urlsOf(html)).toEqual([1, 2, 3, 4, 5, 6].map((i) => `/a/${i}`));
  });

  it('joins a list split over two columns and a featured row above it', () => {
    const html = `<html><body><div class="content"><div class="top">${[1, 2].map((i) => `<div class="box"><img src="/f${i}.jpg"><h3><a href="/f/${i}">${title(i, 'Nổi bật')}</a></h3></div>`).join('')}</div>
      <div class="row"><div class="col-md-6"><ul>${[1, 2, 3, 4].map((i) => `<li><a href="/l/${i}">${title(i)}</a> (0${i}/01/2022)</li>`).join('')}</ul></div>
      <div class="col-md-6"><ul>${[5, 6, 7].map((i) => `<li><a href="/l/${i}">${title(i)}</a> (0${i}/01/2022)</li>`).join('')}</ul></div></div></div></body></html>`;
    expect(urlsOf(html)).toEqual(['/f/1', '/f/2', ...[1, 2, 3, 4, 5, 6, 7].map((i) => `/l/${i}`)]);
  });

  it('takes the title from the item heading when the only link is "Xem chi tiết", and dates after a dash', () => {
    const html = `<html><body><div class="content">${[1, 2, 3].map((i) => `<div class="item"><h3>${title(i)}</h3><p>Tóm tắt.</p><a href="/c/${i}">Xem chi tiết</a></div>`).join('')}
      <ul class="more">${[4, 5].map((i) => `<li><a href="/d/${i}">${title(i)} - 0${i}/03/2022</a></li>`).join('')}</ul></div></body></html>`;
    const got = extractListing(html, { url: 'https://x.example.gov.vn/tin' }).articles;
    expect(got.slice(0, 3)).toEqual([1, 2, 3].map((i) => ({ url: `https://x.example.gov.vn/c/${i}`, title: title(i), publishedAt: null })));
    expect(extractListing(`<ul>${html.slice(html.indexOf('<li>'), html.lastIndexOf('</ul>'))}</ul>`, { url: 'https://x.example.gov.vn/tin' }).articles)
      .toEqual([4, 5].map((i) => ({ url: `https://x.example.gov.vn/d/${i}`, title: title(i), publishedAt: `2022-03-0${i}` })));
  });

  it('sees a side column behind mobile-first grid classes', () => {
    const html = `<div class="row"><div class="col-sm-12 col-md-8"><ul>${[1, 2, 3].map((i) => `<li><a href="/a/${i}">${title(i)}</a></li>`).join('')}</ul></div>
      <div class="col-sm-12 col-md-4"><ul>${[1, 2, 3, 4, 5].map((i) => `<li><a href="/b/${i}">${title(i, 'Khác')}</a></li>`).join('')}</ul></div></div>`;
    expect(urlsOf(html)).toEqual(['/a/1', '/a/2', '/a/3']);
  });

  it('returns no articles for a page without a list', () => {
    const got = extractListing('<html><body><nav><a href="/a">Trang chủ</a><a href="/b">Giới thiệu</a></nav><p>Nội dung.</p></body></html>', {
      url: 'https://x.example.gov.vn/',
    });
    expect(got).toEqual({ url: 'https://x.example.gov.vn/', articles: [], nextPage: null, feeds: [] });
  });
});

describe('bad input', () => {
  it('throws a typed error for input that is not a page', () => {
    for (const input of [42, null, undefined, {}]) {
      expect(() => extractListing(input as unknown as string)).toThrowError(ExtractError);
      expect(() => extractListing(input as unknown as string)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
  });

  it('refuses input beyond maxBytes', () => {
    expect(() => extractListing('<p>x</p>'.repeat(100), { maxBytes: 100 })).toThrowError(/maxBytes/);
  });

  it('survives empty, binary and deeply nested input', () => {
    expect(extractListing('').articles).toEqual([]);
    expect(extractListing(new Uint8Array([0, 255, 254, 10, 13, 0x80])).articles).toEqual([]);
    const list = '<ul><li><a href="/a/1">Bài viết thứ nhất của Ủy ban nhân dân phường</a></li><li><a href="/a/2">Bài viết thứ hai của Ủy ban nhân dân phường</a></li></ul>';
    const nested = (depth: number): string => `${'<div>'.repeat(depth)}${list}${'</div>'.repeat(depth)}`;
    // Deep, but within what the parse stage keeps: the list is still found.
    expect(extractListing(nested(800), { url: 'https://x.example.gov.vn/' }).articles.map((a) => a.url))
      .toEqual(['https://x.example.gov.vn/a/1', 'https://x.example.gov.vn/a/2']);
    // Pathologically deep: a result, not a stack overflow.
    expect(Array.isArray(extractListing(nested(50_000), { url: 'https://x.example.gov.vn/' }).articles)).toBe(true);
  });

  it('never throws on random markup, and returns only absolute http(s) links', () => {
    const piece = fc.oneof(
      fc.constantFrom('<ul>', '</ul>', '<li>', '</li>', '<div class="sidebar">', '<div>', '</div>', '<nav>', '</nav>', '<h3>', '</h3>',
        '<span>(15/06/2020)</span>', '<br>', '<a href="?page=2">Trang sau</a>', '<a href="javascript:;">1</a>', '<table><tr><td>', '</td></tr></table>'),
      fc.integer({ min: 0, max: 50 }).map((i) => `<a href="/tin/${i}.html">Tin hoạt động của phường số ${i}</a>`),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
      const got = extractListing(parts.join(''), { url: 'https://x.example.gov.vn/tin-tuc' });
      for (const u of [...got.articles.map((a) => a.url), ...(got.nextPage ? [got.nextPage] : [])]) {
        expect(u).toMatch(/^https:\/\/x\.example\.gov\.vn\//);
      }
      expect(new Set(got.articles.map((a) => a.url)).size).toBe(got.articles.length);
    }), { numRuns: 150 });
  });

  it('ignores a bad page URL instead of failing', () => {
    const { bytes, expected } = load('fixtures/listing/wordpress-commune');
    expect(extractListing(bytes, { url: 'not a url' }).articles).toEqual(expected.articles);
  });
});
