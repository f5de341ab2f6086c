/**
 * Tunable numbers of the pipeline, in one place: each is named for what it bounds, with a
 * one-line reason. Stages import them by name; a change here is a change of behaviour, to be
 * measured with `npm run eval` on every fixture folder and the ScrapingHub benchmark.
 */

// ---------------------------------------------------------------------------------------
// Input bounds (defaults of ExtractOptions)

/** `maxBytes`: larger inputs are refused (`TOO_LARGE`); real article pages are under 2 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** `maxNodes`: the parse stops adding nodes beyond this, so a hostile page cannot exhaust memory. */
export const DEFAULT_MAX_NODES = 1_000_000;

/**
 * How long a stopped crawl (Ctrl-C, `signal`) lets its requests in flight finish before
 * cutting them: long enough for a normal page, short enough that a stop feels like one.
 */
export const CRAWL_DRAIN_MS = 10_000;

/**
 * A page is a listing rather than an article (the CLI's `feed` skips it) when its list holds at
 * least this many article links…
 */
export const LISTING_MIN_LINKS = 5;

/**
 * …and the "article" read from it has fewer characters per listed link than this: listings
 * give a few teaser lines (≤ 60 per link on the fixtures), articles with a related-news list
 * 180 and more per link.
 */
export const LISTING_TEXT_PER_LINK = 80;

/** Bytes sniffed for binary content: enough to see past a long `<head>` of text. */
export const SNIFF_BYTES = 8192;

/**
 * Share of stray control bytes (NUL, and C0 but tab, LF, FF, CR, ESC) that makes input binary:
 * random bytes hold ~11 %, text none (a stray one pasted into a page stays far below 1 %).
 */
export const BINARY_CONTROL_SHARE = 0.01;

// ---------------------------------------------------------------------------------------
// Lines: what a line of a given length or make-up is (read by several stages)

/** A line this long is prose, not a meta, credit or chrome line (one threshold, once three names). */
export const PROSE_CHARS = 80;

/** More than this share of link characters makes a line or box a link list (menus, teasers). */
export const LINK_LIST_DENSITY = 0.5;

/** A line at least this share bold (or bold + italic) is set apart: a bold heading, a byline. */
export const SET_APART_SHARE = 0.8;

/** A credit or meta line is at most this long ("Tác giả: …", "Đăng lúc: …"). */
export const CREDIT_LINE_MAX = 120;
/** A unit in brackets after a closing name ("Nguyễn Văn An (Đài Truyền thanh xã)"): as many words as a "Name - Unit" byline's unit. */
export const BYLINE_UNIT_MAX_WORDS = 8;
/** Names a closing byline lists with commas ("Minh Anh, Thu Hà"): co-authors are few; more is a list of people in the text. */
export const BYLINE_LIST_MAX_NAMES = 3;
/** A byline element's names are at most this long (longer: an author box, a bio). */
export const CREDIT_NAME_MAX = 80;

/** Lines longer than this are never datelines or credit lines (a date in prose is no dateline). */
export const DATE_LINE_MAX = 160;

// ---------------------------------------------------------------------------------------
// blocks

/** Lines longer than this are prose: their inline items (meta-line parts) are not kept. */
export const ITEMS_MAX_CHARS = 200;

/** A table is a data table when this share of its rows (and at least two) has two or more cells. */
export const DATA_TABLE_ROW_SHARE = 0.6;

// ---------------------------------------------------------------------------------------
// locate (the scheme of Readability, tuned on Vietnamese prose; docs/architecture.md)

/** A line votes for its ancestors only when it is at least this long (shorter lines are chrome as often as text). */
export const VOTE_MIN_CHARS = 25;

/** Votes reach this many ancestor levels. */
export const ANCESTOR_LEVELS = 6;

/** Below this many characters of prose a region is suspect, and a relaxed pass is tried (as Readability does). */
export const MIN_REGION_CHARS = 500;

/** A sibling joins the region with a score of this share of the best (or with the class bonus, the same share). */
export const SIBLING_SCORE_SHARE = 0.2;

/** The least score a sibling needs, however weak the best candidate. */
export const SIBLING_MIN_SCORE = 10;

/** A sibling of more than `PROSE_CHARS` joins without a score when its link density is under this (a sapo in its own div). */
export const SIBLING_MAX_LINK_DENSITY = 0.25;

/** The best element climbs to a wrapper that adds at most this share of its text as plain prose (a sapo or a caption beside the body field). */
export const WRAPPER_EXTRA_SHARE = 0.25;

// ---------------------------------------------------------------------------------------
// title

