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

/**
 * Account names that are never a person's byline. Matched on the name's words and on the
 * words run together, so "admin admin" and "Ad Min" are accounts too.
 */
export const ACCOUNT_NAMES = [
  'admin', 'administrator', 'quantri', 'quản trị', 'quản trị viên', 'quantrivien', 'webmaster', 'root', 'editor',
  'bbt web', 'superadmin', 'superuser', 'sysadmin', 'test', 'user', 'guest', 'manager', 'moderator',
  // The guest / anonymous accounts of foreign CMSs.
  'anonymous', 'гость', 'аноним', 'invité', 'invitado', 'ospite', 'convidado',
];

/**
 * Desk words that CMS accounts carry as their display name typed without diacritics
 * ("Pho Ban bien tap", "Quan tri vien"): a byline is printed with its marks, an account
 * display name often is not.
 */
export const ACCOUNT_DESK_WORDS = ['ban biên tập', 'biên tập viên', 'quản trị', 'cập nhật', 'tin bài', 'văn phòng'];

/**
 * Class / id words of the element where a CMS prints the account that posted the article
 * (Liferay's `view-content-author` and `metadata-author`, "người đăng", "created by"): what
 * it holds is the poster, not the byline, even when it is a person's name.
 */
export const ACCOUNT_CLASS_WORDS = [
  'view-content-author', 'metadata-author', 'created-by', 'createdby', 'creator-name', 'nguoidang', 'nguoi-dang',
  'nguoitao', 'nguoi-tao', 'nguoicapnhat', 'user-account', 'sfnewsauthor',
];

/**
 * Widget text printed where a byline could be ("ABOUT THE AUTHOR", "of the article:",
 * "View all posts"): never a name. Matched as a prefix of the lower-cased line.
 */
export const AUTHOR_WIDGET_PHRASES = [
  'about the author', 'about author', 'of the article', 'more from', 'more by', 'view all posts', 'all posts by',
  'posts by', 'follow', 'contact the author', 'email the author', 'author', 'authors', 'by',
  'share', 'về tác giả', 'tác giả', 'thông tin tác giả', 'bài viết của', 'xem thêm',
  'recommended articles', 'related articles', 'recommended for you', 'you may also like', 'read more',
];

/** Name particles written in lower case inside a declared author's name ("Ludwig van Beethoven"). */
export const NAME_PARTICLES = ['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'dos', 'das', 'bin', 'al', 'el', 'y', 'ter', 'ten'];

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

/** Qualifiers printed in brackets after a byline ("Phạm Linh (tổng hợp)"): the line is still a byline. */
export const BYLINE_QUALIFIERS = ['tổng hợp', 'tổng hợp', 'th', 'st', 'sưu tầm', 'lược dịch', 'biên dịch', 'dịch', 'tổng hợp và biên tập', 'ctv', 'pv'];

/**
 * Prepositions that open a printed byline in the languages of the world's news sites, with no
 * colon ("By Erin Cunningham", "Von Anna Meier", "Par Sébastien Farcis", "Por Ana Gómez",
 * "Di Marco Rossi", "Door Jan de Vries"): a byline only when capitalised names follow.
 */
export const BYLINE_PREPOSITIONS = ['by', 'von', 'par', 'por', 'di', 'door', 'av', 'af'];

/** Words that may stand before a byline preposition ("Written by", "Analysis by", "Texto por"). */
export const BYLINE_LEAD_WORDS = [
  'written', 'words', 'text', 'story', 'analysis', 'opinion', 'reporting', 'column', 'commentary', 'review',
  'geschrieben', 'écrit', 'texte', 'escrito', 'texto', 'scritto', 'testo', 'reportage', 'article',
];

/** Words that join names in one byline ("A và B", "A and B", "A und B", "A et B", "A y B", "A e B", "A en B", "A och B", "A og B"). */
export const NAME_JOIN_WORDS = ['và', 'and', 'und', 'et', 'y', 'e', 'en', 'och', 'og'];

/** Lower-case words that close a desk's declared name ("Science X staff", "Politik Redaktion"). */
export const DESK_TAIL_WORDS = ['staff', 'team', 'desk', 'redaktion', 'rédaction', 'redacción', 'redazione'];

/** Words that add authors in brackets after a byline ("Par A (avec B et C)", "By A (with B)"). */
export const BYLINE_WITH_WORDS = ['avec', 'with', 'mit', 'con', 'com'];

/** What may follow the names of a preposition byline on its line ("… on November 14", "… | Updated"). */
export const BYLINE_TAIL_WORDS = [
  'on', 'at', 'in', 'am', 'um', 'le', 'el', 'il', 'em', 'updated', 'published', 'posted', 'follow', 'email', 'last',
  'aktualisiert', 'veröffentlicht', 'publié', 'mis', 'publicado', 'actualizado', 'pubblicato', 'aggiornato', 'for',
];

/** Academic and professional credentials printed after a name ("Rachael Link, MS, RD"): not a person. */
export const CREDENTIALS = ['ms', 'md', 'phd', 'ph.d.', 'ph.d', 'rd', 'rdn', 'ld', 'mph', 'mba', 'rn', 'dds', 'cpt', 'msc', 'bsc', 'ma', 'dr', 'lpc', 'cde', 'facs'];

/** Job titles printed in a byline after the name ("AP Auto Writer", "Senior Contributor", "CNN Editor-at-large"). */
export const ROLE_WORDS = [
  'writer', 'correspondent', 'editor', 'editor-at-large', 'reporter', 'contributor', 'columnist', 'producer', 'journalist',
  'critic', 'analyst', 'photographer', 'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'journaliste',
  'rédacteur', 'rédactrice', 'periodista', 'redactor', 'redactora', 'corresponsal', 'giornalista', 'corrispondente', 'redattore',
];

/** Words that qualify a job title before it ("Senior", "National Political", "Auto"): part of the title, not of the name. */
export const ROLE_QUALIFIERS = [
  'senior', 'chief', 'contributing', 'staff', 'national', 'political', 'sports', 'auto', 'business', 'technology', 'tech',
  'science', 'health', 'medical', 'legal', 'security', 'foreign', 'special', 'associate', 'deputy', 'managing', 'executive',
  'investigative', 'entertainment', 'music', 'film', 'white', 'house', 'economics', 'economy', 'markets', 'data', 'local',
  'digital', 'news', 'features', 'food', 'travel', 'opinion', 'global', 'international', 'energy', 'climate', 'politics',
];

/** Path segments of an author's page ("…/author/madeline-fry"): the slug after them names the author. */
export const AUTHOR_PAGE_SEGMENTS = ['author', 'authors', 'auteur', 'autor', 'autore', 'autori', 'people', 'profile', 'profiles', 'journalist', 'journalists', 'staff'];

/** Headings of an author box printed before the name ("About Jane Doe", "Sobre Carlos Nadalim"). */
export const AUTHOR_BOX_LABELS = ['about', 'sobre', 'über', 'à propos de', 'acerca de', 'informazioni su'];

/** News agencies whose name is printed run onto a byline's name ("Tom Davies Associated Press"). */
export const NEWS_AGENCIES = ['associated press', 'the associated press', 'ap', 'reuters', 'afp', 'bloomberg', 'dpa', 'pti', 'ani', 'ians', 'xinhua', 'tass', 'efe', 'ansa', 'kyodo', 'yonhap', 'bernama'];

/** Credits printed under photos, never the article's author ("Getty Images", "Image copyright"). */
export const PHOTO_AGENCY_PHRASES = ['getty images', 'image copyright', 'image caption', 'shutterstock', 'istock', 'afp/getty images', 'media caption'];
