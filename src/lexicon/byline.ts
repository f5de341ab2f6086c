/**
 * Vietnamese cues for bylines, sources and dates. Data only.
 */

/** Labels before an author's name ("Tác giả: Lê Văn A"); longest first so that the longest label wins. */
export const AUTHOR_LABELS = [
  'bài và ảnh', 'bài, ảnh', 'tin và ảnh', 'tin, ảnh', 'tin/ảnh', 'bài/ảnh', 'người viết', 'tác giả',
  'viết bởi', 'biên tập', 'phóng viên', 'bài', 'tin', 'by', 'author',
];

/** Labels of a CMS account, which is not the author when the article closes with a byline. */
export const ACCOUNT_LABELS = ['đăng bởi', 'người đăng', 'người cập nhật', 'cập nhật bởi', 'posted by', 'đăng tải bởi'];

/** Account names that are never a person's byline. */
export const ACCOUNT_NAMES = ['admin', 'administrator', 'quantri', 'quản trị', 'quản trị viên', 'webmaster', 'root', 'editor', 'bbt web'];

/** Labels of an attribution ("Nguồn: Báo ...", "Theo Báo ..."). */
export const SOURCE_LABELS = ['nguồn tin', 'nguồn', 'theo'];

/** Date labels that give the publication (creation) date. */
export const PUBLISHED_DATE_LABELS = [
  'ngày đăng', 'đăng ngày', 'ngày tạo', 'ngày xuất bản', 'xuất bản', 'ngày đưa tin', 'thời gian đăng',
  'đăng lúc', 'ngày viết', 'published', 'posted on', 'created',
];

/** Date labels of a later revision: publication date only when no creation date is printed. */
export const UPDATED_DATE_LABELS = [
  'ngày cập nhật', 'cập nhật lúc', 'cập nhật ngày', 'cập nhật', 'sửa lần cuối', 'chỉnh sửa lần cuối',
  'ngày sửa', 'last updated', 'updated', 'modified',
];

/** Date labels of other things (a document's issue date, a permit): never the article's date. */
export const OTHER_DATE_LABELS = ['ngày ban hành', 'ngày hiệu lực', 'ngày có hiệu lực', 'cấp ngày', 'hết hiệu lực'];

/** Words of a unit or desk rather than a person, allowed in a bare closing byline ("Thu Hà - Trung tâm VH-TT"). */
export const DESK_WORDS = ['ban biên tập', 'bbt', 'pv', 'ctv', 'phóng viên', 'cộng tác viên', 'nhóm phóng viên', 'nhóm pv', 'tổ biên tập', 'văn phòng'];

/** Class / id words of the element that holds a byline: a bare name there is the author. */
export const BYLINE_CLASS_WORDS = ['byline', 'author', 'tacgia', 'tac-gia', 'writer', 'nguoiviet', 'nguoi-viet', 'reporter'];

/** Labels of a photo credit printed after the byline ("Bài: Ngọc Mai - Ảnh: Quốc Huy"). */
export const PHOTO_LABELS = ['ảnh', 'hình ảnh', 'hình', 'video', 'đồ họa'];

/** Caption openers: a line starting with one of these is an image caption, not a byline. */
export const CAPTION_CUES = ['ảnh:', 'ảnh minh họa', 'ảnh minh hoạ', 'hình:', 'hình ảnh:', 'nguồn ảnh'];