/** The headline is looked for this many lines above the body's first line … */
export const TITLE_LINES_ABOVE = 60;
/** … and this many into it (a headline printed inside the region). */
export const TITLE_LINES_INTO_BODY = 3;
/** … and, for a heading printed exactly as the declared title, this many text lines into it (link lists and widgets not counted). */
export const TITLE_DECLARED_LINES_INTO_BODY = 12;
/** A headline is between these lengths (shorter: a label; longer: a paragraph). */
export const TITLE_MIN_CHARS = 8;
/** Words a part of a declared title ("headline - section - site") needs to stand for the headline: a section label or a site name of one or two words does not. */
export const TITLE_PART_MIN_WORDS = 3;
export const TITLE_MAX_CHARS = 300;
/** A line must share this much of its words with the declared title, unless it is styled as a heading. */
export const TITLE_MIN_COVERAGE = 0.8;
/** Score of a candidate: declared-title coverage weighs most, then styling, length (capped), nearness. */
export const TITLE_COVERAGE_WEIGHT = 10;
/** Bonus of a line printed exactly as the declared title or description: beats a module heading that matches none of it. */
export const TITLE_EXACT_BONUS = 4;
/** A declared title taken out of a longer heading must be at least this share of it (a kicker is short). */
export const TITLE_DECLARED_PART_SHARE = 0.5;
/** A label set off by a colon before the declared title in one heading ("Share this Story :") has at most this many words. */
export const TITLE_LABEL_MAX_WORDS = 4;
export const TITLE_LENGTH_CAP_WORDS = 12;
export const TITLE_LENGTH_DIVISOR = 6;
export const TITLE_DISTANCE_PENALTY = 0.15;
/** An unstyled line that repeats the declared title is as often the site banner: it pays this. */
export const TITLE_UNSTYLED_PENALTY = 3;
/** A line where the site's headline stood on most of its pages (a site profile) gains a heading's worth. */
export const TITLE_SITE_BONUS = 3;

// ---------------------------------------------------------------------------------------
// frame

/** Lines after the region read for a trailing date or byline, up to the first chrome heading. */
export const TRAILER_LINES = 7;

/** An element that holds this share of the region's text is the article, whatever its name. */
export const CHROME_MAX_SHARE = 0.3;

/** A line this short after the headline is header chrome (a crumb, a label), not body. */
export const HEADER_SHORT_LINE = 25;

/** Lines at least this long are checked for repeats (slideshows repeat captions; an article does not). */
export const REPEAT_MIN_CHARS = 12;
/**
 * …within this many lines of the last time they stood: a slideshow repeats a caption and its
 * credit a few lines on, while an article's parallel parts (each meal plan, product, interviewee)
 * repeat their short lines farther apart (ScrapingHub body F1 flat from 10 to 20).
 */
export const REPEAT_WINDOW = 12;

/** A link-heavy line shorter than this is a teaser or menu line; longer, a paragraph with links. */
export const LINK_LINE_MAX_CHARS = 300;
/** Share of a line's link text that must cite attached documents for the line to stay in the body (most of it). */
export const ATTACHMENT_LINK_SHARE = 0.6;

/** A line of a sign-up box is at most this long (those of the ScrapingHub pages run to 150): an article's sentence about a newsletter is longer. */
export const PROMO_LINE_MAX = 160;

/** A cue line ("Lượt xem: …", "Chia sẻ") is at most this long, and the cue leaves at most `CUE_LINE_REST` characters. */
export const CUE_LINE_MAX = 60;
export const CUE_LINE_REST = 25;

// ---------------------------------------------------------------------------------------
// sections

/** A bold line up to this long (and `HEADING_MAX_WORDS` words) can be a heading. */
export const HEADING_MAX_CHARS = 160;
export const HEADING_MAX_WORDS = 25;
/** An `<hN>` line up to this long is a heading; longer, a paragraph set as a heading. */
export const MARKUP_HEADING_MAX_CHARS = 250;
/** A line at least this share bold reads as a bold heading. */
export const BOLD_HEADING_SHARE = 0.9;
/** An image this small (px, width or height) is an icon, not an article image. */
export const ICON_MAX_PX = 60;
/** A caption is at most this long. */
export const CAPTION_MAX_CHARS = 300;
/** A line at least this share italic under an image is its caption. */
export const CAPTION_ITALIC_SHARE = 0.6;

// ---------------------------------------------------------------------------------------
// references

/** Characters read back from a typeless code for its document type (law names run long). */
export const REFERENCE_LOOKBACK = 160;

// ---------------------------------------------------------------------------------------
// facts

/**
 * Characters of context kept on each side of a fact's number in `NumericFact.sentence`: a
 * longer sentence is cut at the word boundary inside this window, so an article's size stays
 * linear in its page (a 32 KB paragraph of numbers gave a 257 MB article when every fact
 * copied its whole sentence). 300 keeps 99% of real sentences whole.
 */
export const SENTENCE_WINDOW = 300;

