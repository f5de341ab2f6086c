/**
 * The data model shared by every stage: what `extract` returns and what the
 * serializers, feeds and crawler consume. Field names are stable (semver).
 */

/** A body section: an optional heading and the paragraphs under it. */
export interface Section {
  /** The section heading (real `<h2>`–`<h6>` or a pseudo-heading), trailing colon removed; null for the untitled opening section. */
  heading: string | null;
  /** Nesting depth: 1 for the outermost headings ("I.", `<h2>`), 2 for those under them ("1.", `<h3>`), ...; 0 for the untitled opening section. */
  level: number;
  /** Paragraphs in reading order: plain text, NFC, whitespace collapsed. A table row is one paragraph with cells joined by ` | `. */
  paragraphs: string[];
}

/** An image of the article body. */
export interface ArticleImage {
  /** Absolute URL when the page URL is known, else as written in the page. */
  src: string;
  /** The `alt` text, or null. */
  alt: string | null;
  /** The caption printed with the image (`<figcaption>`, a caption cell or line), or null. */
  caption: string | null;
}

/** Normalised measure units of a {@link NumericFact}; `count` for everything counted by a noun. */
export type FactUnit =
  | 'ha' | 'm' | 'm2' | 'km' | 'km2' | 'm3'
  | 't' | 'kg'
  | 'VND' | 'USD'
  | '%' | 'ratio' | 'count';

/** The kind of quantity a {@link NumericFact} measures. */
export type FactQuantity =
  | 'area' | 'length' | 'money' | 'count' | 'percent' | 'ratio' | 'mass' | 'volume' | 'other';

/**
 * A hedge or a bound of a number: gần (nearly), hơn / trên (over), khoảng / ước (about),
 * dưới (under); bounds `atLeast` (ít nhất, tối thiểu, không dưới, từ … trở lên) and `atMost`
 * (không quá, tối đa, không vượt quá, … trở xuống). A bound outranks a hedge.
 */
export type FactQualifier = 'nearly' | 'over' | 'about' | 'under' | 'atLeast' | 'atMost';

/** A number the article states, with its unit and where it stands. */
export interface NumericFact {
  /** The exact span of text, e.g. `gần 2 tỷ đồng`. */
  raw: string;
  /** The number, scale words applied (`1,5 tỷ đồng` → 1500000000; `18/24` → 0.75). */
  value: number;
  /** For a range (`từ 5 đến 7 ha`): the upper bound, while `value` holds the lower one. Absent otherwise. */
  max?: number;
  /** The normalised unit. */
  unit: FactUnit;
  /** For counts, the counted noun phrase as written (`hộ nghèo`); null for measures. */
  noun: string | null;
  /** What the number measures. */
  quantity: FactQuantity;
  /** The hedge or bound of the number, or null. */
  qualifier: FactQualifier | null;
  /**
   * The denominator of a rate as written, lower-cased: `tháng` in `5 triệu đồng/tháng`,
   * `người/tháng` in `2 triệu đồng/người/tháng`, `hộ` in `mỗi hộ được hỗ trợ 5 triệu đồng`; null otherwise.
   */
  per: string | null;
  /** For a part of a whole (`18/24 tiêu chí`, `72/160 tỷ đồng`): the part (18; 72e9), else null. */
  part: number | null;
  /** For a part of a whole: the whole (24; 160e9), in the unit of `value` for measures, else null. */
  whole: number | null;
  /** The sentence the fact stands in, cut at a word boundary to at most 300 characters (`SENTENCE_WINDOW`) on each side of `raw`. */
  sentence: string;
  /** Index into {@link Article.sections}; null when the text did not come from an article. */
  section: number | null;
  /** Offset of `raw` in the text it was extracted from ({@link Article.text} for an article). */
  start: number;
  /** End offset (exclusive) of `raw`. */
  end: number;
}

