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

  it('takes a labelled date that closes the breadcrumb line above the headline, not an unlabelled one', () => {
    const page = (stamp: string) => `<body><table><tr><td class="duongdan"><a href="/">Trang chủ</a> &gt;&gt; <a href="/tin">Tin hoạt động</a> &gt;&gt; <span>${stamp}</span></td></tr>
      <tr><td><h2>${TITLE}</h2>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</td></tr></table></body>`;
    expect(texts(frameOf(page('Cập nhật: 08:15 - 12/05/2023'))!.above)).toEqual(['Trang chủ >> Tin hoạt động >> Cập nhật: 08:15 - 12/05/2023']);
    // Today's date printed at the end of the breadcrumb bar is not the article's.
    expect(frameOf(page('Thứ Hai, 20/11/2023'))!.above).toEqual([]);
  });

  it('keeps a dateline printed above the headline apart, and the breadcrumb out', () => {
    const html = `<body><div class="detail"><div class="bc"><a href="/">Trang chủ</a> › <a href="/tin">Tin tức</a></div>
      <div class="date-header">Thứ Sáu, 12/04/2024</div><h2>${TITLE}</h2>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body>`;
    const f = frameOf(html)!;
    expect(f.title.title).toBe(TITLE);
    expect(texts(f.above)).toEqual(['Thứ Sáu, 12/04/2024']);
    expect(texts(f.body)).toEqual(PARAGRAPHS);
  });

  it('a body that is only its attached document is framed under the headline, not in the footer the locator picked', () => {
    const doc = '* Kế hoạch số 45/KH-UBND về cải cách hành chính năm 2024';
    const footer = ['Cơ quan chủ quản: Ủy ban nhân dân phường Điện Ngọc, thị xã Điện Bàn, tỉnh Quảng Nam; chịu trách nhiệm: Chủ tịch UBND phường.',
      'Địa chỉ: khối phố Ngọc Vinh, phường Điện Ngọc, thị xã Điện Bàn - Điện thoại: (0235) 3843 118; Email: dienngoc@quangnam.gov.vn'];
    const html = `<head><title>${TITLE} - Cổng thông tin điện tử phường Điện Ngọc</title></head><body>
      <div class="view"><div class="heading">${TITLE}</div><div class="when">Ngày đăng 05/01/2024 | 08:00</div>
      <div class="fulltext"><a href="/files/kh-45.pdf"><strong>${doc}</strong></a><p class="poster">admin admin</p></div>
      <div class="tools"><a href="javascript:print()">In bài viết</a></div>
      <div class="others"><div>Các tin khác</div><ul><li><a href="/a">Hội nghị tổng kết công tác dân vận năm 2023</a></li></ul></div></div>
      <div id="bottom">${footer.map((p) => `<p>${p}</p>`).join('')}</div></body>`;
    const f = frameOf(html)!;
    expect(f.title.title).toBe(TITLE);
    expect(texts(f.header)).toEqual(['Ngày đăng 05/01/2024 | 08:00']);
    expect(texts(f.body)).toEqual([doc, 'admin admin']);
  });

  it('keeps the located body when a related box stands between the headline and the body in the same container', () => {
    const sapo = 'Ủy ban nhân dân phường triển khai kế hoạch hỗ trợ các hộ khó khăn về nhà ở trong năm nay, với nhiều nguồn lực.';
    const html = `<head><title>${TITLE}</title></head><body><div class="detail"><h1>${TITLE}</h1>
      <p>${sapo}</p>
      <div class="related"><div>Tin liên quan</div><ul><li><a href="/a">Hội nghị tổng kết công tác dân vận năm 2023</a></li></ul></div>
      <div class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div></body>`;
    expect(texts(frameOf(html)!.body)).toEqual([sapo, ...PARAGRAPHS]);
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
