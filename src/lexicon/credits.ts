/**
 * Vietnamese cues of credits: author, account and source labels, desk words, photo credits. Data only.
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

/** Source labels that also open ordinary sentences ("Theo kế hoạch, …"): a source only in a closing line. */
export const CLOSING_ONLY_SOURCE_LABELS = ['theo'];

/** Words of a unit or desk rather than a person, allowed in a bare closing byline ("Thu Hà - Trung tâm VH-TT"). */
export const DESK_WORDS = ['ban biên tập', 'bbt', 'pv', 'ctv', 'phóng viên', 'cộng tác viên', 'nhóm phóng viên', 'nhóm pv', 'tổ biên tập', 'văn phòng'];

/** Class / id words of the element that holds a byline: a bare name there is the author. */
export const BYLINE_CLASS_WORDS = ['byline', 'author', 'tacgia', 'tac-gia', 'writer', 'nguoiviet', 'nguoi-viet', 'reporter'];

/** Labels of a photo credit printed after the byline ("Bài: Ngọc Mai - Ảnh: Quốc Huy"). */
export const PHOTO_LABELS = ['ảnh', 'hình ảnh', 'hình', 'video', 'đồ họa'];
