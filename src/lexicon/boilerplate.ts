/**
 * Vietnamese (and common CMS) cues for page chrome. Data only: the content locator and
 * the block filter read these lists; nothing here names one portal.
 */

/**
 * Words in class / id attributes of the page's own footer (the portal's address, contacts and
 * licence): chrome however much of a short article's region it holds.
 */
export const PAGE_FOOTER_CLASS_WORDS = ['footer', 'chantrang', 'chan-trang'];

/** Words in class / id attributes that mark chrome (matched as substrings of the lower-cased attribute). */
export const NEGATIVE_CLASS_WORDS = [
  'comment', 'binhluan', 'y-kien', 'ykien', 'footer', 'footnote', 'sidebar', 'widget', 'menu', 'nav',
  'breadcrumb', 'banner', 'advert', 'quangcao', 'share', 'social', 'sharing', 'chiase', 'related',
  'lienquan', 'other', 'khac', 'cactin', 'tinkhac', 'xemnhieu', 'most-', 'popular', 'moinhat',
  'latest', 'tag', 'rating', 'danhgia', 'print', 'email', 'mailto', 'counter', 'thongke', 'visitor',
  'luotxem', 'view-count', 'viewcount', 'hits', 'lienket', 'weblink', 'search', 'timkiem', 'poll',
  'thamdo', 'login', 'dangnhap', 'copyright', 'banquyen', 'pagenav', 'pagination', 'pager',
  'toolbar', 'tool', 'congcu', 'tienich', 'modal', 'popup', 'cookie', 'calendar', 'lich',
  'weather', 'thoitiet', 'video', 'album', 'gallery-list', 'marquee', 'ticker', 'hotline',
  'subscribe', 'newsletter', 'button', 'btn', 'icon', 'taglib', 'asset-links', 'metadata',
  'author-box', 'byline-box', 'entry-meta', 'post-meta', 'meta-info', 'header', 'masthead',
  'logo', 'skip', 'back-to',
];

/**
 * The strongest of those cues: text inside an element so named (and not also named like a
 * body) never votes for the article's location, as in Readability's "unlikely candidates".
 */
export const UNLIKELY_CLASS_WORDS = [
  'comment', 'binhluan', 'disqus', 'sidebar', 'footer', 'menu', 'breadcrumb', 'banner', 'advert',
  'quangcao', 'share', 'social', 'chiase', 'related', 'lienquan', 'tinkhac', 'cactin', 'othernews',
  'other-news', 'xemnhieu', 'popular', 'widget', 'pagination', 'pager', 'popup', 'modal',
  'cookie', 'sponsor', 'promo', 'newsletter', 'subscribe', 'thongke', 'counter', 'visitor',
  'login', 'timkiem', 'search', 'thamdo', 'poll', 'masthead',
];

/** Class words of the `<blockquote>` an embed code leaves for a social post quoted in an article. */
export const EMBED_CLASS_WORDS = ['twitter-tweet', 'instagram-media', 'tiktok-embed', 'reddit-embed', 'bluesky-embed', 'text-post-media', 'fb-xfbml-parse-ignore'];

/** Words in class / id attributes that mark the article body. */
export const POSITIVE_CLASS_WORDS = [
  'article', 'content', 'entry', 'main', 'post', 'text', 'story', 'body', 'noidung', 'chitiet',
  'chi-tiet', 'detail', 'baiviet', 'bai-viet', 'news', 'tintuc', 'tin-tuc', 'journal', 'blog',
  'page', 'sapo', 'lead', 'summary',
];

/**
 * Headings that open a block of chrome after the article ("other news", comments, ...):
 * once one of these stands alone as a line after the body has begun, the rest of the
 * container is not the article.
 */
