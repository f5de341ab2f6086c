/**
 * The lines of a text rendering (`lynx -dump`, `w3m -dump`, a browser's `innerText`, a WET
 * record, pasted text) as the page's own lines: what the renderer added is taken off
 * (bullets, `[image]` / `[name.gif]` marks, link numbers `[12]`, form fields, lynx's
 * "References" list) and lines a fixed-width renderer wrapped are joined again.
 */
import { FOOTER_CUES, LINE_CUES, NEIGHBOUR_CUES, TAIL_CUES, TOC_CUES, VIEW_COUNT_WORDS } from '../lexicon/boilerplate.js';
import { ACCOUNT_LABELS, AUTHOR_LABELS, SOURCE_LABELS } from '../lexicon/credits.js';
import { OTHER_DATE_LABELS, PUBLISHED_DATE_LABELS, UPDATED_DATE_LABELS } from '../lexicon/dates.js';
import { anyPhrase, lowerCase, startsWithCue } from '../text/match.js';
import { parseVietnameseDate } from '../text/dates.js';
import { looksLikeName } from '../text/bylines.js';
import { nfc } from '../text/normalize.js';
import { CREDIT_LINE_MAX, DATELINE_MAX_WORDS, TEXT_WRAP_LOWER_SHARE, TEXT_WRAP_MAX_WIDTH, TEXT_WRAP_MIN_COLUMNS, TEXT_WRAP_MIN_LINES, TEXT_WRAP_SLACK, TEXT_WRAP_WINDOW } from '../tuning.js';

/** A line of the rendering, as the page held it. */
export interface TextLine {
  text: string;
  /** A blank line stood before it (a paragraph break in every renderer). */
  gapBefore: boolean;
  /** The renderer marked it as a list item (`*`, `+`, `•`, `□`, …). */
  bullet: boolean;
  /** Share of its characters that the renderer marked as link text (lynx's `[12]`). */
  linkShare: number;
  /** A table row's cells, when the renderer set them apart (tabs in `innerText`, wide gaps in lynx). */
  cells?: string[];
}

