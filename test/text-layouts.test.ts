/**
 * Text renderings of layouts the first text reader got wrong (issue 16): one test per pattern,
 * on a small text written as lynx or a browser's `innerText` prints such a page, then on the
 * fixture pages that show it, rendered here by lynx and headless Chromium (skipped when absent).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { bodyScore } from '../scripts/body-score.js';
import { closeRenderers, rendererMissing, type Renderer } from '../scripts/lib/render.js';
import { extractRendered } from './helpers/renderings.js';

const MENU = ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Văn bản', 'Liên hệ'];
const P1 = 'Sáng ngày 12/6/2023, UBND xã Hòa Phong tổ chức hội nghị tổng kết công tác xây dựng nông thôn mới với sự tham dự của 120 đại biểu các thôn.';
const P2 = 'Theo báo cáo, toàn xã đã huy động hơn 38 tỷ đồng để làm mới 12,5 km đường giao thông nông thôn, trong đó nhân dân đóng góp 4,2 tỷ đồng.';
const P3 = 'Hội nghị thống nhất mục tiêu đến năm 2025 xã đạt chuẩn nông thôn mới nâng cao, tỷ lệ hộ nghèo giảm còn dưới 1,5%.';
const text = (...lines: string[]): string => lines.join('\n\n');

describe('where the article ends', () => {
  it('at the links to the neighbouring articles ("Bài trước: …"), after tag chips in lower case', () => {
    const a = extract(text(...MENU, 'Xã Mỹ Hạnh Nam đạt 17/19 tiêu chí xã nông thôn mới nâng cao', 'Được đăng: 14 Tháng 6 2022', P1, P2,
      'Ngọc Hân', 'nông thôn mới', 'OCOP', 'Bài trước: Ra mắt Tổ hợp tác rau an toàn ấp Mới 2 Trước Bài tiếp: Giao ban công tác quân sự địa phương năm 2022'));
    expect(a.author).toBe('Ngọc Hân');
    expect(a.text).not.toContain('Bài trước');
    expect(a.text).not.toContain('OCOP');
  });

  it('at a pager printed without arrows ("Trước" / "Tiếp"), so the byline above it closes the body', () => {
    for (const pager of [['Trước', 'Tiếp'], ['Trước Tiếp']]) {
      const a = extract([...MENU, 'Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023', '13/06/2023', P1, P2, 'Văn An', ...pager, 'Tin liên quan', 'Xã Hòa Phong ra quân làm thủy lợi nội đồng'].join('\n'));
      expect(a.author).toBe('Văn An');
      expect(a.text).toBe([P1, P2].join('\n\n'));
    }
  });

  it('at "Các tin cùng chuyên mục", so the source line above the share and rating bars is read', () => {
    const a = extract(text(...MENU, 'Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023', '13/06/2023', P1, P2, 'Nguồn: Trung tâm Văn hóa - Thông tin và Thể thao huyện Hòa Vang',
      'Chia sẻ bài viết: Facebook Twitter In bài viết', 'Đánh giá bài viết: ★★★★★ (0 lượt đánh giá)', 'Các tin cùng chuyên mục',
      'Xã Hòa Phong ra mắt Câu lạc bộ Dân số và phát triển26/12/2022 Xã Hòa Phong tiêm vắc xin sởi - rubella cho 1.200 trẻ23/12/2022', 'Lịch tiếp công dân'));
    expect(a.source).toBe('Trung tâm Văn hóa - Thông tin và Thể thao huyện Hòa Vang');
    expect(a.text).toBe([P1, P2].join('\n\n'));
  });

  it('at the comments under the article ("(0) Bình luận", "Không có nhận xét nào:")', () => {
    for (const cue of ['(0) Bình luận', 'Không có nhận xét nào:']) {
      const a = extract([...MENU, 'Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023', '13/06/2023', P1, P2, 'Văn An', cue, 'Đăng nhận xét'].join('\n'));
      expect(a.author).toBe('Văn An');
      expect(a.text).not.toContain('nhận xét');
    }
  });

  it('at the page\'s contact block (the name in capitals, "Địa chỉ:", "Điện thoại:") when no cue came before', () => {
    const a = extract([...MENU, 'Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023', '13/06/2023', P1, P2, 'Văn An', 'ỦY BAN NHÂN DÂN XÃ HÒA PHONG',
      'Địa chỉ: Thôn 1, xã Hòa Phong, huyện Hòa Vang, thành phố Đà Nẵng', 'Điện thoại: 0236.3846.123 - Email: hoaphong@danang.gov.vn'].join('\n'));
    expect(a.author).toBe('Văn An');
    expect(a.text).not.toContain('Địa chỉ');
    expect(a.text).not.toContain('ỦY BAN');
  });

  it('at a platform footer, and a labelled "Xem thêm:" link is chrome', () => {
    const a = extract(text(...MENU, 'Xã Ea Tiêu ra quân hỗ trợ người dân kích hoạt định danh điện tử', 'Ngày 12 tháng 5 năm 2023', P1, P2,
      'H\'Linh - Văn phòng UBND xã', 'Xem thêm: Lịch tiếp công dân của Chủ tịch UBND xã', 'Google SitesReport abusePage detailsPage updated'));
    expect(a.author).toBe('H\'Linh - Văn phòng UBND xã');
    expect(a.text).not.toContain('Xem thêm');
    expect(a.text).not.toContain('Google Sites');
  });
});

describe('closing credits above the chrome after the body', () => {
  it('a byline printed after the share bar is the article\'s, and the share bar is not', () => {
    const a = extract([...MENU, 'Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023', 'Ngày đăng: 13/06/2023', P1, P2,
      'Chia sẻ:', 'Facebook', 'Zalo', 'Nguyễn Văn An', 'Các tin khác', 'Xã Hòa Phong ra quân làm thủy lợi nội đồng'].join('\n'));
    expect(a.author).toBe('Nguyễn Văn An');
    expect(a.text).not.toContain('Nguyễn Văn An');
    expect(a.text).not.toContain('Zalo');
  });

  it('a labelled dateline after the body gives the date when none stands under the headline', () => {
    const a = extract([...MENU, 'Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023', P1, P2, 'Ngày đăng: 13/06/2023', 'Các tin khác', 'Tin A'].join('\n'));
    expect(a.publishedAt).toBe('2023-06-13');
    expect(a.text).not.toContain('Ngày đăng');
  });

  it('a source above a pager ("< Trước", "Tiếp >") is read and taken out', () => {
    const a = extract(text(...MENU, 'Thị trấn Phong Điền ra quân vệ sinh môi trường, phòng chống sốt xuất huyết', 'Thứ năm, 08 Tháng 9 2022 09:05', P1, P2,
      '(Nguồn: Báo Thừa Thiên Huế)', '< Trước', 'Tiếp >', 'Các tin khác', 'Ra quân dọn dẹp kênh mương thôn 3'));
    expect(a.source).toBe('Báo Thừa Thiên Huế');
    expect(a.text).not.toContain('Nguồn');
    expect(a.text).not.toContain('Trước');
  });

  it('a source above the article\'s address and the copyright of a print page', () => {
    const a = extract(text('In trang này | Đóng cửa sổ', 'Phường Điện An bàn giao mặt bằng dự án Khu dân cư phía Nam chợ Điện An', 'Thứ Hai, ngày 15 tháng 8 năm 2022', P1, P2,
      'Nguồn: Cổng thông tin điện tử thị xã Điện Bàn', 'Địa chỉ bài viết: https://dienban.quangnam.gov.vn/phuong-dien-an/tin-tuc/chi-tiet.aspx?id=6104',
      'Bản quyền thuộc UBND thị xã Điện Bàn. Ghi rõ nguồn “Cổng thông tin điện tử thị xã Điện Bàn” khi phát hành lại thông tin từ website này.'));
    expect(a.source).toBe('Cổng thông tin điện tử thị xã Điện Bàn');
    expect(a.text).not.toContain('Địa chỉ bài viết');
    expect(a.text).not.toContain('Bản quyền');
  });
});

describe('the headline', () => {
  it('may carry its date in brackets on its own line', () => {
    const a = extract(text('ỦY BAN NHÂN DÂN HUYỆN CAI LẬY', ...MENU, 'Trang chủ >> Tin tức - Sự kiện', 'Mỹ Phước Tây thu hoạch lúa Hè Thu đạt năng suất cao [05/10/2009]', P1, P2));
    expect(a.title).toBe('Mỹ Phước Tây thu hoạch lúa Hè Thu đạt năng suất cao');
    expect(a.publishedAt).toBe('2009-10-05');
    expect(a.text).not.toContain('[05/10/2009]');
  });

  it('is the line with its dateline under it, not the first subheading of the body', () => {
    const a = extract(text(...MENU, 'Trang chủ » Tin tức', 'Phường Hòa Cường Bắc tổ chức Ngày hội phụ nữ khởi nghiệp',
      '08/03/2023 · 4 phút đọc · Ban biên tập', 'Ngày hội phụ nữ khởi nghiệp', P1, P2));
    expect(a.title).toBe('Phường Hòa Cường Bắc tổ chức Ngày hội phụ nữ khởi nghiệp');
    expect(a.publishedAt).toBe('2023-03-08');
    expect(a.author).toBe('Ban biên tập');
  });

  it('is found above a table that innerText prints one cell a line, between the lead and the rest', () => {
    const cells = ['Chỉ tiêu', 'Dự toán năm 2023', 'Thực hiện đến 30/9', 'Tỷ lệ', 'Tổng thu ngân sách', '38,5 tỷ đồng', '29,7 tỷ đồng', '77,1%', 'Phí, lệ phí', '850 triệu đồng', '712 triệu đồng', '83,8%'];
    const a = extract([...MENU, 'Phường Hưng Dũng tăng cường các giải pháp thu ngân sách những tháng cuối năm 2023', 'Thứ tư, 04/10/2023 - 16:20 In bài viết',
      P1, 'Theo báo cáo của UBND phường, tổng thu ngân sách nhà nước trên địa bàn đạt 29,7 tỷ đồng. Kết quả một số chỉ tiêu như sau:',
      ...cells, 'Nhiều giải pháp chống thất thu', P2, P3, 'Bích Ngọc'].join('\n'));
    expect(a.title).toBe('Phường Hưng Dũng tăng cường các giải pháp thu ngân sách những tháng cuối năm 2023');
    expect(a.publishedAt).toBe('2023-10-04T16:20:00+07:00');
    // The cells that "như sau:" introduces and the subheading under them are the article's.
    expect(a.text).toContain('Nhiều giải pháp chống thất thu');
    expect(a.text).toContain('77,1%');
  });

  it('loses a visit counter\'s number that a layout table printed on its line, under the counter\'s label', () => {
    // lynx spaces the number from the headline, innerText puts a tab between the table's cells.
    for (const gap of [' ', '\t']) {
      const a = extract(text(...MENU, 'Số lượt truy cập', `0012345${gap}Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023`, 'Ngày đăng: 13/06/2023', P1, P2));
      expect(a.title).toBe('Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023');
      expect(a.text).not.toContain('0012345');
    }
  });

  it('loses the icon links a CMS prints after it ("In E-mail")', () => {
    const a = extract(text(...MENU, 'Xã Hòa Phong tổng kết Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2010 - 2020 In E-mail', 'Viết bởi Ban biên tập', 'Thứ hai, 15 Tháng 6 2020 08:30', P1, P2));
    expect(a.title).toBe('Xã Hòa Phong tổng kết Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2010 - 2020');
  });

  it('is read from a label and its value side by side ("Tiêu đề:<tab>…", innerText of a details table)', () => {
    const a = extract([...MENU, 'Tiêu đề:\tXã Quảng Phú tổng kết công tác phòng chống thiên tai năm 2022', 'Ngày đăng:\t12-05-2023', 'Người viết:\tLê Văn Thành', 'Lượt xem: 356', P1, P2].join('\n'));
    expect(a.title).toBe('Xã Quảng Phú tổng kết công tác phòng chống thiên tai năm 2022');
    expect(a.publishedAt).toBe('2023-05-12');
    expect(a.author).toBe('Lê Văn Thành');
  });

  it('of a notice without prose is the line with its dateline under it, and the one line under them is the body', () => {
    const a = extract(text(...MENU, 'Kế hoạch cải cách hành chính xã An Bình năm 2024', 'Ngày đăng 05/01/2024 | 08:00', 'Kế hoạch số 45/KH-UBND về cải cách hành chính xã An Bình năm 2024',
      'In bài viết Gửi email', 'Các tin khác', 'Xã An Bình ra quân Tháng Thanh niên năm 2024',
      'Cơ quan chủ quản: Ủy ban nhân dân xã An Bình, huyện Phú Giáo, tỉnh Bình Dương; Chịu trách nhiệm: Chủ tịch UBND xã.'));
    expect(a.title).toBe('Kế hoạch cải cách hành chính xã An Bình năm 2024');
    expect(a.publishedAt).toBe('2024-01-05T08:00:00+07:00');
    expect(a.text).toBe('Kế hoạch số 45/KH-UBND về cải cách hành chính xã An Bình năm 2024');
  });
});

describe('a kicker run into the headline', () => {
  it('goes when the page prints the headline again without it after a label, and the tags line ends the article', () => {
    const a = extract([...MENU, 'An sinh xã hộiPhường Lĩnh Nam thăm, tặng quà người có công nhân Ngày Thương binh - Liệt sĩ', 'Thứ Tư, 24/07/2024 09:10',
      P1, P2, 'Bài, ảnh: Quốc Việt', 'Từ khóa: Lĩnh Nam, người có công, đền ơn đáp nghĩa',
      'Chia sẻ bài viết: Phường Lĩnh Nam thăm, tặng quà người có công nhân Ngày Thương binh - Liệt sĩ'].join('\n'));
    expect(a.title).toBe('Phường Lĩnh Nam thăm, tặng quà người có công nhân Ngày Thương binh - Liệt sĩ');
    expect(a.author).toBe('Quốc Việt');
    expect(a.text).not.toContain('Chia sẻ');
    expect(a.text).not.toContain('Từ khóa');
  });

  it('stays when no line repeats the headline after a label (a breadcrumb that ends with the whole headline does not count)', () => {
    const title = 'Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023';
    const a = extract(text(...MENU, `Bạn đang ở: Trang chủ Tin tức ${title}`, title, 'Đăng ngày 13/06/2023', P1, P2,
      'Kế hoạch số 45/KH-UBND về tổng kết công tác xây dựng nông thôn mới năm 2023'));
    expect(a.title).toBe(title);
  });
});

describe('lines under the headline', () => {
  it('a table of contents is not the body, and the headings it lists stay', () => {
    const a = extract(text('Trang chủ Tin tức Môi trường', 'Xã Tân Hiệp: hiệu quả từ phân loại rác thải sinh hoạt tại nguồn', 'Đăng ngày: 19/04/2023 lúc 14:05', P1,
      'Mục lục bài viết [Ẩn]', '1. Thực trạng rác thải sinh hoạt', '2. Kết quả phân loại rác tại nguồn', '3. Giải pháp thời gian tới',
      '1. Thực trạng rác thải sinh hoạt', P2, '2. Kết quả phân loại rác tại nguồn', P3, '3. Giải pháp thời gian tới', P1.replace('Sáng', 'Chiều')));
    expect(a.title).toBe('Xã Tân Hiệp: hiệu quả từ phân loại rác thải sinh hoạt tại nguồn');
    expect(a.text).not.toContain('Mục lục');
    expect(a.sections.map((s) => s.heading).filter(Boolean)).toEqual(['1. Thực trạng rác thải sinh hoạt', '2. Kết quả phân loại rác tại nguồn', '3. Giải pháp thời gian tới']);
  });

  it('a dated account line is read for the date and kept out of the body', () => {
    const a = extract(text(...MENU, 'Xã Quỳnh Hoa đẩy mạnh cơ giới hóa trong sản xuất vụ xuân 2023', 'Gửi bởi bientap vào Thứ 5, 09/03/2023 - 15:42', P1, P2, 'Thanh Tùng'));
    expect(a.publishedAt).toBe('2023-03-09T15:42:00+07:00');
    expect(a.text).not.toContain('Gửi bởi');
  });
});

describe('inline items', () => {
  it('a label inside a line opens an item of its own: an account and a counter after the byline', () => {
    const a = extract(text(...MENU, 'Phường An Phú triển khai thành lập Tổ bảo vệ an ninh, trật tự ở cơ sở', 'Ngày đăng: 24/05/2024', P1, P2,
      'Minh Thư - Công an phường', 'Pho Ban bien tap Lượt xem: 1.088'));
    expect(a.author).toBe('Minh Thư - Công an phường');
    expect(a.text).not.toContain('Lượt xem');
    expect(a.text).not.toContain('Minh Thư');
  });
});

describe('a view counter at the end of a meta line', () => {
  it('is an item of its own, not the byline\'s ("Tác giả: Lê Văn Tâm 673 lượt xem")', () => {
    const a = extract(text(...MENU, 'Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023', 'Đăng lúc: 15:20 - 13/06/2023 Tác giả: Lê Văn Tâm 673 lượt xem', P1, P2, 'Các tin khác'));
    expect(a.author).toBe('Lê Văn Tâm');
    expect(a.publishedAt).toBe('2023-06-13T15:20:00+07:00');
  });
});

describe('spaced lines and lists (lynx)', () => {
  it('a lone line of a dateline and an account spaced apart is a line of items, not a table row; empty list items go', () => {
    const page = [...MENU.map((m) => `   * ${m}`), '', 'Xã Đắk Ơ tổng kết công tác giảm nghèo bền vững năm 2023', '',
      '   Thứ sáu - 15/12/2023 09:12   |   Đăng bởi: admin', '     *', '     *', '', `   ${P1}`, '', `   ${P2}`, '   Phóng viên: Hà Phương'].join('\n');
    const a = extract(page);
    expect(a.publishedAt).toBe('2023-12-15T09:12:00+07:00');
    expect(a.author).toBe('Hà Phương');
    expect(a.text).not.toContain('*');
  });

  it('the article ends at NukeViet\'s "Những tin cũ hơn"', () => {
    const a = extract(text(...MENU, 'Xã Đắk Ơ tổng kết công tác giảm nghèo bền vững năm 2023', 'Thứ sáu - 15/12/2023 09:12', P1, P2, 'Hà Phương',
      'Những tin mới hơn', 'Xã Đắk Ơ ra quân hỗ trợ người dân làm căn cước (18/12/2023)', 'Những tin cũ hơn',
      'Hội Nông dân xã tổ chức tập huấn kỹ thuật trồng điều cho hơn 120 hội viên các thôn làng (08/12/2023)',
      'Trao quà cho hộ đồng bào dân tộc thiểu số có hoàn cảnh khó khăn trên địa bàn xã dịp cuối năm (30/11/2023)'));
    expect(a.author).toBe('Hà Phương');
    expect(a.text).not.toContain('Hội Nông dân xã tổ chức tập huấn');
  });
});

describe('wrapped text (lynx)', () => {
  const wrap = (s: string, width = 74): string[] => {
    const out: string[] = [];
    let line = '';
    for (const w of s.split(' ')) {
      if (line && line.length + 1 + w.length > width) { out.push(`   ${line}`); line = w; } else line = line ? `${line} ${w}` : w;
    }
    return [...out, `   ${line}`];
  };

  it('a table row padded to the page width does not hide the wrap width of the paragraphs near it', () => {
    const lead = 'Công tác cải cách hành chính có chuyển biến tích cực. Bộ phận tiếp nhận và trả kết quả đã tiếp nhận 1.284 hồ sơ, giải quyết đúng hạn 1.279 hồ sơ, đạt 99,6%; số hồ sơ nộp trực tuyến đạt khoảng 62%.';
    const page = ['   * Trang chủ', '   * Tin tức', '', 'HĐND phường Trần Phú đánh giá kết quả thực hiện nhiệm vụ quý I năm 2023', '', '   Thứ Hai, 08/05/2023 09:20', '',
      ...wrap(P1, 66), '', ' Thu ngân sách                         38,5 tỷ đồng      11,2 tỷ đồng      29,1%',
      ' Giải quyết việc làm                   420 lao động      135 lao động      32,1%', ...wrap(lead, 66), '', ...wrap(P2, 66)].join('\n');
    const a = extract(page);
    expect(a.title).toBe('HĐND phường Trần Phú đánh giá kết quả thực hiện nhiệm vụ quý I năm 2023');
    expect(a.text).toContain(lead);
  });

  it('a headline under a path line that ends in its date is its own line, though its first word would have fitted there', () => {
    const page = ['   * Trang chủ', '   * Tin tức', '', '   Trang chủ >> Tin tức - Sự kiện >> Cập nhật: 09:15 - 12/06/2023',
      ...wrap('Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới giai đoạn 2021 - 2023 và triển khai nhiệm vụ năm tới', 66), '',
      ...wrap(P1, 66), '', ...wrap(P2, 66), '', ...wrap(P3, 66)].join('\n');
    const a = extract(page);
    expect(a.title).toBe('Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới giai đoạn 2021 - 2023 và triển khai nhiệm vụ năm tới');
    expect(a.publishedAt).toBe('2023-06-12T09:15:00+07:00');
  });

  it('a dateline under a wrapped headline is its own line, its items spaced as lynx spaces them', () => {
    const page = ['   * Trang chủ', '   * Tin tức', '', 'Tin hoạt động', '', '   Xã Bình Xuân tổng kết sản xuất vụ lúa Đông Xuân 2023 - 2024',
      '   Thứ Năm, 28/03/2024  |  Lượt xem: 318', ...wrap(P1, 64), '', ...wrap(P2, 64)].join('\n');
    const a = extract(page);
    expect(a.title).toBe('Xã Bình Xuân tổng kết sản xuất vụ lúa Đông Xuân 2023 - 2024');
    expect(a.publishedAt).toBe('2024-03-28');
  });

  it('a line in lower case continues a long unfinished one, though its first word seems to fit (no-break spaces)', () => {
    const page = ['   * Trang chủ', '   * Tin tức', '', 'Phường Hưng Dũng tăng cường các giải pháp thu ngân sách cuối năm 2023', '', '   Thứ tư, 04/10/2023 - 16:20', '',
      '   Chiều ngày 3/10/2023, UBND phường Hưng Dũng tổ chức hội nghị đánh giá tình',
      '   hình thực hiện nhiệm vụ thu ngân sách từ đầu năm đến nay và triển khai',
      '   giải pháp những tháng cuối năm 2023. Theo báo cáo, tổng thu ngân sách nhà',
      '   nước trên địa bàn đạt 29,7 tỷ đồng, bằng 77,1% dự toán HĐND phường giao',
      '   tại Nghị quyết số 27/NQ-HĐND; riêng thu tiền sử dụng đất còn',
      '   thấp do thị trường bất động sản trầm lắng.', '', ...wrap(P2)].join('\n');
    const a = extract(page);
    expect(a.text).toContain('riêng thu tiền sử dụng đất còn thấp do thị trường');
  });

  it('a byline under the last sentence of the body is its own line, though its first word would not have fitted', () => {
    const page = ['   * Trang chủ', '   * Tin tức', '', 'Thị trấn Châu Ổ nhân rộng mô hình phân loại rác tại nguồn', '', '   15/08/2022 10:30', '',
      ...wrap(P1), '', ...wrap(P2),
      '   Luật Bảo vệ môi trường năm 2020 quy định từ ngày 1/1/2025, hộ gia đình, cá nhân',
      '   phải phân loại chất thải rắn sinh hoạt. Vì vậy, việc triển khai sớm giúp người',
      '   dân hình thành thói quen, tạo thuận lợi cho địa phương khi quy định có hiệu lực.',
      '   Hoàng Long', '   Nguồn: Báo Quảng Ngãi'].join('\n');
    const a = extract(page);
    expect(a.author).toBe('Hoàng Long');
    expect(a.text).toContain('khi quy định có hiệu lực.');
    expect(a.text).not.toContain('Hoàng Long');
  });
});

describe('closing bylines of other forms', () => {
  it('a name with its unit in brackets, and names joined by commas, are the author as printed and not the body', () => {
    for (const by of ['Nguyễn Văn An (Đài Truyền thanh xã)', 'Minh Anh, Thu Hà']) {
      const a = extract([...MENU, 'Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023', '13/06/2023', P1, P2, by, 'Các tin khác', 'Xã Hòa Phong ra quân làm thủy lợi nội đồng'].join('\n'));
      expect(a.author).toBe(by);
      expect(a.text).toBe([P1, P2].join('\n\n'));
    }
  });

  it('a sentence in brackets or a list of places after the body is no byline', () => {
    for (const line of ['Hội nghị kết thúc (ảnh: tư liệu).', 'Thôn 1, thôn 2, thôn 3, thôn 4']) {
      const a = extract([...MENU, 'Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023', '13/06/2023', P1, P2, line, 'Các tin khác', 'Xã Hòa Phong ra quân làm thủy lợi nội đồng'].join('\n'));
      expect(a.author).toBeNull();
    }
  });
});

describe('a byline between the headline and the body', () => {
  it('a bare name alone on its line under the headline is the author, and not the body', () => {
    const a = extract(text(...MENU, 'Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023', 'Nhóm PV', P1, P2, P3, 'Các tin khác', 'Xã Hòa Phong ra quân làm thủy lợi nội đồng'));
    expect(a.author).toBe('Nhóm PV');
    expect(a.text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('a first subheading in sentence case, or a weekday printed alone, there is no byline', () => {
    for (const line of ['Kết quả nổi bật', 'Thứ Hai', 'Thứ Hai, 12/06/2023 - 08:30']) {
      const a = extract(text(...MENU, 'Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023', line, '13/06/2023', P1, P2, 'Các tin khác'));
      expect(a.author).toBeNull();
    }
  });
});

describe('an article that would be left empty', () => {
  it('a notice whose only body is a link to its document (lynx with link numbers) keeps that link as its text', () => {
    const a = extract(['   ỦY BAN NHÂN DÂN XÃ PHƯỚC HÒA', ...MENU.map((m, i) => `     * [${i + 1}]${m}`), '   Thông báo lịch tiếp công dân tháng 7 năm 2024', '   Ngày đăng 01/07/2024 | 07:30', '',
      '   [7]Thông báo số 112/TB-UBND về lịch tiếp công dân của Chủ tịch UBND xã tháng 7 năm 2024', '', '   [8]In bài viết [9]Gửi email', '   Các tin khác',
      '     * [10]Xã Phước Hòa ra quân Tháng Thanh niên năm 2024', '', 'References', '', '   1. file:///', '   7. file:///files/2024/tb-112.pdf'].join('\n'));
    expect(a.title).toBe('Thông báo lịch tiếp công dân tháng 7 năm 2024');
    expect(a.text).toBe('Thông báo số 112/TB-UBND về lịch tiếp công dân của Chủ tịch UBND xã tháng 7 năm 2024');
  });
});

describe('teasers above the article', () => {
  it('a teaser with its date and "Xem thêm" is not the article: the headline is the one whose long meta line stands under it', () => {
    const a = extract(text(...MENU, 'Tin nổi bật', 'Xã Hòa Phong ra quân làm thủy lợi nội đồng', '30/05/2023',
      'Ngày 28/5/2023, hơn 200 đoàn viên thanh niên xã Hòa Phong ra quân nạo vét 3,5 km kênh mương nội đồng phục vụ sản xuất vụ hè thu.', 'Xem thêm',
      'Xã Hòa Phong tiếp nhận hồ sơ trực tuyến đạt 92%', '27/05/2023',
      'Từ đầu năm 2023, bộ phận một cửa xã đã tiếp nhận 1.415 hồ sơ, trong đó có 1.302 hồ sơ nộp trực tuyến qua Cổng dịch vụ công.', 'Xem thêm',
      'Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023', 'Ngày đăng: 13/06/2023 | Cập nhật: 15/06/2023 | Tác giả: Minh Châu',
      P1, P2, P3, 'Tin liên quan', 'Xã Hòa Phong ra quân Tháng Thanh niên năm 2023'));
    expect(a.title).toBe('Xã Hòa Phong tổng kết công tác xây dựng nông thôn mới năm 2023');
    expect(a.publishedAt).toBe('2023-06-13');
    expect(a.author).toBe('Minh Châu');
    expect(a.text).toBe([P1, P2, P3].join('\n\n'));
  });
});

// The fixture pages that show these patterns, as lynx and Chromium render them.
const PAGES: Record<'lynx' | 'chromium', string[]> = {
  lynx: ['ward/joomla15-cp1258-xa-hoa-phong-nong-thon-moi', 'ward/wordpress-02-dien-ngoc-nha-dai-doan-ket', 'ward/wordpress-03-thanh-xuan-phong-chay',
    'ward-fifth/detailcontent-tranphu-hdnd-quy-i', 'ward-fifth/hugo-hoacuongbac-phu-nu-khoi-nghiep', 'ward-fifth/toc-tanhiep-phan-loai-rac-tai-nguon',
    'ward-fifth/googlesites-eatieu-dinh-danh-dien-tu', 'ward-unseen/joomla4-xa-my-hanh-nam-nong-thon-moi-nang-cao', 'ward-unseen/vnpt-quangngai-chau-o-phan-loai-rac-2022',
    'ward-unseen/drupal7-xa-quynh-hoa-san-xuat-vu-xuan-2023', 'ward-portal/item-box-2-an-binh-ke-hoach-cchc',
    'ward/joomla25-thi-tran-phong-dien-ra-quan-ve-sinh', 'ward-holdout/print-phuong-dien-an-giai-phong-mat-bang-2022', 'ward-families/dnn-module-title-2-cp1258-binh-xuan-lua-dong-xuan', 'ward-unseen/nukeviet-xa-dak-o-giam-ngheo-2023', 'ward-families/liferay-account-line-2-an-phu-to-bao-ve-an-ninh'],
  chromium: ['ward-unseen/asp-cp1258-xa-my-phuoc-tay-lua-he-thu-2009', 'ward-unseen/viettel-nfd-phuong-hung-dung-thu-ngan-sach-2023',
    'ward-fifth/egov-thongtin-quangphu-phong-chong-thien-tai', 'ward-unseen/nukeviet-xa-dak-o-giam-ngheo-2023', 'ward-fifth/hugo-hoacuongbac-phu-nu-khoi-nghiep', 'ward-unseen/drupal7-xa-quynh-hoa-san-xuat-vu-xuan-2023'],
};

for (const r of ['lynx', 'chromium'] as Renderer[]) {
  const missing = rendererMissing(r);
  if (missing) console.warn(missing);
  describe.skipIf(!!missing)(`${r} renderings of these layouts`, () => {
    afterAll(closeRenderers);
    for (const id of PAGES[r as 'lynx' | 'chromium']) {
      it(id, async () => {
        const { exp, a } = await extractRendered(id, r);
        expect(a.title).toBe(exp.title);
        // The day as printed: a time that only the markup held is not in the text.
        expect(a.publishedAt?.slice(0, 10)).toBe(exp.publishedAt?.slice(0, 10));
        expect(a.author).toBe(exp.author);
        expect(bodyScore(exp.text, a.text).f1).toBeGreaterThanOrEqual(0.95);
        for (const s of exp.mustNotContain) expect(a.text).not.toContain(s);
      });
    }
  });
}