export const TAIL_CUES = [
  'các tin khác', 'tin khác', 'các tin đã đưa', 'tin đã đưa', 'tin liên quan', 'các tin liên quan',
  'bài viết liên quan', 'bài liên quan', 'tin cùng chuyên mục', 'các tin cùng chuyên mục', 'bài cùng chuyên mục', 'các bài cùng chuyên mục', 'tin cùng loại', 'các bài viết khác',
  'bài viết khác', 'tin tức khác', 'các tin tức khác', 'tin mới nhất', 'tin mới hơn', 'tin cũ hơn',
  'các tin mới', 'các tin cũ', 'tin mới', 'bài viết mới nhất', 'bài viết mới', 'bài mới', 'tin xem nhiều', 'xem nhiều nhất', 'đọc nhiều nhất',
  'xem tin theo ngày', 'bình luận', 'ý kiến bạn đọc', 'gửi ý kiến', 'gửi bình luận',
  'để lại bình luận', 'để lại một bình luận', 'viết bình luận', 'ý kiến của bạn', 'xem thêm',
  'related posts', 'related articles', 'leave a reply', 'leave a comment', 'comments',
  // Portal widgets that CMS templates also inject below an article.
  'tệp đính kèm', 'file đính kèm', 'tài liệu đính kèm', 'văn bản đính kèm', 'tải về tệp',
  'văn bản mới', 'văn bản chỉ đạo', 'văn bản điều hành', 'văn bản pháp luật', 'lịch công tác',
  'lịch làm việc', 'thủ tục hành chính', 'liên kết website', 'liên kết web', 'thông báo mới',
  'tin nổi bật', 'tin tiêu điểm', 'tin ảnh', 'thư viện ảnh', 'thư viện video', 'hỏi đáp',
  // The same boxes on publishers' pages in other languages (teasers, author boxes, comments).
  'you may also like', 'you might also like', 'you may like', 'you might like', 'more from', 'more stories',
  'more great', 'related stories', 'related coverage', 'related content', 'related news', 'related links',
  'related reading', 'related roundup', 'recommended for you', 'recommended stories', 'read next',
  'about the author', 'tell us what you think', 'join the conversation',
  'você pode gostar', 'você também pode gostar', 'notícias relacionadas', 'artigos relacionados', 'comentários',
  'te puede interesar', 'noticias relacionadas', 'artículos relacionados', 'comentarios',
  'das könnte sie auch interessieren', 'ähnliche artikel', 'weitere artikel', 'kommentare',
  'vous aimerez aussi', 'articles similaires', 'articles liés', 'commentaires',
  'articoli correlati', 'potrebbe interessarti', 'commenti', 'похожие статьи', 'комментарии',
  'artikel terkait', 'komentar',
];

/** What a count opens a comment section with ("1 comment", "12 Responses", "3 thoughts on “…”", "5 bình luận"). */
export const COMMENT_COUNT_WORDS = ['comment', 'comments', 'response', 'responses', 'replies', 'thought on', 'thoughts on', 'bình luận', 'ý kiến'];

/**
 * Lines that are a widget's label and nothing else (matched on the whole line, case and closing
 * punctuation aside): an ad slot's label, a slideshow's buttons, a player's notice. As a line's
 * start they would also match prose ("Close to 50 people …"), so they are never prefixes.
 */
export const WIDGET_LINES = [
  'quảng cáo', 'advertisement', 'advert', 'ad', 'sponsored', 'publicidade', 'publicidad', 'anzeige',
  'werbung', 'pubblicità', 'publicité', 'реклама', 'iklan', 'caption', 'close', 'back to gallery',
  'back to top', 'continue reading below', 'story continues below', 'article continues below',
  'continue reading', 'read more', 'subscribe', 'thanks for watching', 'this slideshow requires javascript',
  'media playback is unsupported on your device', 'suka memuat', 'loading', 'skip ad',
  // Inline teaser boxes open mid-article, so their heading is a widget line, not a tail cue.
  "don't miss", 'don’t miss',
];

