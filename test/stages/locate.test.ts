// Stage `locate`: Block[] → the article region (docs/architecture.md, "How content is located").
import { describe, expect, it } from 'vitest';
import { locateContent } from '../../src/locate/index.js';
import { insideOf } from '../../src/parse/dom.js';
import { PARAGRAPHS, pageBlocks, portalPage, texts } from '../helpers/stages.js';

/** The texts of the blocks inside the located region. */
function regionTexts(html: string): string[] | null {
  const { blocks } = pageBlocks(html);
  const region = locateContent(blocks);
  if (!region) return null;
  const inside = insideOf(new Set(region.roots));
  return texts(blocks.filter((b) => inside(b.el)));
}

describe('locateContent', () => {
  it('picks the article container of a portal page: every paragraph in, menu, sidebar and footer out', () => {
    const { blocks } = pageBlocks(portalPage());
    const region = locateContent(blocks)!;
    expect(region.roots.map((e) => e.attribs.class)).toEqual(['col-main news-detail']);
    const got = regionTexts(portalPage())!;
    for (const p of PARAGRAPHS) expect(got).toContain(p);
    for (const chrome of ['Trang chủ', 'Cổng dịch vụ công quốc gia', 'Lượt truy cập: 123.456']) expect(got).not.toContain(chrome);
  });

  it('widens a rich-text field to its wrapper and joins a sapo kept in a sibling box', () => {
    const sapo = 'Sáng ngày 12/3, Ủy ban nhân dân xã Hòa Tiến tổ chức lễ ra quân Tháng Thanh niên năm 2024, với sự tham gia của hơn 200 đoàn viên.';
    const html = `<body><div class="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></div>
      <div class="wrap"><div class="sapo">${sapo}</div>
      <div class="body"><div><div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div></div></div>
      <div class="footer">Bản quyền thuộc Ủy ban nhân dân xã Hòa Tiến</div></body>`;
    const got = regionTexts(html)!;
    expect(got).toEqual([sapo, ...PARAGRAPHS]);
  });

  it('keeps a lead and a caption that stand one and two levels above the body field, and the account line after it', () => {
    const lead = 'Sáng 12/4, Ủy ban nhân dân xã An Bình tổ chức lễ ra quân tổng vệ sinh môi trường năm 2024.';
    const caption = 'Lãnh đạo xã cùng đoàn viên thu gom rác thải tại ấp 2';
    const html = `<body><ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul>
      <div class="view"><div class="heading">Xã An Bình ra quân</div><div class="when">Ngày đăng 12/04/2024 | 10:15</div>
      <div class="box"><div class="lead-wrap"><p class="lead">${lead}</p></div>
      <div class="fulltext"><p class="caption"><img src="/1.jpg"><em>${caption}</em></p>
      <div class="body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div><p class="poster">admin</p></div></div>
      <div class="others"><div>Các tin khác</div><ul><li><a href="/a">Hội nghị tổng kết công tác dân vận năm 2023</a></li><li><a href="/b">Kế hoạch tổ chức lễ hội trái cây năm 2024</a></li></ul></div></div>
      <div id="bottom"><p>Cơ quan chủ quản: Ủy ban nhân dân xã An Bình, huyện Phú Giáo, tỉnh Bình Dương.</p></div></body>`;
    expect(regionTexts(html)).toEqual([lead, '', caption, ...PARAGRAPHS, 'admin']); // '': the photo
  });

  it('does not climb over a dated header line or into a table row of layout columns', () => {
    const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const dated = `<body><div class="node"><div class="submitted">Gửi bởi bientap vào 09/03/2023 - 15:42</div><div class="content">${body}</div></div></body>`;
    expect(regionTexts(dated)).toEqual(PARAGRAPHS);
    const table = `<body><table><tr><td>Xã Tân Phước tập trung khống chế dịch bệnh</td><td class="detail">${body}</td></tr></table></body>`;
    expect(regionTexts(table)).toEqual(PARAGRAPHS);
  });

  it('a chrome-named wrapper around the whole page does not hide the article (the second pass)', () => {
    const html = `<body><div id="sidebar-wrapper"><div class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>
      <ul class="links"><li><a href="/a">Giới thiệu chung</a></li><li><a href="/b">Cơ cấu tổ chức</a></li></ul></div></body>`;
    expect(regionTexts(html)).toEqual(PARAGRAPHS);
  });

  it('prefers the prose over a longer list of links', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/tin/${i}">Hội nghị tổng kết công tác năm, triển khai nhiệm vụ trọng tâm số ${i}</a></li>`).join('');
    const html = `<body><div class="list"><ul>${links}</ul></div><div class="detail">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body>`;
    expect(regionTexts(html)).toEqual(PARAGRAPHS);
  });

  it('finds no region on a page with no prose', () => {
    expect(locateContent(pageBlocks('<body><ul><li><a href="/a">Trang chủ</a></li><li><a href="/b">Giới thiệu</a></li></ul></body>').blocks)).toBeNull();
    expect(locateContent([])).toBeNull();
  });
});