// Lynx's list bullets by nesting depth, and the glyphs browsers and converters print for `<li>`.
const RENDER_BULLET = /^(?:[*•□■▪◦●○#@]|o(?=\s))\s+/u;
const BARE_BULLET = /^[*•□■▪◦●○#@+]$/u;
// `+` is lynx's second-level bullet, but authors also type "+ " before sub-points: only
// taken off inside a list lynx drew (a `*` line just above).
const NESTED_BULLET = /^\+\s+/u;
const IMAGE_MARK = /\[(?:image|img|inline|link|embed|embedded object|[^\]\s/]{1,80}\.(?:gif|jpe?g|png|svg|webp|bmp|ico))\]/giu;
const LINK_NUMBER = /\[\d{1,5}\]/gu;
const HAS_LINK_NUMBER = /\[\d{1,5}\]/u;
const FORM_FIELD = /_{3,}|\((?:BUTTON|RADIO|CHECKBOX|TEXTAREA)\)|\[(?:BUTTON|X| )\]|\(\s?\)/gu;
const REFERENCES = /^\s*(?:References|Visible links:?|Hidden links:?)\s*$/u;
const REFERENCE_ITEM = /^\s*\d{1,5}\.\s+\S/u; // a URL may hold spaces ("mailto:?subject=[Shared Post]")
const FIRST_WORD = /^\S+/u;
// Cell gaps: browsers put a tab between table cells, fixed-width renderers three spaces or more
// (prose never has them: HTML collapses its spaces).
const CELL_GAP = /\t|(?<=\S) {3,}(?=\S)/u;
const CELL_GAPS = /\t+| {3,}/u;
/** A tab or a run of three spaces inside the line: cells (the plain substring tests first, as most lines have neither). */
const hasCellGap = (t: string): boolean => (t.includes('\t') || t.includes('   ')) && CELL_GAP.test(t);
// Inline boxes that a browser's innerText runs together: "05/08/202105/08/2021" is two dates.
// A counter's digits, zero-padded as portals print them, before a line in capitals.
const LEADING_COUNTER = /^(\d{5,})(?:\t+|\s+)(?=\p{Lu})/u;
const GLUED_DATE = /(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?=\d)/gu;

/** Where lynx's "References" list starts (every line after it blank, a link, or a list heading), else the line count. */
function referencesStart(raw: readonly string[]): number {
  for (let i = raw.length - 1; i >= 0; i--) {
    if (!REFERENCES.test(raw[i]!)) continue;
    let j = i + 1;
    while (j < raw.length && (!raw[j]!.trim() || REFERENCE_ITEM.test(raw[j]!) || REFERENCES.test(raw[j]!))) j++;
    if (j === raw.length) {
      // The last heading found from the end may be "Hidden links:": step up to "References".
      let k = i;
      for (let u = i - 1; u >= 0 && (!raw[u]!.trim() || REFERENCE_ITEM.test(raw[u]!) || REFERENCES.test(raw[u]!)); u--) if (REFERENCES.test(raw[u]!)) k = u;
      return k;
    }
    return raw.length;
  }
  return raw.length;
}

/**
 * The width a fixed-width renderer wrapped at, or 0 when the text was not wrapped (browsers,
 * WET records and pasted text keep a paragraph on one line).
 */
function wrapWidth(raw: readonly string[]): number {
  let width = 0;
  // A table row is padded to the page's width by the renderer: it tells nothing of the wrap width.
  for (const l of raw) if (columns(l) > width && l.trim().includes(' ') && !hasCellGap(l.trim())) width = columns(l);
  if (width === 0 || width > TEXT_WRAP_MAX_WIDTH) return 0;
  let near = 0;
  for (const l of raw) if (columns(l) >= width - TEXT_WRAP_SLACK * 4) near++;
  return near >= TEXT_WRAP_MIN_LINES ? width : 0;
}

// Lines that open like a meta line (dates, counters, credits, "Các tin khác").
const META_OPENERS = [...LINE_CUES, ...TOC_CUES, ...PUBLISHED_DATE_LABELS, ...UPDATED_DATE_LABELS, ...OTHER_DATE_LABELS, ...AUTHOR_LABELS, ...ACCOUNT_LABELS, ...SOURCE_LABELS, ...TAIL_CUES];
const HAS_CREDIT_LABEL = anyPhrase([...AUTHOR_LABELS, ...ACCOUNT_LABELS].map((l) => `${l}:`));

/** True for a line that opens like a dateline, a counter, a credit or a tail heading, or holds a credit label. */
export function opensMetaLine(t: string): boolean {
  return startsWithCue(t, META_OPENERS) !== undefined || HAS_CREDIT_LABEL.test(lowerCase(t)) || isDateline(t);
}

/** "Thứ Sáu, 08/10/2021 - 14:45": a date and a few words. */
export function isDateline(t: string): boolean {
  // Every date has a digit: most lines are judged without the date parser.
  return /\d/u.test(t) && t.trim().split(/\s+/u).length <= DATELINE_MAX_WORDS && parseVietnameseDate(t) !== null;
}

// The labels a line's items open with, without their colon (some cues hold one: "hôm nay:").
const INNER_LABELS = new Set(META_OPENERS.map((l) => l.replace(/[:：]$/u, '')));
const LABEL_MAX_WORDS = Math.max(...[...INNER_LABELS].map((l) => l.split(' ').length));

/**
 * The inline items of a short line, as markup would have set them apart: renderers join inline
 * elements with a space, so an item is cut before each label with a colon inside the line
 * ("Pho Ban bien tap Lượt xem: 1.088").
 */
export function inlineItems(t: string): string[] {
  if (t.length > CREDIT_LINE_MAX) return [t];
  const count = VIEW_COUNT.exec(t);
  if (!/[:：]/u.test(t) && !count) return [t];
  const cuts: number[] = count ? [count.index + 1] : [];
  for (const m of t.matchAll(/[:：]/gu)) {
    const before = t.slice(0, m.index).trimEnd();
    const words = before.split(' ');
    // The longest label that the colon closes, with words before it on the line.
    for (let n = Math.min(LABEL_MAX_WORDS, words.length - 1); n >= 1; n--) {
      const label = words.slice(-n).join(' ');
      if (INNER_LABELS.has(label.toLowerCase())) { cuts.push(before.length - label.length); break; }
    }
  }
  if (!cuts.length) return [t];
  cuts.sort((a, b) => a - b);
  return [0, ...cuts].map((from, k) => t.slice(from, cuts[k] ?? t.length).trim()).filter(Boolean);
}

// "… Tác giả: Lê Minh 673 lượt xem": a view counter after the line's last item.
const VIEW_COUNT = new RegExp(String.raw`\s\d[\d.,]*\s+(?:${VIEW_COUNT_WORDS.join('|')})$`, 'iu');

const CHROME_OPENERS = [...LINE_CUES, ...TAIL_CUES, ...TOC_CUES, ...NEIGHBOUR_CUES, ...FOOTER_CUES];

/** True for a line that opens like chrome: a counter, a share or print bar, "Các tin khác", a table of contents, neighbour links, a footer. */
export function opensChromeLine(t: string): boolean {
  return startsWithCue(t, CHROME_OPENERS) !== undefined;
}

/** A line that ends a sentence. */
export const SENTENCE_END = /[.!?…;]["”»)]*$/u;

const indentOf = (l: string): number => l.length - l.trimStart().length;
/** Columns as the renderer counted them: code points of the line as it printed it (a decomposed page's marks count). */
function columns(l: string): number {
  // Counted as `[...l.trimEnd()].length` counts (a pair of surrogates is one, a lone one one), without the array.
  const s = l.trimEnd();
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

// A path or a labelled line that ends in a date ("Trang chủ >> Nông nghiệp >> Cập nhật: 16:40 - 22/08/2023").
const DATED_PATH = /(?:>>|[»›>]|[:：]).*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/u;

/** A line in capitals after a path or a labelled line that ends in a date starts a line of its own: the headline under it. */
function afterDatedPath(prev: string, t: string): boolean {
  return /^\p{Lu}/u.test(t) && DATED_PATH.test(prev);
}

/**
 * Joins the lines a renderer wrapped: the next line's first word would not have fitted. The
 * width is the widest line nearby, not of the page: a column in a layout table wraps narrower.
 */
function unwrap(raw: readonly string[]): string[] {
  if (!wrapWidth(raw)) return raw.map(nfc);
  // Table rows: see wrapWidth.
  const cols = raw.map((l) => (hasCellGap(l.trim()) ? 0 : columns(l)));
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = nfc(raw[i]!);
    const t = line.trim();
    const prev = i > 0 ? raw[i - 1]! : '';
    let width = 0;
    for (let k = Math.max(0, i - TEXT_WRAP_WINDOW); k < Math.min(raw.length, i + TEXT_WRAP_WINDOW); k++) width = Math.max(width, cols[k]!);
    const word = FIRST_WORD.exec(raw[i]!.trim())?.[0] ?? '';
    // A dateline or credit under a long headline is its own line, though its first word would not
    // have fitted; so is a byline under the last sentence of the body ("… có hiệu lực." / "Hoàng Long").
    // A line in lower case after an unfinished long one continues it, though its first word seems
    // to fit: words joined by no-break spaces wrap as one, and print as spaces.
    const wrapped = () => cols[i - 1]! + 1 + columns(word) > width - TEXT_WRAP_SLACK
      || (/^\p{Ll}/u.test(t) && !SENTENCE_END.test(prev.trim()) && cols[i - 1]! >= width * TEXT_WRAP_LOWER_SHARE);
    // (Cheap tests first: most lines of a page are not wrapped.)
    const continues = out.length > 0 && prev.trim() && t && width >= TEXT_WRAP_MIN_COLUMNS && wrapped() && indentOf(line) >= indentOf(prev)
      && !hasCellGap(t) && !RENDER_BULLET.test(t) && !opensMetaLine(t) && !(SENTENCE_END.test(prev.trim()) && looksLikeName(t)) && !afterDatedPath(prev.trim(), t);
    if (continues) out[out.length - 1] = `${out[out.length - 1]!.trimEnd()} ${t}`;
    else out.push(line);
  }
  return out;
}

/** The page's lines from its text rendering (as printed: wrap widths are measured before NFC), in NFC. */
export function readTextLines(input: string): TextLine[] {
  const raw = input.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').split('\n');
  const lines = unwrap(raw.slice(0, referencesStart(raw)));
  const out: TextLine[] = [];
  let gap = false;
  let lastListLine = -Infinity;
  lines.forEach((line, i) => {
    let t = line.trim();
    let bullet = false;
    // An empty list item: the bullet alone.
    if (BARE_BULLET.test(t)) t = '';
    else if (RENDER_BULLET.test(t)) { t = t.replace(RENDER_BULLET, ''); bullet = true; lastListLine = i; }
    else if (NESTED_BULLET.test(t) && i - lastListLine <= 10) { t = t.replace(NESTED_BULLET, ''); bullet = true; lastListLine = i; }
    // (Each mark holds a bracket, an underscore or a digit: most lines are left as they are.)
    if (/[[(_]/u.test(t)) t = t.replace(IMAGE_MARK, ' ').replace(FORM_FIELD, ' ');
    if (/\d/u.test(t)) t = t.replace(GLUED_DATE, '$1 ');
    // "Số lượt truy cập" / "0089542<tab>Xã Tân Phước …": a layout table printed a counter's value on the next line's start; it goes back to its label.
    const counter = LEADING_COUNTER.exec(t);
    const label = out[out.length - 1];
    if (counter && label && opensChromeLine(label.text) && !/\d/u.test(label.text)) {
      label.text = `${label.text} ${counter[1]}`;
      t = t.slice(counter[0].length);
    }
    let linkShare = 0;
    if (HAS_LINK_NUMBER.test(t)) {
      // Lynx numbers each link where it starts: a line that opens with one is a link (a menu
      // item, a teaser); links inside prose are a small share of their paragraph.
      const opens = /^\[\d{1,5}\]/u.test(t);
      t = t.replace(LINK_NUMBER, '');
      linkShare = opens ? 1 : 0;
    }
    // A bar of links or share buttons is spaced like cells, but it is chrome, not a table.
    const cells = hasCellGap(t) && linkShare === 0 && !opensChromeLine(t) ? t.split(CELL_GAPS).map((c) => c.replace(/\s+/gu, ' ').trim()).filter(Boolean) : [];
    t = (/\s{2}|[^\S ]/u.test(t) ? t.replace(/\s+/gu, ' ') : t).trim();
    if (!t) { gap = true; return; }
    // "Tiêu đề:<tab>Xã Quảng Phú …": a label and its value side by side are a line, not a table row.
    const labelled = cells.length === 2 && /[:：]$/u.test(cells[0]!);
    out.push({ text: t, gapBefore: gap, bullet, linkShare, ...(cells.length > 1 && !labelled ? { cells } : {}) });
    gap = false;
  });
  return out.map((l, i) => (l.cells && !out[i - 1]?.cells && !out[i + 1]?.cells && l.cells.some((c) => isDateline(c) || opensMetaLine(c))
    // A lone "row" holding a dateline or a credit is a line of inline items spaced apart ("Thứ sáu - 15/12/2023 09:12   Đăng bởi: admin").
    ? { text: l.cells.join(' | '), gapBefore: l.gapBefore, bullet: l.bullet, linkShare: l.linkShare } : l));
}
