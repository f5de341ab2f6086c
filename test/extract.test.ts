import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, ExtractError, type Article } from '../src/index.js';
import { bodyScore, headingScore } from '../scripts/body-score.js';
import { precisionRecall, scoreFacts } from '../scripts/fact-score.js';

// The corpus pages, and six sets of held-out layouts annotated without looking at the extractor.
const DIRS = ['fixtures/ward', 'fixtures/ward-unseen', 'fixtures/ward-holdout', 'fixtures/ward-blind', 'fixtures/ward-final', 'fixtures/ward-fifth', 'fixtures/ward-sixth'];
const pages = DIRS.flatMap((dir) => readdirSync(dir).sort().map((id) => {
  const expected = JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8'));
  const bytes = readFileSync(join(dir, id, 'page.html'));
  return { id, expected, bytes, article: extract(bytes, { url: expected.url }) };
}));

describe.each(pages)('fixture $id', ({ expected, article }) => {
  it('title, date, author and source are exact', () => {
    expect(article.title).toBe(expected.title);
    expect(article.publishedAt).toBe(expected.publishedAt);
    expect(article.author).toBe(expected.author);
    expect(article.source).toBe(expected.source);
  });

  it('body matches the annotation (shingle F1 >= 0.95) and leaks no boilerplate', () => {
    expect(bodyScore(expected.text, article.text).f1).toBeGreaterThanOrEqual(0.95);
    for (const s of expected.mustNotContain as string[]) expect(article.text).not.toContain(s);
  });

  it('headings are the annotated ones', () => {
    const heads = article.sections.map((s) => s.heading).filter((h): h is string => h !== null);
    const h = headingScore(expected.headings, heads);
    expect(h.precision).toBeGreaterThanOrEqual(0.9);
    expect(h.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('documentRefs are exact', () => {
    expect(article.documentRefs).toEqual(expected.documentRefs);
  });

  it('output is NFC, with the URL and the language set', () => {
    const all = JSON.stringify(article);
    expect(all).toBe(all.normalize('NFC'));
    expect(article.url).toBe(expected.url);
    expect(article.language).toBe('vi');
    expect(article.text).not.toMatch(/\u00a0| {2}|\n{3}/);
  });

  it('sections, lead and facts are consistent with text', () => {
    for (const s of article.sections) for (const p of s.paragraphs) expect(article.text).toContain(p);
    if (article.lead) expect(article.text.startsWith(article.lead)).toBe(true);
    for (const f of article.facts) {
      expect(article.text.slice(f.start, f.end)).toBe(f.raw);
      expect(f.section).not.toBeNull();
      const section = article.sections[f.section!]!;
      expect(section.paragraphs.some((p) => p.includes(f.raw)) || section.heading?.includes(f.raw)).toBe(true);
    }
  });
});

describe('quality over all fixtures', () => {
  it('body F1 mean >= 0.97 and no page below 0.93', () => {
    const f1s = pages.map((p) => bodyScore(p.expected.text, p.article.text).f1);
    expect(f1s.reduce((a, b) => a + b, 0) / f1s.length).toBeGreaterThanOrEqual(0.97);
    expect(Math.min(...f1s)).toBeGreaterThanOrEqual(0.93);
  });

  it('facts: precision and recall >= 0.97 on (value, unit, qualifier)', () => {
    let matched = 0, exp = 0, act = 0;
    for (const p of pages) {
      const s = scoreFacts(p.expected.facts, p.article.facts);
      matched += s.matched; exp += s.expected; act += s.actual;
    }
    const pr = precisionRecall({ matched, expected: exp, actual: act });
    expect(pr.precision).toBeGreaterThanOrEqual(0.97);
    expect(pr.recall).toBeGreaterThanOrEqual(0.97);
  });
});

describe('images', () => {
  it('resolves image URLs against the page URL and keeps captions', () => {
    const page = pages.find((p) => p.id.startsWith('wordpress-04'))!;
    expect(page.article.images).toHaveLength(1);
    const img = page.article.images[0]!;
    expect(img.src).toMatch(/^https:\/\/huongtoan\.huongtra\.thuathienhue\.gov\.vn\/.+\.jpg$/);
    expect(img.caption).toBe('Nông dân xã Hương Toàn chăm sóc cánh đồng rau màu. Ảnh: Hoàng Minh');
  });

  it('leaves out counters, badges and icons', () => {
    for (const p of pages) for (const img of p.article.images) expect(img.src).not.toMatch(/counter|tinnhiemmang|icon|print/i);
  });
});

describe('decoding', () => {
  const cp1258 = pages.find((p) => p.expected.charset === 'windows-1258')!;

  it('decodes windows-1258 pages declared in <meta http-equiv>', () => {
    expect(cp1258.article.title).toBe(cp1258.expected.title);
  });

  it('lets the HTTP charset outrank the page, as browsers do', () => {
    // The same bytes read as windows-1252 because the header says so: Vietnamese letters are lost.
    // (A header `utf-8` on such bytes is repaired instead: they are not UTF-8; see docs/security.md.)
    const wrong = extract(cp1258.bytes, { contentType: 'text/html; charset=windows-1252' });
    expect(wrong.title).not.toBe(cp1258.expected.title);
  });

  it('reads UTF-8 bytes with no declaration, and UTF-16 with a BOM', () => {
    const html = '<html><body><article><h1>Tiêu đề bài viết về phường</h1><p>Phường Điện Ngọc dành hai tỷ đồng hỗ trợ xây dựng nhà Đại đoàn kết cho các hộ khó khăn trên địa bàn, theo kế hoạch năm 2021.</p></article></body></html>';
    expect(extract(Buffer.from(html, 'utf8')).text).toContain('Điện Ngọc');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    expect(extract(utf16).text).toContain('Điện Ngọc');
  });

  it('normalises decomposed (NFD) text to NFC', () => {
    const page = pages.find((p) => p.id.includes('nfd'))!;
    expect(page.bytes.toString('utf8')).not.toBe(page.bytes.toString('utf8').normalize('NFC'));
    expect(page.article.text).toBe(page.article.text.normalize('NFC'));
  });
});

describe('malformed input', () => {
  const empty = (a: Article): void => {
    expect(a.text).toBe('');
    expect(a.sections).toEqual([]);
    expect(a.facts).toEqual([]);
  };

  it('returns an empty article for an empty string and for whitespace', () => {
    empty(extract(''));
    empty(extract('   \n  '));
  });

  it('reads plain text as a best-effort body', () => {
    const a = extract('Phường Tân Định tổ chức hội nghị, thu ngân sách đạt 47,82 tỷ đồng, tăng 8,6% so với cùng kỳ năm trước.');
    expect(a.text).toContain('47,82 tỷ đồng');
  });

  it('survives binary bytes', () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const a = extract(bytes);
    expect(typeof a.text).toBe('string');
    expect(a.language).toBe('vi');
  });

  it('returns empty fields for a page with no article', () => {
    const a = extract('<html><head><title>Trang chủ</title></head><body><ul><li><a href="/a">Trang chủ</a></li><li><a href="/b">Giới thiệu</a></li></ul></body></html>');
    empty(a);
    expect(a.title).toBe('Trang chủ');
  });

  it('survives unclosed tags and truncated markup', () => {
    // Cut inside the article: the headline and the text before the cut survive, the rest is gone.
    const { bytes, article } = pages[0]!;
    const page = bytes.toString('utf8');
    const firstParagraph = article.sections[0]!.paragraphs[0]!;
    const lastParagraph = article.sections.at(-1)!.paragraphs.at(-1)!;
    const cut = page.slice(0, page.indexOf(lastParagraph.slice(0, 40)));
    const truncated = extract(cut);
    expect(truncated.title).toBe(article.title);
    expect(truncated.text).toContain(firstParagraph);
    expect(truncated.text).not.toContain(lastParagraph);
    expect(extract('<div><p>Xin chào <b>phường <i>mới</div></p>').text).toContain('Xin chào');
  });

  it('throws a typed error for input that is not text or bytes', () => {
    for (const input of [null, 42, undefined, {}, ['<p>x</p>']]) {
      expect(() => extract(input as never)).toThrow(expect.objectContaining({ name: 'ExtractError', code: 'INVALID_INPUT' }));
      expect(() => extract(input as never)).toThrow(ExtractError);
    }
  });

  it('throws TOO_LARGE above maxBytes', () => {
    expect(() => extract('<p>'.repeat(100), { maxBytes: 50 })).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(() => extract('<p>'.repeat(100), { maxBytes: 50 })).toThrow(ExtractError);
    expect(extract('<p>'.repeat(10), { maxBytes: 50 }).language).toBe('vi');
  });

  it('bounds the work with maxNodes and still returns an article', () => {
    const a = extract(pages[0]!.bytes, { maxNodes: 200 });
    expect(a.language).toBe('vi');
  });
});
