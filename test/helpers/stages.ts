/**
 * The front of the pipeline (parse → metadata → clean → blocks) on a snippet of HTML, so that
 * each later stage can be tested alone on the block list it really receives, and a portal
 * page in the shape the fixtures share (menu, breadcrumb, sidebar, article, share box,
 * "Các tin khác", footer with a visit counter).
 */
import { linearize, type Block } from '../../src/blocks/index.js';
import { clean } from '../../src/clean/index.js';
import { readMetadata, type PageMetadata } from '../../src/metadata/index.js';
import { parse } from '../../src/parse/index.js';

export interface PageBlocks {
  blocks: Block[];
  meta: PageMetadata;
}

/** The blocks and metadata `extract` would compute for `html`. */
export function pageBlocks(html: string): PageBlocks {
  const { document } = parse(html, { maxNodes: 1_000_000, parser: 'htmlparser2' });
  const meta = readMetadata(document);
  clean(document);
  return { blocks: linearize(document), meta };
}

/** The texts of some blocks. */
export const texts = (blocks: readonly Block[]): string[] => blocks.map((b) => b.text);

export const TITLE = 'Phường Điện Ngọc dành hai tỷ đồng hỗ trợ xây dựng nhà Đại đoàn kết';
export const PARAGRAPHS = [
  'Thực hiện Kế hoạch số 87/KH-UBND của Ủy ban nhân dân thị xã Điện Bàn, phường Điện Ngọc đã dành hơn hai tỷ đồng, huy động từ các nhà hảo tâm, để hỗ trợ xây dựng nhà Đại đoàn kết cho các hộ khó khăn về nhà ở.',
  'Theo Ủy ban Mặt trận Tổ quốc Việt Nam phường, năm nay có 25 hộ được hỗ trợ, mỗi hộ 80 triệu đồng; các đoàn thể, khối phố và bà con lối xóm góp thêm ngày công, vật liệu, để các gia đình sớm có nơi ở an toàn trước mùa mưa bão.',
  'Đến nay, 18 căn nhà đã hoàn thành và bàn giao, các căn còn lại đang được khẩn trương thi công, phấn đấu hoàn thành trong tháng 9, đúng như kế hoạch mà thị xã đã đề ra từ đầu năm.',
];

/** Options of {@link portalPage}: the lines around the article that vary between portals. */
export interface PortalPageParts {
  /** Lines between the headline and the body (a dateline by default). */
  header?: string;
  /** The closing line of the article (a signature by default). */
  signature?: string;
  /** Extra `<head>` markup. */
  head?: string;
}

/** A portal news page: the chrome every fixture portal has, around one article. */
export function portalPage(parts: PortalPageParts = {}): string {
  const { header = '<div class="date">Thứ Năm, 05/08/2021 16:20 | Lượt xem: 1.024</div>', signature = '<p style="text-align:right"><strong>Minh Trí</strong></p>', head = '' } = parts;
  const teaser = (i: number) => `<li><a href="/tin-tuc/tin-${i}">Ủy ban nhân dân phường tổ chức hội nghị triển khai nhiệm vụ số ${i} năm 2021</a> (0${i}/08/2021)</li>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${TITLE} - Cổng thông tin điện tử phường Điện Ngọc</title>
<meta property="og:title" content="${TITLE}">${head}</head>
<body>
<div id="header"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li></ul>
<form class="search"><input name="q" placeholder="Tìm kiếm"><button>Tìm kiếm</button></form></div>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức - Sự kiện</a></div>
<div class="container">
 <div class="col-left sidebar"><h3>Liên kết website</h3><ul><li><a href="https://dichvucong.gov.vn/">Cổng dịch vụ công quốc gia</a></li><li><a href="https://quangnam.gov.vn/">Cổng thông tin điện tử tỉnh Quảng Nam</a></li></ul></div>
 <div class="col-main news-detail">
  <h1 class="title">${TITLE}</h1>
  ${header}
  ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n  ')}
  ${signature}
  <div class="share">Chia sẻ: <a href="#fb">Facebook</a> <a href="#zalo">Zalo</a> <a href="#print">In bài viết</a></div>
  <div class="tinkhac"><h3>Các tin khác</h3><ul>${[1, 2, 3, 4].map(teaser).join('')}</ul></div>
 </div>
</div>
<div id="footer"><p>Bản quyền thuộc Ủy ban nhân dân phường Điện Ngọc, thị xã Điện Bàn, tỉnh Quảng Nam.</p><p>Lượt truy cập: 123.456</p></div>
</body></html>`;
}