/** Slideshow counters ("Image 1 of 5", "3of4", "2 / 7"): the item words before the numbers, and the words between them. */
export const COUNTER_ITEMS = ['image', 'photo', 'picture', 'slide', 'foto', 'ảnh', 'hình'];
export const COUNTER_OF = ['of', 'de', 'di', 'von', 'из', '/', 'trên'];

/**
 * A line that only credits a photo, in English ("Photo: Hau Dinh, AP", "(Image credit: Blue
 * Origin)", "Sakib Ali/Hindustan Times/Getty Images"): the labels that open it, and the agencies
 * that close it after a separator. Such a line names who took the picture and describes
 * nothing, so it is no caption but an attribution, like a byline.
 */
export const PHOTO_CREDIT_LABELS = [
  'photo:', 'photos:', 'photo by', 'photos by', 'photo credit:', 'photograph:', 'photograph by', 'image:',
  'image credit:', 'image by', 'picture:', 'credit:', 'courtesy of', 'photo illustration by',
];
export const PHOTO_AGENCIES = ['getty images', 'associated press', 'ap', 'ap photo', 'reuters', 'afp', 'epa', 'shutterstock', 'istock'];

/**
 * Phrases of a newsletter or sign-up box ("Get top news in your inbox daily"), anywhere in a
 * short line: a sentence of the article about a newsletter is longer, or says none of them.
 */
export const PROMO_PHRASES = [
  'your inbox', 'newsletter', 'opt-in', 'successfully subscribed', 'subscribe to our', 'sign up for our',
  'đăng ký nhận tin', 'đăng ký nhận bản tin',
];

/** A view counter's words after its number ("673 lượt xem"): printed at the end of a meta line, a counter of its own. */
export const VIEW_COUNT_WORDS = ['lượt xem', 'lượt đọc', 'lần xem', 'lượt truy cập', 'views'];

/** Lines of chrome that may stand anywhere, matched at the start of a short line. */
export const LINE_CUES = [
  'lượt xem', 'số lượt xem', 'lượt đọc', 'số lần xem', 'đã xem', 'lượt truy cập', 'số lượt truy cập',
  'tổng lượt truy cập', 'truy cập tổng', 'đang truy cập', 'đang trực tuyến', 'đang online',
  'trực tuyến:', 'hôm nay:', 'hôm qua:', 'tuần này:', 'tháng này:', 'tháng trước:', 'năm nay:',
  'tổng số:', 'thống kê truy cập', 'chia sẻ', 'share', 'in bài viết', 'in bài', 'in trang',
  'bản in', 'gửi email', 'gửi bài viết', 'gửi cho bạn bè', 'trở về', 'trở lại', 'quay lại',
  'về đầu trang', 'đầu trang', 'lên đầu trang', 'đánh giá bài viết', 'bình chọn', 'cỡ chữ',
  'font size', 'phóng to', 'thu nhỏ', 'tín nhiệm mạng', 'chứng nhận tín nhiệm mạng', 'bản quyền',
  'copyright', '©', 'ghi rõ nguồn', 'chịu trách nhiệm nội dung', 'chịu trách nhiệm chính',
  'giấy phép số', 'tìm kiếm', 'nhập từ khóa', 'từ khóa:', 'tags:', 'tag:', 'thẻ:', 'đăng bởi',
  'người đăng', 'posted by', 'email của bạn sẽ không được hiển thị', 'các trường bắt buộc',
  'chuyên mục:', 'danh mục:', 'xem tiếp', 'đọc tiếp', 'tải về', 'file đính kèm', 'tệp đính kèm', 'in bản tin', 'rss',
  'facebook', 'zalo', 'twitter', 'tweet', 'like', 'thích', 'phút đọc', 'min read',
];

/**
 * Openers of a page's footer lines (copyright, the editor in charge, the licence): in a text
 * rendering, where no element says where the article ends, the article ends before the first.
 */
