// Stage `title`: Block[] + region start + metadata → the headline and its block.
import { describe, expect, it } from 'vitest';
import { locateContent } from '../../src/locate/index.js';
import { insideOf } from '../../src/parse/dom.js';
import { findTitle } from '../../src/title/index.js';
import { PARAGRAPHS, pageBlocks, portalPage, TITLE } from '../helpers/stages.js';

function titleOf(html: string) {
  const { blocks, meta } = pageBlocks(html);
  const region = locateContent(blocks);
  // Where the frame stage starts the body: the first block of the region.
  const inside = insideOf(new Set(region?.roots ?? []));
  const start = blocks.find((b) => inside(b.el))?.index ?? blocks.length;
  return findTitle(blocks, start, meta);
}

const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

describe('findTitle', () => {
  it('takes the headline line that the declared title covers, not the page title with its site name', () => {
    const t = titleOf(portalPage());
    expect(t.title).toBe(TITLE);
    expect(t.block?.el.name).toBe('h1');
    expect(t.dateText).toBeNull();
  });

  it('prefers a styled headline near the body over a heading far above it that also matches', () => {
    const html = `<head><title>${TITLE}</title></head><body><div class="banner"><h2>${TITLE}</h2></div>
      <ul class="menu">${Array.from({ length: 12 }, (_, i) => `<li><a href="/m${i}">Mục ${i}</a></li>`).join('')}</ul>
      <div class="detail"><h3 class="news-title">${TITLE}</h3>${body}</div></body>`;
    const t = titleOf(html);
    expect(t.title).toBe(TITLE);
    expect(t.block?.el.name).toBe('h3');
  });

  it('takes a date printed on the headline line out of the title', () => {
    const html = `<head><title>Xã Hòa Tiến ra quân Tháng Thanh niên</title></head><body><div class="detail">
      <p class="title"><b>Xã Hòa Tiến ra quân Tháng Thanh niên [05/10/2009]</b></p>${body}</div></body>`;
    const t = titleOf(html);
    expect(t.title).toBe('Xã Hòa Tiến ra quân Tháng Thanh niên');
    expect(t.dateText).toBe('05/10/2009');
  });

  it('falls back to the declared title without its site-name segment when no line qualifies', () => {
    const html = `<head><title>${TITLE} | Cổng thông tin điện tử phường Điện Ngọc</title></head><body><div class="detail">${body}</div></body>`;
    const t = titleOf(html);
    expect(t.title).toBe(TITLE);
    expect(t.block).toBeNull();
  });

  it('gives an empty title when the page declares none and prints none', () => {
    expect(titleOf(`<body>${body}</body>`).title).toBe('');
  });
});
