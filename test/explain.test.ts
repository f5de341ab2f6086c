/**
 * `explain`: every block of every fixture page (all fixtures/ward* sets) appears exactly once
 * with one decision, and the decisions agree with the article `extract` returns: the body
 * blocks' text is the article's text, the title block carries the title, images, captions,
 * the lead and headings match, fields point at blocks of the right decision.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, type BlockDecision } from '../src/explain/index.js';
import { extract } from '../src/extract.js';
import { parse } from '../src/parse/index.js';
import { decode } from '../src/decode/index.js';
import { clean } from '../src/clean/index.js';
import { linearize } from '../src/blocks/index.js';
import { DEFAULT_MAX_NODES } from '../src/tuning.js';

const sets = readdirSync('fixtures').filter((d) => d.startsWith('ward')).sort();
const pages = sets.flatMap((set) => readdirSync(join('fixtures', set)).sort().filter((id) => existsSync(join('fixtures', set, id, 'page.html'))).map((id) => {
  const dir = join('fixtures', set, id);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url?: string };
  return { name: `${set}/${id}`, bytes: readFileSync(join(dir, 'page.html')), url: expected.url };
}));

const TEXT_DECISIONS = new Set<BlockDecision>(['lead', 'heading', 'body', 'caption']);
const KEPT_REASONS = new Set(['headline', 'printed-date', 'credit', 'article']);

/** The blocks of a page, counted by the stages themselves (not through explain). */
function blockCount(bytes: Uint8Array): number {
  const { document } = parse(decode(bytes).html, { maxNodes: DEFAULT_MAX_NODES, parser: 'htmlparser2' });
  clean(document);
  return linearize(document).length;
}

