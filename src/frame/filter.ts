/**
 * Chrome removal inside the located region: lines inside chrome-like elements (share bars,
 * related lists, tags, ratings), link lists, counters and other lexicon cue lines, and
 * everything after a heading such as "Các tin khác" that starts the blocks portals inject
 * after the article.
 */
import type { Element } from 'domhandler';
import { parseVietnameseDate, wordsBesides } from '../text/dates.js';
import { COMMENT_COUNT_WORDS, COUNTER_ITEMS, COUNTER_OF, EMBED_CLASS_WORDS, LINE_CUES, NEGATIVE_CLASS_WORDS, PAGE_FOOTER_CLASS_WORDS, PHOTO_AGENCIES, PHOTO_CREDIT_LABELS, POSITIVE_CLASS_WORDS, PROMO_PHRASES, TAIL_CUES, WIDGET_LINES } from '../lexicon/boilerplate.js';
import { FOREIGN_DATE_LABELS, FOREIGN_DATELINE_WORDS, ENGLISH_MONTHS, PUBLISHED_DATE_LABELS, UPDATED_DATE_LABELS } from '../lexicon/dates.js';
import { namedLike } from '../parse/dom.js';
import { citesAttachments } from './attachments.js';
import { looksLikeName, parseCredits } from '../text/bylines.js';
import { anyPhrase, escapeRegex, lowerCase, startsWithCue, stripWrapping } from '../text/match.js';
import { lineItems, type Block } from '../blocks/index.js';
import { CHROME_MAX_SHARE, CREDIT_LINE_MAX, CUE_LINE_MAX, CUE_LINE_REST, LINK_LINE_MAX_CHARS, LINK_LIST_DENSITY, PROMO_LINE_MAX, PROSE_CHARS, REPEAT_MIN_CHARS, REPEAT_WINDOW } from '../tuning.js';

// Table internals carry styling classes ("TableHeaderRow") that are not chrome.
const TABLE_PARTS = new Set(['tr', 'td', 'th', 'tbody', 'thead', 'tfoot']);

interface Measures {
  share(e: Element): number;
  linkDensity(e: Element): number;
  /** Plain-text characters of the region outside the element. */
  outside(e: Element): number;
  /** True once the region has shown a prose line (attachment links before any prose are a link list). */
  inBody(): boolean;
}

/**
 * Why a line of the region was dropped as chrome: inside a box of links or an element named
 * like chrome, a short linked line, a line that repeats an earlier one, a chrome cue
 * ("Lượt xem", "Chia sẻ"), or a tail cue ("Các tin khác") and everything after it.
 */
export type ChromeReason = 'link-density' | 'chrome-name' | 'link-line' | 'repeated-line' | 'chrome-cue' | 'tail-cue';

/** Where the chrome filter writes why it dropped a block (a Map serves; `explain` keeps other reasons in the same map). */
export interface ChromeReasons { set(index: number, reason: ChromeReason): unknown }

/** Why this element itself (not its ancestors) reads as chrome, or null when it does not. */
function chromeElement(n: Element, m: Measures): ChromeReason | null {
  if (TABLE_PARTS.has(n.name)) return null;
  // The page's footer, beside a line of prose of the article's own, is chrome even when it
  // outweighs that line (a one-paragraph notice above the portal's address and licence).
  if ((n.name === 'footer' || namedLike(n, PAGE_FOOTER_CLASS_WORDS)) && !namedLike(n, POSITIVE_CLASS_WORDS) && m.outside(n) >= PROSE_CHARS) return 'chrome-name';
  if (m.share(n) >= CHROME_MAX_SHARE) return null;
  // A box of teasers: mostly links, whatever its name ("RELATED" kicker + linked headline).
  if (m.linkDensity(n) > LINK_LIST_DENSITY) return m.inBody() && n.name !== 'li' && citesAttachments(n) ? null : 'link-density';
  // An element named both ways ("post tag-x", "article-meta") is judged by its content, not its name.
  return namedLike(n, NEGATIVE_CLASS_WORDS) && !namedLike(n, POSITIVE_CLASS_WORDS) ? 'chrome-name' : null;
}

