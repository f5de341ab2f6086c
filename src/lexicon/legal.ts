/**
 * Vietnamese legal document vocabulary: the type words that introduce a cited document
 * (`Nghị định số …`, `Luật …`). Data only; the rules live in `src/references/`.
 */

/**
 * Document type words, as normally capitalised. They name the document before its number,
 * and a number right after one of them is a document number, never a numeric fact.
 * Longest first is not required: matching sorts them.
 */
/** The word between a document type and its number ("Luật số 45/2013/QH13"). */
export const NUMBER_WORD = 'số';

export const DOCUMENT_TYPES: readonly string[] = [
  'Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Nghị quyết', 'Nghị định', 'Quyết định', 'Thông tư',
  'Thông tư liên tịch', 'Chỉ thị', 'Kế hoạch', 'Công văn', 'Công điện', 'Kết luận', 'Thông báo',
  'Báo cáo', 'Hướng dẫn', 'Tờ trình', 'Quy định', 'Quy chế', 'Đề án', 'Chương trình', 'Lệnh',
  'Thông tri', 'Chỉ lệnh',
];

/**
 * Abbreviations of document types that open a code's type part (`QĐ`, `NQ`, `KH`, `GP` giấy
 * phép, `GPXD` giấy phép xây dựng …): a number, `/` and a part starting with one of them is a
 * document number even without an issuer (`95/GPXD`, `12/QĐ`).
 */
export const DOCUMENT_TYPE_CODES: readonly string[] = [
  'QĐ', 'NQ', 'KH', 'TB', 'CT', 'TT', 'TTLT', 'GP', 'BC', 'HD', 'HĐ', 'CV', 'TTr', 'CĐ', 'KL', 'QC', 'QyĐ', 'QyC', 'ĐA', 'CTr', 'TC',
];

/**
 * Words of a link to an attached document inside an article ("Nội dung chi tiết văn bản
 * tại đây", "Phiếu đăng ký …", "file đính kèm"): such a link is content, not a link list.
 * Matched in the lower-cased link text; a link whose text starts with a document type counts too.
 */
export const ATTACHMENT_LINK_CUES = [
  'tại đây', 'đính kèm', 'tải về', 'tải xuống', 'download', 'xem chi tiết', 'chi tiết văn bản', 'toàn văn',
  'phiếu', 'mẫu đơn', 'biểu mẫu', 'phụ lục', 'tờ khai', 'văn bản',
];

/** File endings of an attached document's address. */
export const ATTACHMENT_FILE_TYPES = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'rtf', 'zip', 'rar', '7z'];