/** A news article extracted from a portal page. */
export interface Article {
  /** `options.url`, else the page's canonical / `og:url` link, else null. */
  url: string | null;
  /** The headline, NFC, whitespace collapsed; empty string when the page has none. */
  title: string;
  /** ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss+07:00` when a time is given; null when the page gives none. */
  publishedAt: string | null;
  /**
   * The byline as printed, without labels; when the page prints none, the authors it declares
   * in metadata joined with ", "; null when there is neither. A CMS account line ("admin
   * admin", the account slot of a portal) is never the author: see `postedBy`.
   */
  author: string | null;
  /**
   * Every credited person or desk, in order: the printed byline split where it joins names
   * ("A, B và C"), else the authors declared in JSON-LD, `article:author`, `<meta
   * name="author">` or `rel="author"` (never the site's own name). Empty when none.
   */
  authors: string[];
  /**
   * The CMS account that posted the article, as printed ("admin admin", "Pho Ban bien tap",
   * a staff account's name in the account slot), without its label; null when none is printed.
   */
  postedBy: string | null;
  /** The "Nguồn:" / "Theo ..." attribution, without the label; null when there is none. */
  source: string | null;
  /** The sapo / bold intro when the article has one, else null. It is also the first paragraph of `text`. */
  lead: string | null;
  /** The body in reading order. */
  sections: Section[];
  /** The whole clean body: lead, headings and paragraphs separated by a blank line. */
  text: string;
  /** Images of the body. */
  images: ArticleImage[];
  /** Numeric facts stated in the body, in reading order. */
  facts: NumericFact[];
  /** Legal documents cited in the body, normalised, each once, in order of first citation. */
  documentRefs: string[];
  /** Always `vi`. */
  language: 'vi';
}

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** The URL the page was fetched from: resolves relative links and becomes `Article.url`. */
  url?: string;
  /** The HTTP `Content-Type` header, whose charset outranks the page's own `<meta charset>` (as in browsers). */
  contentType?: string;
  /** Refuse inputs larger than this many bytes (UTF-16 code units for strings) with `ExtractError('TOO_LARGE')`. Default 50 MiB. */
  maxBytes?: number;
  /** Stop parsing after this many DOM nodes and extract from what was parsed. Default 1,000,000. */
  maxNodes?: number;
  /**
   * What the input is: `'html'`, or `'text'` for a page's text rendering (`lynx -dump`, a
   * browser's `innerText`, a WET record, pasted text; docs/text-input.md). Default: `'text'`
   * when the input holds no markup, else `'html'`.
   */
  format?: 'html' | 'text';
  /**
   * A profile of the page's site ({@link SiteProfile}, from `learnSite`): its template lines
   * leave the body and its usual article container is preferred. Evidence only: a page that
   * does not fit the profile is extracted as without one.
   */
  site?: SiteProfile;
}

/** A slot of a page: an element's tag, classes and id, with its two nearest ancestors (digits read as `0`). */
export type SiteSlot = string;

/**
 * What `learnSite` learned about one site from its pages: plain JSON, versioned
 * (docs/site-profiles.md). Every entry says on how many of the learned pages it held.
 */
export interface SiteProfile {
  format: 'ward-news/site-profile';
  version: 1;
  /** Pages learned from, and the hosts they came from (when their URLs were given). */
  pages: number;
  hosts: string[];
  /** Lines that repeat in the same slot on many pages (normalised: lower case, digits as `0`). */
  templateLines: { slot: SiteSlot; text: string; pages: number }[];
  /** Slots whose every line is template (an account line printed under each article). */
  templateSlots: { slot: SiteSlot; pages: number }[];
  /** The slots of the elements that held the article on most pages, or null. */
  container: { roots: SiteSlot[]; pages: number } | null;
  /** The slot of the line taken as the headline on most pages, or null. */
  title: { slot: SiteSlot; pages: number } | null;
}

/** One article link of a category (listing) page. */
export interface ListingEntry {
  /** Absolute URL of the article. */
  url: string;
  /** The link text or the title printed beside it, or null. */
  title: string | null;
  /** The date printed beside the link (same format as {@link Article.publishedAt}), or null. */
  publishedAt: string | null;
}

/** What a category page links to. */
export interface Listing {
  /** The listing's own URL (options.url or canonical), or null. */
  url: string | null;
  /** The article links of the list itself, absolute, de-duplicated, in page order (sidebars excluded). */
  articles: ListingEntry[];
  /** Absolute URL of the next page of the list, or null. */
  nextPage: string | null;
  /** Absolute URLs of feeds the page advertises (`<link rel="alternate" type="application/rss+xml">`). */
  feeds: string[];
}