/**
 * Characters before a fact searched for a distributive (`mỗi hộ được hỗ trợ 5 triệu đồng`):
 * the real `mỗi X … N` clauses of the annotated paragraphs span at most ~45; a wider window
 * would let a `mỗi` govern numbers of a later clause.
 */
export const RATE_DISTRIBUTIVE_WINDOW = 60;

/**
 * Items read ahead in a list of bare numbers sharing the last one's unit (`27, 16 và 7 tầng`):
 * real lists have a handful; the bound keeps a run of `1, 2, 3, …` linear.
 */
export const MAX_LIST_ITEMS = 8;

/**
 * How far after a unit or noun a slash may stand with one or two words between
 * (`11.600 tấn lợn hơi/tháng`): two words and their spaces fit; beyond, the slash is another's.
 */
export const RATE_GAP_REACH = 24;

// ---------------------------------------------------------------------------------------
// text renderings (blocks/from-text.ts, blocks/text-lines.ts)

/** Fixed-width renderers wrap at 72–100 columns (lynx 79, w3m 80): wider text was not wrapped. */
export const TEXT_WRAP_MAX_WIDTH = 132;
/** A text is wrapped when this many lines come close to its widest line (one long line is not a wrap width). */
export const TEXT_WRAP_MIN_LINES = 5;
/** Columns a wrapping renderer may leave free at a line's end (a space, a hyphen it kept). */
export const TEXT_WRAP_SLACK = 2;
/** A line in lower case continues the one above when that one fills this share of the wrap width (no-break spaces wrap words as one). */
export const TEXT_WRAP_LOWER_SHARE = 0.7;
/** A line of a date and at most this many words is a dateline ("Thứ Sáu, 08/10/2021 - 14:45"), never a wrapped line's end. */
export const DATELINE_MAX_WORDS = 8;
/** Lines either side whose widest gives the wrap width of a line (a layout column wraps narrower than the page). */
export const TEXT_WRAP_WINDOW = 6;
/** Narrower than this, short lines are menu items, not a wrapped column. */
export const TEXT_WRAP_MIN_COLUMNS = 50;
/** A menu item, link or counter line is at most this long; a run of them is navigation. */
export const MENU_LINE_MAX_CHARS = 60;
/** Consecutive short lines from this many on are a menu or a list of links, not an article's lines. */
export const MENU_RUN_MIN_LINES = 4;
/** A headline has at least this many words (site names and menu items fewer) and at most the second. */
export const TEXT_HEADLINE_MIN_WORDS = 4;
export const TEXT_HEADLINE_MAX_WORDS = 60;
/** A line with a date is a dateline unless it has this many words ("Đăng ngày … Đăng bởi … Lượt xem …" has 9). */
export const TEXT_HEADLINE_DATED_WORDS = 14;
/** Lines above the nearest headline-like line searched for one with a dateline under it (the nearest is then a first subheading). */
export const TEXT_HEADLINE_DATED_LOOKUP = 4;
/** A kicker run into a headline ("Môi trường Phường Yên Sở …") has at most this many words. */
export const TEXT_KICKER_MAX_WORDS = 4;
/** A numbered point's topic, cut before its predicate, has at least this many words ("3. Các phong trào"). */
export const TOPIC_MIN_WORDS = 3;

// ---------------------------------------------------------------------------------------
// site profiles (learnSite, docs/site-profiles.md)

/** A line repeats on at least this many learned pages to be template: one page proves nothing. */
export const SITE_MIN_REPEAT = 2;
/** …and on at least this share of them: the account line of one of a portal's three accounts. */
export const SITE_LINE_SHARE = 0.05;
/** …and is at least this share of its slot's lines: a reporter's byline among body paragraphs is not. */
export const SITE_SLOT_SHARE = 0.1;
/** A slot whose repeated lines make up this share of its lines is template as a whole. */
export const SITE_SLOT_PURITY = 0.8;
/** Lines longer than this are prose, never template (template lines are labels, accounts, counters). */
export const SITE_LINE_MAX_CHARS = 200;
/** The usual container must have held the article on this share of the pages. */
export const SITE_CONTAINER_SHARE = 0.5;
/** Distinct lines and slots a learner keeps (rare ones are dropped first): bounds its memory on any site. */
export const SITE_MAX_LINES = 50_000;
export const SITE_MAX_SLOTS = 20_000;
/** The usual container is preferred while it holds this share of the located region's own (not template) text. */
export const SITE_CONTAINER_MIN_TEXT = 0.5;
/** A saved profile is at most this large; lines beyond it (the rarest) are not kept. */
export const SITE_PROFILE_MAX_BYTES = 1024 * 1024;
/** A page whose template lines would take more than this share of its body does not fit the profile. */
export const SITE_MAX_BODY_SHARE = 0.5;
