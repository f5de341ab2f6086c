// frame/filter.ts: what inside the article region is chrome (docs/architecture.md, "How chrome is removed").
import { describe, expect, it } from 'vitest';
import { dropChrome, isCueLine, isMetaBlock, isMetaLine, isTailCue } from '../../src/frame/filter.js';
import { locateContent } from '../../src/locate/index.js';
import { insideOf } from '../../src/parse/dom.js';
import { PARAGRAPHS, pageBlocks, texts } from '../helpers/stages.js';

/** The one text block of a snippet. */
function block(html: string) {
  const { blocks } = pageBlocks(html);
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
}

describe('line cues', () => {
  it('a short line opening a chrome block after the article is a tail cue; prose starting alike is not', () => {
    for (const cue of ['Các tin khác', 'Tin liên quan', 'Bình luận', 'Văn bản mới', 'CÁC TIN KHÁC:']) expect(isTailCue(block(`<h3>${cue}</h3>`)), cue).toBe(true);
    expect(isTailCue(block(`<p>Các tin khác về hội nghị sẽ được đăng tải trong thời gian tới, mời bạn đọc theo dõi trên cổng thông tin của phường.</p>`))).toBe(false);
  });

  it('counter, share and print lines are cue lines; prose is not', () => {
    for (const line of ['Lượt xem: 2.102', 'Chia sẻ: Facebook Zalo', 'In bài viết', 'Trở về']) expect(isCueLine(block(`<p>${line}</p>`)), line).toBe(true);
    expect(isCueLine(block(`<p>${PARAGRAPHS[0]}</p>`))).toBe(false);
  });
});

describe('isMetaLine', () => {
  it('datelines and counter lines are meta lines', () => {
    for (const line of ['Thứ Hai, 15/11/2021 | 08:30 Lượt xem: 2.102', 'Ngày đăng: 05/08/2021', '24/01/2024 | 16:45', '16:45', 'Cập nhật lúc 08:30 ngày 12/03/2024']) {
      expect(isMetaLine(line), line).toBe(true);
    }
  });

  it('a name before the date is a signature, and prose with a date is prose', () => {
    expect(isMetaLine('Minh Trí – 19/08/2024 15:40')).toBe(false);
    expect(isMetaLine('Ngày 15/11/2021, Ủy ban nhân dân phường tổ chức hội nghị tổng kết công tác năm')).toBe(false);
  });

  it('judges the items of a line that only CSS separates, one by one', () => {
    expect(isMetaBlock(block('<div><span>Đăng lúc: 15:20 05/08/2021</span><span>Chuyên mục: Tin tức</span></div>'))).toBe(true);
    // A credit among the items: the credits stage reads the line, so it is not dropped as meta.
    expect(isMetaBlock(block('<div><span>Đăng lúc: 15:20 05/08/2021</span><span>Tác giả: Lê Minh</span></div>'))).toBe(false);
  });
});

describe('dropChrome', () => {
  function kept(html: string): string[] {
    const { blocks } = pageBlocks(html);
    const region = locateContent(blocks)!;
    const inside = insideOf(new Set(region.roots));
    return texts(dropChrome(blocks.filter((b) => inside(b.el)), region.roots));
  }
  const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

  it('drops share and tag boxes, boxes of links and repeated lines inside the region', () => {
    const html = `<body><div class="detail">${body}
      <div class="tags">Từ khóa: <a href="/t/1">nhà đại đoàn kết</a></div>
      <div class="box"><a href="/t/2">Hội nghị tổng kết công tác Mặt trận năm 2021</a> <a href="/t/3">Ra quân Tháng Thanh niên năm 2021</a></div>
      <p>${PARAGRAPHS[2]}</p></div></body>`;
    expect(kept(html)).toEqual(PARAGRAPHS);
  });

  it('keeps a chrome-named box that holds most of the prose: the name lies', () => {
    const html = `<body><div class="detail"><div class="widget">${body}</div><div class="widget share">Chia sẻ</div></div></body>`;
    expect(kept(html)).toEqual(PARAGRAPHS);
  });
});