describe('explain over every fixture page', () => {
  it('covers all fixture sets', () => {
    expect(sets.length).toBeGreaterThanOrEqual(8);
    expect(pages.length).toBeGreaterThan(80);
  });

  it.each(pages)('$name: every block once, one decision, agreeing with the article', ({ bytes, url }) => {
    const options = url ? { url } : {};
    const { article, blocks, facts, references, fields } = explain(bytes, options);
    expect(article).toEqual(extract(bytes, options));

    // Every block exactly once, in order, each with one decision and a reason of its kind.
    expect(blocks.length).toBe(blockCount(bytes));
    blocks.forEach((b, i) => {
      expect(b.index).toBe(i);
      expect(KEPT_REASONS.has(b.reason)).toBe(b.decision !== 'chrome');
    });

    // The text blocks of the body, in order, are the article's text.
    const inText = blocks.filter((b) => b.start !== undefined);
    expect(inText.every((b) => TEXT_DECISIONS.has(b.decision))).toBe(true);
    expect(blocks.filter((b) => TEXT_DECISIONS.has(b.decision)).length).toBe(inText.length);
    expect(inText.map((b) => article.text.slice(b.start, b.end)).join('\n\n')).toBe(article.text);
    for (const b of inText) {
      const kept = article.text.slice(b.start, b.end);
      if (kept !== b.text) {
        expect(b.text.startsWith(kept)).toBe(true);
        expect(b.credits?.length).toBeGreaterThan(0); // only a closing credit is cut off
      }
    }

    // Title, lead, headings, images, captions.
    const titles = blocks.filter((b) => b.decision === 'title');
    expect(titles.length).toBeLessThanOrEqual(1);
    if (fields.title !== null) {
      expect(blocks[fields.title]!.decision).toBe('title');
      expect(blocks[fields.title]!.text).toContain(article.title);
    } else expect(titles).toEqual([]);
    const leads = blocks.filter((b) => b.decision === 'lead');
    expect(leads.map((b) => b.text)).toEqual(article.lead === null ? [] : [article.lead]);
    const headings = blocks.filter((b) => b.decision === 'heading');
    const sectionHeadings = article.sections.flatMap((s) => (s.heading === null ? [] : [s.heading]));
    expect(headings.length).toBe(sectionHeadings.length);
    headings.forEach((b, i) => expect(b.text).toContain(sectionHeadings[i]));
    const images = blocks.filter((b) => b.decision === 'image');
    expect(images.map((b) => b.text || null)).toEqual(article.images.map((im) => im.alt));
    const captions = article.images.flatMap((im) => (im.caption === null ? [] : [im.caption]));
    expect(blocks.filter((b) => b.decision === 'caption').map((b) => b.text)).toEqual(captions);

    // Fields point at blocks of the right decision.
    if (fields.publishedAt !== null) expect(blocks[fields.publishedAt]!.decision).not.toBe('chrome');
    if (fields.author !== null) {
      const b = blocks[fields.author]!;
      expect(b.credits?.some((c) => c.value === article.author)).toBe(true);
      expect(['byline', 'body', 'title']).toContain(b.decision);
    }
    if (fields.source !== null) expect(blocks[fields.source]!.credits?.some((c) => c.value === article.source)).toBe(true);

    // Facts and references sit in body blocks, at their place in the text.
    for (const f of facts) {
      expect(article.text.slice(f.start, f.end)).toBe(f.fact.raw);
      expect(f.block).not.toBeNull();
      const b = blocks[f.block!]!;
      expect(f.start >= b.start! && f.end <= b.end!).toBe(true);
    }
    expect(facts.length).toBe(article.facts.length);
    expect([...new Set(references.map((r) => r.ref))]).toEqual(article.documentRefs);
    for (const r of references) expect(r.block).not.toBeNull();
  });

  it('marks counters and tail lists as chrome with their reason', () => {
    const reasons = new Map<string, number>();
    for (const { bytes, url } of pages) {
      for (const b of explain(bytes, url ? { url } : {}).blocks) {
        if (/^lượt xem/iu.test(b.text)) expect(b.decision).toBe('chrome');
        reasons.set(b.reason, (reasons.get(b.reason) ?? 0) + 1);
      }
    }
    for (const r of ['outside-region', 'chrome-cue', 'tail-cue', 'link-density', 'meta-line', 'headline', 'printed-date', 'credit', 'article']) {
      expect(reasons.get(r), r).toBeGreaterThan(0);
    }
  });

  it('explains a text rendering (blocks from the text front end)', () => {
    const text = 'Trang chủ | Tin tức\n\nPhường An Khánh ra quân trật tự vỉa hè\n\nNgày đăng: 12/03/2021\n\n'
      + 'Sáng ngày 12/3, UBND phường An Khánh tổ chức ra quân lập lại trật tự vỉa hè trên 15 tuyến đường, với sự tham gia của 120 cán bộ, đoàn viên và người dân trên địa bàn phường.\n\n'
      + 'Đợt ra quân đã tháo dỡ 45 mái che, bạt che lấn chiếm vỉa hè, nhắc nhở 80 hộ kinh doanh cam kết không tái lấn chiếm.\n\nLượt xem: 523\n';
    const { article, blocks } = explain(text);
    expect(article).toEqual(extract(text));
    expect(blocks.map((b) => b.decision)).toEqual(['chrome', 'title', 'date', 'body', 'body', 'chrome']);
    expect(blocks[5]!.reason).toBe('chrome-cue');
    expect(blocks.filter((b) => b.decision === 'body').map((b) => b.text).join('\n\n')).toBe(article.text);
  });

  it('explains an empty page and a page without a body', () => {
    expect(explain('').blocks).toEqual([]);
    const menu = explain('<ul><li><a href="/a">Trang chủ</a></li><li><a href="/b">Tin tức</a></li></ul>');
    expect(menu.blocks.map((b) => b.decision)).toEqual(['chrome', 'chrome']);
    expect(menu.article.text).toBe('');
  });
});

describe('explain on a long page', () => {
  // Thousands of one-fact paragraphs: every fact is placed in its own block (found by a binary search over the offsets).
  const html = `<html><body><article><h1>Tiêu đề</h1>${
    Array.from({ length: 3_000 }, (_, i) => `<p>Thôn ${i} có ${i + 3} hộ dân.</p>`).join('')}</article></body></html>`;

  it('places every fact in the block that holds it', () => {
    const { article, blocks, facts } = explain(html);
    expect(article.facts.length).toBeGreaterThan(2_500);
    expect(facts).toHaveLength(article.facts.length);
    for (const f of facts) {
      const b = blocks[f.block!]!;
      expect(b.text.slice(f.start - b.start!, f.end - b.start!)).toBe(f.fact.raw);
    }
  });
});
