/**
 * Cues of category (listing) pages: which link groups are side lists rather than the
 * list itself, which links are "read more" or pager links. Data only, read by
 * `src/listing/`; nothing here names one portal.
 */

/**
 * Box headings of side lists ("most read", "latest", "related", documents, links ...),
 * matched as substrings of the lower-cased heading. Complements `TAIL_CUES` of
 * `boilerplate.ts`, which the listing detector reads too.
 */
export const SIDE_LIST_HEADINGS = [
  'xem nhiều', 'đọc nhiều', 'tin nổi bật', 'tin tiêu điểm', 'tin nóng', 'tin hot', 'bài viết mới',
  'bài mới', 'tin mới cập nhật', 'văn bản mới', 'văn bản chỉ đạo', 'liên kết', 'lịch công tác',
  'thủ tục hành chính', 'thống kê', 'video', 'thư viện ảnh', 'hình ảnh hoạt động', 'thăm dò',
  'hỏi đáp', 'most read', 'most viewed', 'popular', 'recent posts', 'latest news', 'related',
];

/**
 * Class / id tokens of page regions that are not the main column. Matched against the
 * tokens of an ancestor's class and id (split on `-`, `_`, spaces and camelCase, lower-cased),
 * and against adjacent token pairs joined (`col-right` → `colright`).
 */
export const SIDE_REGION_TOKENS = [
  'side', 'sidebar', 'sidebox', 'aside', 'widget', 'widgets', 'phai', 'trai', 'rightcol', 'leftcol',
  'colright', 'colleft', 'rightcolumn', 'leftcolumn', 'columnright', 'columnleft', 'rightside',
  'leftside', 'cotphai', 'cottrai', 'khungphai', 'khungtrai', 'boxright', 'boxleft',
];

/** Class / id tokens of navigation and page chrome. */
export const NAV_REGION_TOKENS = [
  'nav', 'navbar', 'navigation', 'menu', 'menubar', 'submenu', 'megamenu', 'breadcrumb',
  'breadcrumbs', 'duongdan', 'footer', 'copyright', 'topbar', 'toolbar', 'banner', 'marquee',
  'dieuhuong', 'tags', 'tagcloud',
];

/** Class / id tokens of "most read", "latest", "related" side lists. */
export const POPULAR_REGION_TOKENS = [
  'hot', 'popular', 'mostread', 'mostviewed', 'xemnhieu', 'docnhieu', 'related', 'lienquan',
  'tinkhac', 'othernews', 'other', 'recent', 'latest', 'moinhat', 'tinmoi', 'noibat', 'vanbanmoi',
  'vanban', 'lienket', 'weblink', 'links',
];

/** Class / id tokens of the main column. */
export const MAIN_REGION_TOKENS = [
  'main', 'content', 'center', 'centercol', 'maincol', 'primary', 'giua', 'noidung', 'danhsach',
  'category', 'archive', 'blog', 'list', 'listing',
];

/**
 * Starts of "read more" link texts (lower-cased): such a link points at the article, and
 * whatever follows the cue ("Xem tiếp về <title> »") is not a title to take.
 */
export const READ_MORE_PREFIXES = [
  'xem tiếp', 'xem thêm', 'đọc tiếp', 'đọc thêm', 'xem chi tiết', 'xem toàn bộ', 'xem tất cả',
  'tiếp tục đọc', 'read more', 'continue reading',
];

/** Whole "read more" link texts, once arrows and punctuation are removed ("Chi tiết »", "[...]"). */
export const READ_MORE_WORDS = ['chi tiết', 'more', 'tiếp', 'thêm', ''];

/**
 * Texts of pager links to the next page, compared with the whole link text after arrows,
 * brackets and punctuation are removed and the rest is lower-cased.
 */
export const NEXT_PAGE_WORDS = [
  'trang sau', 'trang tiếp', 'trang tiếp theo', 'tiếp', 'tiếp theo', 'sau', 'kế tiếp', 'trang kế',
  'trang kế tiếp', 'next', 'next page', 'older posts', 'older entries', 'bài cũ hơn', 'tin cũ hơn',
  'cũ hơn',
];

/** Arrow-only texts of next-page links. */
export const NEXT_PAGE_ARROWS = ['›', '»', '>', '→', '⟩', '❯', '▶', '►'];

/** Words of pager links that are not "next": first, previous, last pages. */
export const OTHER_PAGE_WORDS = [
  'đầu', 'trang đầu', 'đầu tiên', 'trước', 'trang trước', 'cuối', 'trang cuối', 'cuối cùng',
  'first', 'last', 'prev', 'previous', 'newer posts', 'mới hơn', 'tin mới hơn',
];

/** Class / rel / aria tokens that mark the current page of a pager. */
export const CURRENT_PAGE_TOKENS = ['current', 'active', 'selected', 'activepage', 'currentpage', 'curpage', 'on'];

/** Query parameters and path segments that carry a page number (`?page=2`, `/page/2/`, `trang=2`). */
export const PAGE_PARAMS = [
  'page', 'trang', 'pg', 'paged', 'pageindex', 'pagenumber', 'pagenum', 'cur', 'pageno', 'sotrang', 'currentpage',
];

/** Extensions of links that are files, never article pages. */
export const FILE_EXTENSIONS = [
  'jpg', 'jpeg', 'png', 'gif', 'webp', 'svg', 'bmp', 'ico', 'css', 'js', 'json', 'xml', 'rss',
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'zip', 'rar', '7z', 'mp3', 'mp4', 'avi',
  'flv', 'wmv', 'swf', 'txt',
];