/** Why the element or an ancestor below the region's roots is chrome, or null (answers cached per element). */
function inChrome(el: Element, roots: ReadonlySet<Element>, m: Measures, memo: Map<Element, ChromeReason | null>): ChromeReason | null {
  const path: Element[] = [];
  let result: ChromeReason | null = null;
  for (let n: Element | null = el; n && !roots.has(n); n = n.parent as Element | null) {
    const known = memo.get(n);
    if (known !== undefined) { result = known; break; }
    path.push(n);
    result = chromeElement(n, m);
    // A post embedded in the article (a tweet, an Instagram post) is the article's, whatever
    // box the embed code wrapped it in ("social-media-embed", "video-container").
    if (result || (n.name === 'blockquote' && namedLike(n, EMBED_CLASS_WORDS))) break;
  }
  for (const n of path) memo.set(n, result);
  return result;
}

// A comment section's heading counts its comments: "1 comment", "3 thoughts on “…”".
const COMMENT_COUNT = new RegExp(String.raw`^\(?\d{1,5}\)?\s+(?:${COMMENT_COUNT_WORDS.join('|')})(?![\p{L}])`, 'iu');

/** True when a short line opens a chrome block after the article ("Các tin khác", "Bình luận", ...). */
export function isTailCue(b: Block): boolean {
  if (b.kind !== 'text' || b.text.length > CUE_LINE_MAX) return false;
  const cue = startsWithCue(b.text, TAIL_CUES) ?? COMMENT_COUNT.exec(b.text)?.[0];
  return cue !== undefined && b.text.length <= cue.length + CUE_LINE_REST;
}


const WIDGETS = new Set(WIDGET_LINES);
const COUNTER = new RegExp(String.raw`^(?:(?:${COUNTER_ITEMS.join('|')})\s*)?\d{1,3}\s*(?:${COUNTER_OF.map(escapeRegex).join('|')})\s*\d{1,3}$`, 'u');
const PROMO = anyPhrase(PROMO_PHRASES);

/** True for a line that is a widget's label or a slideshow counter and nothing else ("Advertisement", "Image 1 of 5"). */
function isWidgetLine(text: string): boolean {
  if (text.length > CUE_LINE_MAX) return false;
  const lower = lowerCase(text).replace(/[\s.…:!]+$/u, '');
  return WIDGETS.has(lower) || COUNTER.test(lower);
}

const AGENCY_LAST = new RegExp(String.raw`[/|,]\s*(?:${PHOTO_AGENCIES.join('|')})$`, 'u');

/**
 * True for a line that only credits a photo: a credit label ("Photo: Hau Dinh, AP", "(Image:
 * GETTY )"), or names and an agency last ("Biplov Bhuyan/Getty Images"); a caption that
 * describes the picture has words in lower case.
 */
function isPhotoCredit(text: string): boolean {
  if (text.length > CUE_LINE_MAX) return false;
  const bare = stripWrapping(text);
  if (startsWithCue(bare, PHOTO_CREDIT_LABELS) !== undefined) return true;
  return AGENCY_LAST.test(lowerCase(bare)) && bare.split(/[\s/|,]+/u).every((w) => !w || /^\P{Ll}/u.test(w));
}

/** True for a counter, share, print or copyright line, a widget's label, a photo credit, or a line of a sign-up box. */
export function isCueLine(b: Block): boolean {
  if (b.kind !== 'text') return false;
  if (b.text.length <= PROSE_CHARS && startsWithCue(b.text, LINE_CUES) !== undefined) return true;
  return isWidgetLine(b.text) || isPhotoCredit(b.text) || (b.text.length <= PROMO_LINE_MAX && PROMO.test(lowerCase(b.text)));
}

