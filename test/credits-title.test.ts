/**
 * Issue 14: CMS account lines (`postedBy`), attachment links kept in the body, the declared
 * title as evidence (kicker + headline), and authors from machine-readable metadata —
 * on small pages that reproduce each pattern, on fixtures/ward-families, and on real pages
 * from ../shared (skipped with a message when it is absent).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READABILITY_PAGES, corpusMissing, readabilityPage } from './helpers/corpora.js';
import { extract } from '../src/index.js';
import { bodyScore } from '../scripts/body-score.js';
import { sotttArticles, sotttRoot, SOTTTT_MISSING } from '../scripts/lib/sotttt.js';

const page = (head: string, body: string): string =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${head}</head><body>`
  + `<div id="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></div>${body}`
  + `<div class="footer">Cổng thông tin điện tử phường Mẫu</div></body></html>`;
const PROSE = '<p>Sáng ngày 12/3/2024, Ủy ban nhân dân phường tổ chức hội nghị triển khai kế hoạch chỉnh trang đô thị, với sự tham gia của đại diện các tổ dân phố, các ban ngành và đoàn thể trên địa bàn phường.</p>'
  + '<p>Theo kế hoạch, phường sẽ vận động các hộ dân tháo dỡ mái che, biển quảng cáo lấn chiếm vỉa hè, đồng thời trồng thêm cây xanh dọc các tuyến phố chính trong năm 2024.</p>';
const article = (title: string, inner: string, head = ''): string =>
  page(`<title>${title} - Cổng TTĐT phường Mẫu</title>${head}`, `<div class="journal-content-article"><h1>${title}</h1>${PROSE}${inner}</div>`);
const TITLE = 'Phường Mẫu ra quân chỉnh trang đô thị năm 2024';

describe('CMS account lines', () => {
  it('a generic account line under a byline: the byline is the author, the account is postedBy, neither is text', () => {
    const a = extract(article(TITLE, '<p style="text-align:right"><strong>Đặng Hồng Vân</strong></p><p align="right"><strong><em>admin admin</em></strong></p>'));
    expect(a.author).toBe('Đặng Hồng Vân');
    expect(a.authors).toEqual(['Đặng Hồng Vân']);
    expect(a.postedBy).toBe('admin admin');
    expect(a.text).not.toContain('admin admin');
    expect(a.text).not.toContain('Đặng Hồng Vân');
  });

  it('an account typed without diacritics ("Pho Ban bien tap", "Ad Min") is an account, never the author', () => {
    for (const account of ['Pho Ban bien tap', 'Ad Min']) {
      const a = extract(article(TITLE, `<p align="right"><strong><em>${account}</em></strong></p>`));
      expect(a.author).toBeNull();
      expect(a.postedBy).toBe(account);
      expect(a.text).not.toContain(account);
    }
  });

  it('a person\'s name in the element a CMS prints the account in is postedBy, not author', () => {
    const a = extract(article(TITLE, '<p align="right" class="view-content-author"><strong><em>Bùi Thị Quỳnh</em></strong></p>'));
    expect(a.author).toBeNull();
    expect(a.postedBy).toBe('Bùi Thị Quỳnh');
    expect(a.text).not.toContain('Bùi Thị Quỳnh');
  });

  it('an author label in such an element is still a byline (Joomla "createdby": "Viết bởi …")', () => {
    const a = extract(page(`<title>${TITLE}</title>`, `<div class="item-page"><h2>${TITLE}</h2><dl><dd class="createdby">Viết bởi Lê Thị Thu Hà</dd></dl>${PROSE}</div>`));
    expect(a.author).toBe('Lê Thị Thu Hà');
    expect(a.postedBy).toBeNull();
  });

  it('a bracketed qualifier keeps a closing byline before the account line', () => {
    const a = extract(article(TITLE, '<p style="text-align:right"><strong>Phạm Linh (tổng hợp)</strong></p><p class="view-content-author"><em>Pho Ban bien tap</em></p>'));
    expect(a.author).toBe('Phạm Linh (tổng hợp)');
    expect(a.authors).toEqual(['Phạm Linh']);
  });
});

describe('attachment links inside the body', () => {
  it('a paragraph that is mostly links to attached documents stays in text; a link list does not', () => {
    const attachments = '<p><em>(<a href="/documents/1/phieu-dang-ky.docx">Phiếu đăng ký tham gia Tổ bảo vệ an ninh</a>, <a href="/documents/1/qd-1156.pdf">Quyết định số 1156/QĐ-UBND ngày 20/5/2024</a> kèm theo)</em></p>';
    const links = '<p><a href="/tin/1">Phường tổ chức hội nghị</a> <a href="/tin/2">Khai mạc giải bóng đá</a> <a href="/tin/3">Tập huấn phòng cháy</a></p>';
    const a = extract(article(TITLE, attachments + links));
    expect(a.text).toContain('Quyết định số 1156/QĐ-UBND ngày 20/5/2024');
    expect(a.text).not.toContain('Khai mạc giải bóng đá');
    expect(a.documentRefs).toContain('1156/QĐ-UBND');
  });
});

describe('a one-line article past which the locator picks the footer', () => {
  // Liferay prints the headline and date in the asset box, the body in its own field, then the
  // account line and "Các tin khác"; a body too short to vote leaves the footer as the region.
  const TITLE2 = 'Ngày Nhà giáo Việt Nam';
  const liferay = (body: string): string => page(`<title>${TITLE2} - Tin tức sự kiện - Sở Mẫu</title>`,
    `<div class="portlet-body"><div class="asset-full-content-title">${TITLE2}</div>`
    + '<div class="assetPublishDate">Ngày đăng 14/07/2015 | 12:00 AM | View count: 632</div>'
    + `<div class="asset-content"><div class="journal-content-article">${body}<p align="right" class="view-content-author"><strong><em>admin admin</em></strong></p></div></div>`
    + '<div class="related_asset"><div class="related_asset_title">Các tin khác</div><ul>'
    + '<li><a href="/tin/1">Thông báo danh sách đủ và không đủ tiêu chuẩn, điều kiện dự kỳ thi tuyển công chức năm 2022</a></li>'
    + '<li><a href="/tin/2">Thông báo lịch tổ chức thi tuyển công chức năm 2022</a></li></ul></div></div>'
    + '<div class="footer-wrapper"><div id="footer"><div class="footleft"><h3>CỔNG THÔNG TIN ĐIỆN TỬ SỞ MẪU THÀNH PHỐ HÀ NỘI</h3><p>Địa chỉ: Số 18 Phố Mẫu, Quận Mẫu, Thành phố Hà Nội - Điện thoại: (024) 35123536; Fax: (024) 37366617;</p>'
    + '<p>Bộ phận tiếp nhận hồ sơ giải quyết TTHC (Một cửa): (024) 37367115; Email: tiepnhan@mau.gov.vn</p></div></div></div>');

  it('a short line of its own is the body: headline, date and account kept, the footer dropped', () => {
    const a = extract(liferay('<img src="/anh/chuc-mung.jpg" alt=""> Chúc mừng ngày Nhà giáo Việt Nam 20/11'));
    expect([a.title, a.publishedAt, a.postedBy]).toEqual([TITLE2, '2015-07-14T00:00:00+07:00', 'admin admin']);
    expect(a.text).toBe('Chúc mừng ngày Nhà giáo Việt Nam 20/11');
  });

  it('with only the account line there is no body of the article to find, but the footer is never it', () => {
    const a = extract(liferay(''));
    expect(a.text).not.toContain('Địa chỉ');
  });
});

describe('declared title', () => {
  it('a kicker run into the headline is cut off when the rest is the declared title', () => {
    const html = page(`<title>${TITLE} - Cổng TTĐT</title><meta property="og:title" content="${TITLE}">`,
      `<div class="detail"><h1 class="detail-title"><span class="kicker">Chuyển đổi số</span> ${TITLE}</h1>${PROSE}</div>`);
    expect(extract(html).title).toBe(TITLE);
  });

  it('a share widget label before the headline goes too; a heading with no kicker run is kept whole', () => {
    const share = page(`<meta property="og:title" content="${TITLE}">`, `<div class="detail"><h1><span>Share this Story :</span> ${TITLE}</h1>${PROSE}</div>`);
    expect(extract(share).title).toBe(TITLE);
    const longer = `${TITLE} - kỳ 2`;
    const whole = page(`<meta property="og:title" content="${TITLE}">`, `<div class="detail"><h1>${longer}</h1>${PROSE}</div>`);
    expect(extract(whole).title).toBe(longer);
  });

  it('a module heading that matches nothing declared loses to a line printed as the declared title', () => {
    const html = page(`<title>${TITLE}</title><meta name="description" content="${TITLE}">`,
      `<div class="DnnModule"><h2 class="c_title">Tin phường, xã</h2><div class="Normal"><span class="tieude_tin">${TITLE}</span>${PROSE}</div></div>`);
    expect(extract(html).title).toBe(TITLE);
  });
});

describe('authors from metadata', () => {
  const ld = (json: unknown): string => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
  const withHead = (head: string) => extract(article(TITLE, '', head));

  it('JSON-LD author as a string, an object, an array, and an @id into @graph', () => {
    expect(withHead(ld({ '@type': 'NewsArticle', author: 'Nguyễn Văn An' })).authors).toEqual(['Nguyễn Văn An']);
    expect(withHead(ld({ '@type': 'Article', author: { '@type': 'Person', name: 'Trần Thị Bình' } })).author).toBe('Trần Thị Bình');
    const many = withHead(ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Lê Minh' }, { '@type': 'Person', name: 'Hoàng Lan' }] }));
    expect(many.authors).toEqual(['Lê Minh', 'Hoàng Lan']);
    expect(many.author).toBe('Lê Minh, Hoàng Lan');
    const graph = withHead(ld({ '@graph': [{ '@type': 'Person', '@id': '#p1', name: 'Phạm Quốc Việt' }, { '@type': 'NewsArticle', author: { '@id': '#p1' } }] }));
    expect(graph.authors).toEqual(['Phạm Quốc Việt']);
  });

  it('meta author and article:author, but not a URL, the site\'s own name or widget text', () => {
    expect(withHead('<meta name="author" content="Nguyễn Thị Lan">').authors).toEqual(['Nguyễn Thị Lan']);
    expect(withHead('<meta property="article:author" content="https://facebook.com/phuongmau">').authors).toEqual([]);
    const site = withHead(`<meta property="og:site_name" content="Báo Phường Mẫu">${ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Báo Phường Mẫu' } })}`);
    expect(site.authors).toEqual([]);
    expect(site.author).toBeNull();
    expect(withHead('<meta name="author" content="Ủy ban nhân dân phường Mẫu">').author).toBeNull();
    const widget = extract(article(TITLE, '<div class="bio"><a rel="author" href="/a">ABOUT THE AUTHOR</a></div>'));
    expect(widget.authors).toEqual([]);
  });

  it('a printed byline outranks the metadata', () => {
    const a = extract(article(TITLE, '<p style="text-align:right"><strong>Minh Phương</strong></p>', '<meta name="author" content="Quản Trị Viên">'));
    expect(a.author).toBe('Minh Phương');
  });
});

describe('fixtures/ward-families (layout families annotated blind)', () => {
  const dir = 'fixtures/ward-families';
  const ids = readdirSync(dir).filter((id) => existsSync(join(dir, id, 'expected.json'))).sort();
  it.each(ids)('%s: title, date, author, authors, postedBy exact; body F1 >= 0.95; no leaks', (id) => {
    const exp = JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8'));
    const a = extract(readFileSync(join(dir, id, 'page.html')), { url: exp.url });
    expect([a.title, a.publishedAt, a.author, a.authors, a.postedBy]).toEqual([exp.title, exp.publishedAt, exp.author, exp.authors, exp.postedBy]);
    expect(bodyScore(exp.text, a.text).f1).toBeGreaterThanOrEqual(0.95);
    for (const s of exp.mustNotContain as string[]) expect(a.text).not.toContain(s);
  });
});

const root = sotttRoot();
describe.skipIf(!root)('real portal pages (../shared/corpora/sotttt-hanoi)', () => {
  if (!root) console.warn(SOTTTT_MISSING);
  const dir = 'fixtures/sotttt-hanoi';
  const annotated = readdirSync(dir).filter((id) => existsSync(join(dir, id, 'expected.json'))).sort()
    .map((id) => ({ id, exp: JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8')) }));
  it.each(annotated)('$id: title, date, author, postedBy exact, body F1 >= 0.97, no leaks', ({ exp }) => {
    const a = extract(readFileSync(join(root!, exp.path)), { url: exp.url });
    expect([a.title, a.publishedAt, a.author, a.postedBy]).toEqual([exp.title, exp.publishedAt, exp.author, exp.postedBy]);
    expect(bodyScore(exp.text, a.text).f1).toBeGreaterThanOrEqual(0.97);
    for (const s of exp.mustNotContain as string[]) expect(a.text).not.toContain(s);
  });

  it('on a sample of the 2,901 unannotated pages the account line is postedBy and never text', () => {
    const sample = sotttArticles().filter((_, i) => i % 29 === 0);
    let posted = 0;
    for (const path of sample) {
      const a = extract(readFileSync(join(root!, path)));
      if (a.postedBy) posted++;
      for (const p of a.text.split('\n\n')) expect(['admin admin', 'Pho Ban bien tap', 'Ad Min']).not.toContain(p);
      if (a.postedBy) expect(a.text.split('\n\n')).not.toContain(a.postedBy);
    }
    expect(posted / sample.length).toBeGreaterThanOrEqual(0.95);
  });

  it('no page of the 2,901 with an article of its own takes the portal footer for its text', () => {
    // The footer's contact line, as the portal prints it under every page (notices may give the address in their own words).
    const footer = 'Địa chỉ: Số 185 Giảng Võ, Quận Đống Đa, Thành phố Hà Nội - Điện thoại: (024) 35123536';
    const leaks = sotttArticles().filter((path) => extract(readFileSync(join(root!, path))).text.includes(footer));
    // Known and open: this page prints its headline only in <title> and no body line at all, so the
    // footer is all the page has (issue 14's note); any other page here is a regression.
    expect(leaks).toEqual(['source/vi/tin-tuc-su-kien/-/view_content/692841-quan-ly-cac-tram-bts-tren-dia-ban-thanh-pho-ha-noi.html']);
  });
});

describe.skipIf(!!corpusMissing(READABILITY_PAGES, "the publishers' pages checks"))('publishers\' pages (../shared/corpora/readability-test-pages)', () => {
  const read = (name: string) => extract(readabilityPage(name));
  it('reads JSON-LD wrapped in CDATA, parsely-author and <meta name="byl">', () => {
    expect(read('aclu').authors).toEqual(['Daniel Kahn Gillmor']);
    expect(read('parsely-metadata').authors).toEqual(['Jane Doe']);
    expect(read('nytimes-3').authors).toEqual(['Corey Kilgannon']);
  });
  it('a section label printed as a byline yields to the declared person', () => {
    expect(read('cnet').authors).toEqual(['Steven Musil']);
  });
});