export const FOOTER_CUES = [
  'bản quyền', 'copyright', '©', 'chịu trách nhiệm nội dung', 'chịu trách nhiệm chính', 'giấy phép số',
  'giấy phép thiết lập', 'ghi rõ nguồn', 'cơ quan chủ quản', 'thiết kế bởi', 'phát triển bởi', 'cung cấp bởi',
  'vận hành bởi', 'powered by', 'google sites', 'report abuse', 'địa chỉ bài viết', 'đường dẫn bài viết',
];

/** Openers of the comments under an article, as text renderings print them ("(0) Bình luận", Blogger's "Không có nhận xét nào"). */
export const COMMENT_CUES = ['không có nhận xét nào', 'đăng nhận xét', 'nhận xét', 'bình luận', 'ý kiến bạn đọc', 'gửi ý kiến'];

/** Labels of a footer's contact lines ("Địa chỉ: …", "Điện thoại: … - Email: …"). */
export const CONTACT_LABELS = ['địa chỉ', 'điện thoại', 'đt', 'email', 'e-mail', 'fax', 'hotline', 'đường dây nóng', 'website'];

/** Labels of the tag list printed under an article ("Từ khóa: Lĩnh Nam, người có công"). */
export const TAG_LABELS = ['từ khóa', 'từ khoá', 'tags', 'tag', 'thẻ', 'nhãn'];

/** Words of a pager link, read as one only beside an arrow ("< Trước", "Tiếp >", "Sau »"). */
export const PAGER_WORDS = ['trước', 'sau', 'tiếp', 'tiếp theo', 'previous', 'next', 'prev'];

/** Links to the article's neighbours ("Bài trước: …", "Bài sau »"), printed after it. */
export const NEIGHBOUR_CUES = [
  'bài trước', 'bài sau', 'bài tiếp theo', 'bài tiếp', 'bài viết trước', 'bài viết sau', 'tin trước', 'tin sau',
  'tin tiếp theo', 'điều hướng bài viết', 'previous post', 'next post', 'những tin mới hơn', 'những tin cũ hơn',
  'những bài mới hơn', 'những bài cũ hơn',
];

/** Labels of the icon links a CMS prints at the end of the headline (Joomla's "In E-mail"), as text renderings show them. */
export const HEADLINE_TOOL_LABELS = ['in', 'e-mail', 'email', 'pdf', 'print', 'bản in', 'in bài', 'gửi email', 'gửi bài'];

/** Headings of an article's table of contents (its entries repeat the section headings below it). */
export const TOC_CUES = ['mục lục bài viết', 'mục lục', 'nội dung bài viết', 'table of contents'];

/** Class / id words of a lead (sapo) paragraph. */
export const LEAD_CLASS_WORDS = ['sapo', 'lead', 'summary', 'tomtat', 'tom-tat', 'mota', 'description', 'intro', 'excerpt', 'teaser', 'abstract'];

/** Labels of a headline printed as "Tiêu đề: …" (in a table of article details). */
export const TITLE_LABELS = ['tiêu đề', 'tên bài viết', 'tên bài', 'tựa đề', 'tên tin'];

/** Class / id words of an article headline. */
export const TITLE_CLASS_WORDS = ['title', 'tieude', 'tieu-de', 'heading', 'headline', 'ten-bai', 'tenbai', 'contentheading'];

/** Image sources that are decoration, not article pictures (substrings of the lower-cased URL). */
export const DECORATIVE_IMAGE_WORDS = [
  'icon', 'print', 'email', 'mail', 'arrow', 'bullet', 'dot.', 'spacer', 'blank.', 'pixel',
  'logo', 'banner', 'button', 'btn', 'counter', 'rss', 'facebook', 'zalo', 'twitter', 'share',
  'new.gif', 'hot.gif', 'tinnhiemmang', 'handle_cert', 'avatar', 'emoji', 'smiley',
];

/** Openers of a page's path and category lines ("Trang chủ » Tin tức", "Danh mục: Sự kiện"): never a headline. */
export const PATH_CUES = ['trang chủ', 'danh mục', 'chuyên mục', 'bạn đang ở', 'vị trí', 'home'];