// A time of day standing alone, as a meta line's item ("24/01/2024 | 16:45").
const TIME_ONLY = /^\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?\s*(?:SA|CH|AM|PM)?$/iu;
const META_PHRASES = [...LINE_CUES, ...PUBLISHED_DATE_LABELS, ...UPDATED_DATE_LABELS]
  .sort((a, b) => b.length - a.length);
const HAS_META_PHRASE = anyPhrase(META_PHRASES);

/**
 * True for a dateline or a line of counters ("Thứ Hai, 15/11/2021 | 08:30 Lượt xem: 2.102"):
 * once the date, its labels and chrome cues are taken out, at most two words are left.
 */
export function isMetaLine(text: string): boolean {
  if (text.length > CREDIT_LINE_MAX) return false;
  if (TIME_ONLY.test(text)) return true;
  const lower = lowerCase(text);
  // The phrase test first: one regex scan, cheaper than reading a date; a line with none of
  // the phrases has none to take out either.
  const phrased = HAS_META_PHRASE.test(lower);
  if (!phrased && !parseVietnameseDate(text)) return false;
  return wordsBesides(lower, phrased ? META_PHRASES : []) <= 2 && !isSignature(text);
}

const MONTHS = ENGLISH_MONTHS.join('|');
// "November 20", "Nov. 19", "18th November": a spelled month beside a day number.
const SPELLED_DATE = new RegExp(String.raw`(?<!\p{L})(?:${MONTHS})\.?\s*\d{1,2}(?!\d)|(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})(?!\p{L})`, 'u');
const DATELINE_WORD = new Set([...FOREIGN_DATELINE_WORDS, ...ENGLISH_MONTHS]);
const DATE_LABEL = new Set(FOREIGN_DATE_LABELS);

/**
 * "Updated 5:27 am CST, Wednesday, November 20, 2019", "Published: 10:48, Tue, Nov 19, 2019":
 * a date spelled in English (or a labelled time), and at most one word besides its labels,
 * weekdays and time zones (an agency's name). A sentence with a date has more.
 */
function isEnglishDateline(text: string): boolean {
  // Both tests need a digit (case does not change digits): most lines of prose stop here.
  if (!ANY_DIGIT.test(text)) return false;
  const lower = lowerCase(text);
  // Word by word, to stop at the second word that no dateline has (a sentence's second word).
  let others = 0, labelled = false;
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(lower); m; m = LETTERS.exec(lower)) {
    if (!DATELINE_WORD.has(m[0]) && ++others > 1) return false;
    labelled ||= DATE_LABEL.has(m[0]);
  }
  return SPELLED_DATE.test(lower) || (/\d{1,2}:\d{2}/u.test(lower) && labelled);
}

const ANY_DIGIT = /\d/;
const LETTERS = /\p{L}+/gu;

/** "Minh Trí – 19/08/2024 15:40": a name before the date makes a dated signature, not a dateline. */
function isSignature(text: string): boolean {
  const name = stripWrapping(text.split(/\d/u)[0]!.replace(/[\s,–—|:-]+$/u, ''));
  const words = name.split(' ').filter(Boolean);
  return words.length >= 2 && looksLikeName(name) && wordsBesides(name.toLowerCase(), []) === words.length;
}

/**
 * True for a line that ends with a labelled publication or update date ("Trang chủ >> Tin
 * hoạt động >> Cập nhật: 08:15 - 12/05/2023"): table-layout portals print the article's
 * date at the end of the breadcrumb. An unlabelled date there is today's, not the article's.
 */
export function closesWithDateline(b: Block): boolean {
  if (b.kind !== 'text') return false;
  const last = lineItems(b).at(-1);
  if (!last || !isMetaLine(last) || !parseVietnameseDate(last)) return false;
  const lower = lowerCase(last);
  return [...PUBLISHED_DATE_LABELS, ...UPDATED_DATE_LABELS].some((l) => lower.includes(l));
}

// "Chuyên mục: Môi trường": a short label and its value, as meta lines list them.
const LABEL_VALUE = /^[\p{L} ]{2,25}[:：]\s*\S.{0,40}$/u;

