// Stage `frame`: blocks + region + metadata → header, body, datelines above, trailer.
import { describe, expect, it } from 'vitest';
import { frameArticle } from '../../src/frame/index.js';
import { locateContent } from '../../src/locate/index.js';
import { PARAGRAPHS, pageBlocks, portalPage, texts, TITLE } from '../helpers/stages.js';

function frameOf(html: string) {
  const { blocks, meta } = pageBlocks(html);
  return frameArticle(blocks, locateContent(blocks), meta);
}

describe('frameArticle', () => {
  it('splits a portal page into headline, dateline header, body and trailer', () => {
    const f = frameOf(portalPage())!;
    expect(f.title.title).toBe(TITLE);
    expect(texts(f.header)).toEqual(['Thứ Năm, 05/08/2021 16:20 | Lượt xem: 1.024']);
    expect(f.above).toEqual([]);
    // The signature stays in the body for the credits stage; share box and "Các tin khác" go.
    expect(texts(f.body)).toEqual([...PARAGRAPHS, 'Minh Trí']);
    expect(texts(f.trailer)).toContain('Lượt truy cập: 123.456');
  });

  it('keeps a dateline printed above the headline apart, and the breadcrumb out', () => {
    const html = `<body><div class="detail"><div class="bc"><a href="/">Trang chủ</a> › <a href="/tin">Tin tức</a></div>
      <div class="date-header">Thứ Sáu, 12/04/2024</div><h2>${TITLE}</h2>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body>`;
    const f = frameOf(html)!;
    expect(f.title.title).toBe(TITLE);
    expect(texts(f.above)).toEqual(['Thứ Sáu, 12/04/2024']);
    expect(texts(f.body)).toEqual(PARAGRAPHS);
  });

  it('ends the body at a tail cue inside the article container', () => {
    const html = portalPage({ signature: '<p>Tin liên quan</p><p>Ủy ban nhân dân phường ra quân tổng vệ sinh môi trường, hưởng ứng ngày Chủ nhật xanh năm 2021 trên địa bàn.</p>' });
    expect(texts(frameOf(html)!.body)).toEqual(PARAGRAPHS);
  });

  it('without a region, takes every line that is not a link list as the body; null when there is none', () => {
    const { blocks, meta } = pageBlocks(`<p>${PARAGRAPHS[0]}</p><p><a href="/a">Trang chủ</a></p>`);
    expect(texts(frameArticle(blocks, null, meta)!.body)).toEqual([PARAGRAPHS[0]]);
    const links = pageBlocks('<p><a href="/a">Trang chủ</a></p>');
    expect(frameArticle(links.blocks, null, links.meta)).toBeNull();
  });
});