/**
 * True for a meta line, judged on its items when the line has several (inline runs, or parts
 * between dots and bars): a date or chrome item, the others dates, cues or "Label: value"
 * pairs — but no credit, which the credits stage reads and removes itself. An English dateline
 * is a meta line of the body only: the credits stage reads its items as before.
 */
export function isMetaBlock(b: Block): boolean {
  if (b.kind !== 'text') return false;
  if (isMetaLine(b.text) || isEnglishDateline(b.text)) return true;
  const items = lineItems(b);
  if (items.length < 2) return false;
  let meta = 0;
  for (const item of items) {
    if (isMetaLine(item)) meta++;
    else if (!LABEL_VALUE.test(item) || parseCredits(item, false).length) return false;
  }
  return meta > 0;
}

/**
 * Keeps the blocks of the region that are article content. With `why`, each dropped block's
 * index is recorded with its reason (for `explain`; nothing is recorded otherwise).
 */
export function dropChrome(blocks: readonly Block[], roots: readonly Element[], why?: ChromeReasons): Block[] {
  const rootSet = new Set(roots);
  const chars = new Map<Element, [prose: number, links: number]>();
  let total = 0;
  // Consecutive lines of one element climb its ancestors once, as one run.
  for (let i = 0; i < blocks.length;) {
    const el = blocks[i]!.el;
    let n = 0, links = 0;
    for (; i < blocks.length && blocks[i]!.el === el; i++) {
      n += blocks[i]!.chars - blocks[i]!.linkChars;
      links += blocks[i]!.linkChars;
    }
    total += n;
    for (let e: Element | null = el; e && !rootSet.has(e); e = e.parent as Element | null) {
      const c = chars.get(e);
      if (c) { c[0] += n; c[1] += links; } else chars.set(e, [n, links]);
    }
  }
  const m: Measures = {
    inBody: () => false,
    share: (e) => (total ? (chars.get(e)?.[0] ?? 0) / total : 0),
    outside: (e) => total - (chars.get(e)?.[0] ?? 0),
    linkDensity: (e) => {
      const c = chars.get(e);
      return c && c[0] + c[1] > 0 ? c[1] / (c[0] + c[1]) : 0;
    },
  };
  let prose = 0;
  // A region without a line of prose (a short article that is its attached document): its attachment links are the body.
  const noProse = !blocks.some((b) => b.kind === 'text' && b.chars >= PROSE_CHARS && b.linkChars / b.chars <= LINK_LIST_DENSITY);
  m.inBody = () => prose > 0 || noProse;
  const seen = new Map<string, number>();
  const memo = new Map<Element, ChromeReason | null>();
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const chrome = inChrome(b.el, rootSet, m, memo);
    if (chrome) { why?.set(b.index, chrome); continue; }
    // Slideshows repeat a caption and its credit a few lines on; an article's parallel parts
    // (each plan, product, interviewee) repeat their short lines farther apart, and stay.
    if (b.kind === 'text' && b.chars >= REPEAT_MIN_CHARS) {
      const at = seen.get(b.text);
      seen.set(b.text, i);
      if (at !== undefined && i - at <= REPEAT_WINDOW) { why?.set(b.index, 'repeated-line'); continue; }
    }
    if (b.kind === 'text') {
      if (prose > 0 && isTailCue(b)) {
        if (why) for (const rest of blocks.slice(i)) why.set(rest.index, 'tail-cue');
        break;
      }
      if (isCueLine(b)) { why?.set(b.index, 'chrome-cue'); continue; }
      if (b.linkChars / b.chars > LINK_LIST_DENSITY && b.chars < LINK_LINE_MAX_CHARS && !(m.inBody() && citesAttachments(b.el))) { why?.set(b.index, 'link-line'); continue; }
      if (b.chars >= PROSE_CHARS) prose++;
    }
    out.push(b);
  }
  return out;
}
