/**
 * The text front end: a page's text rendering (lynx, a browser's `innerText`, a WET record,
 * pasted text) as `Block[]`, so that every later stage runs on it unchanged.
 *
 * Text has no tags, so each line's block gets the evidence the HTML front end reads from
 * markup, derived from the text instead, and a stand-in element (`Block.el`) named for the
 * part of the page the line belongs to, in the class vocabulary of the lexicon:
 * - runs of short lines (menus, link lists, counters) and short lines the page repeats are
 *   navigation: link text, in a `menu` box of their own;
 * - the headline (the last headline-like line above the first paragraph of prose) is a
 *   level-1 heading, and the lines above it are the masthead (`banner`);
 * - a label line standing alone ("2. Về xã hội:", "Thứ nhất:") or opening a paragraph ("1.
 *   Về kinh tế: …") is set apart as renderers show the bold they drop: the line, or its label
 *   run up to the colon, is reported as bold.
 */
import { Element } from 'domhandler';
import { COMMENT_CUES, CONTACT_LABELS, FOOTER_CUES, HEADLINE_TOOL_LABELS, NEIGHBOUR_CUES, PAGER_WORDS, PATH_CUES, TAG_LABELS, TAIL_CUES, TOC_CUES } from '../lexicon/boilerplate.js';
import { DATELINE_WORDS } from '../lexicon/dates.js';
import { ORDINAL_PREFIX, ORDINALS, TOPIC_END_WORDS } from '../lexicon/sections.js';
import { escapeRegex, startsWithCue } from '../text/match.js';
import { cleanText } from '../text/normalize.js';
import { parseCredits } from '../text/bylines.js';
import { parseVietnameseDate } from '../text/dates.js';
import { CUE_LINE_MAX, CUE_LINE_REST, HEADING_MAX_CHARS, MENU_LINE_MAX_CHARS, MENU_RUN_MIN_LINES, PROSE_CHARS, TEXT_HEADLINE_DATED_LOOKUP, TEXT_HEADLINE_DATED_WORDS, TEXT_HEADLINE_MAX_WORDS, TEXT_HEADLINE_MIN_WORDS, TEXT_KICKER_MAX_WORDS, TITLE_MAX_CHARS, TOPIC_MIN_WORDS } from '../tuning.js';
import type { Block } from './block.js';
import { inlineItems, isDateline, opensChromeLine, opensMetaLine, readTextLines, SENTENCE_END, type TextLine } from './text-lines.js';

// Tags that say "this is HTML" in the first bytes of a page; text renderings never hold them.
const MARKUP = /<(?:!doctype|html|head|body|meta|title|div|p|br|span|table|td|a\s|img|script|style|h[1-6]|ul|li|font|b|strong|em|i|form|link)[\s>/]/iu;
const MARKUP_SCAN_CHARS = 65_536;

/** True when the input holds no markup: a text rendering rather than HTML. */
export function looksLikeText(input: string): boolean {
  return !MARKUP.test(input.slice(0, MARKUP_SCAN_CHARS));
}

const LABEL = new RegExp(String.raw`^(?:[IVXLC]{1,6}\s*[.)/]|\d{1,2}(?:\.\d{1,2})*\s*[.)/](?!\d)|[a-zđ]\s*[.)](?!\w)|${ORDINAL_PREFIX}\s+(?:${ORDINALS.join('|')})(?![\p{L}\p{N}]))`, 'u');
const RUN_IN_LABEL = /^[^:：]{2,}?[:：](?=\s+\S)/u;
const count = (s: string): number => s.replace(/\s+/gu, '').length;
const words = (s: string): number => s.split(' ').length;

const isProse = (l: TextLine): boolean => l.text.length >= PROSE_CHARS && SENTENCE_END.test(l.text) && l.linkShare < 1;
const isShort = (l: TextLine): boolean => !l.cells && l.text.length <= MENU_LINE_MAX_CHARS && !SENTENCE_END.test(l.text);

/**
 * Lines that are navigation: lines lynx marks as links, short lines the page repeats, and
 * runs of short lines. A run is judged in two parts: from its first cue line on ("Chia sẻ:",
 * "Các tin khác", a counter) it is chrome, whatever its length (a share bar, the lists after
 * an article); the lines before that cue are a menu only when there are enough of them (a
 * byline and a caption are short lines too).
 */
function navigation(lines: readonly TextLine[], repeated: boolean[]): boolean[] {
  const nav = lines.map((l) => l.linkShare >= 1 && l.text.length <= MENU_LINE_MAX_CHARS);
  const first = new Map<string, number>(), last = new Map<string, number>();
  lines.forEach((l, i) => { if (isShort(l)) { if (!first.has(l.text)) first.set(l.text, i); last.set(l.text, i); } });
  lines.forEach((l, i) => {
    if (!isShort(l) || first.get(l.text) === last.get(l.text)) return;
    // A label repeated is a table of contents' entry, then the heading it points to: the last copy is the heading.
    if (LABEL.test(l.text) && last.get(l.text) === i) return;
    nav[i] = true;
    repeated[i] = true;
  });
  let start = 0;
  let cue = -1;
  for (let i = 0; i <= lines.length; i++) {
    const l = lines[i];
    if (l && isShort(l)) {
      if (cue < 0 && opensChromeLine(l.text)) cue = i;
      continue;
    }
    const end = cue < 0 ? i : cue;
    if (end - start >= MENU_RUN_MIN_LINES) for (let k = start; k < end; k++) nav[k] = true;
    if (cue >= 0 && i - start >= MENU_RUN_MIN_LINES) for (let k = cue; k < i; k++) nav[k] = true;
    start = i + 1;
    cue = -1;
  }
  // A tail cue stays out of a menu (the article ends there), and a dateline is the frame's to
  // judge (a Blogger date header above the headline).
  lines.forEach((l, i) => {
    if (labelledLink(l.text)) nav[i] = true;
    else if (nav[i] && (startsWithCue(l.text, TAIL_CUES) !== undefined || (l.linkShare === 0 && isDateline(l.text)))) nav[i] = false;
  });
  return nav;
}

/**
 * The first line of the article's prose: the first prose line of the stretch that holds the
 * most prose, between menus and lines that end an article (a teaser's "Xem thêm").
 */
function firstProse(lines: readonly TextLine[], nav: readonly boolean[]): number {
  let best = -1, bestChars = 0, start = -1, chars = 0;
  for (let i = 0; i <= lines.length; i++) {
    // (A line that ends an article is no sentence: prose lines are not looked at.)
    if (i === lines.length || nav[i] || (!isProse(lines[i]!) && endsArticle(lines[i]!.text))) {
      if (chars > bestChars) { best = start; bestChars = chars; }
      start = -1; chars = 0;
    } else if (isProse(lines[i]!) && startsWithCue(lines[i]!.text, FOOTER_CUES) === undefined) {
      if (start < 0) start = i;
      chars += lines[i]!.text.length;
    }
  }
  return best;
}

// Old portals print the date in brackets after the headline, on its line ("… năng suất cao [05/10/2009]").
const TRAILING_BRACKETED_DATE = /\s*[[(][^\])[(]{6,40}[\])]$/u;

function headlineLike(line: string): boolean {
  const bracketed = TRAILING_BRACKETED_DATE.exec(line);
  const dated = bracketed && bracketed.index > 0 && parseVietnameseDate(bracketed[0]);
  const t = dated ? line.slice(0, bracketed.index) : line;
  const n = words(t);
  if (n < TEXT_HEADLINE_MIN_WORDS || n > TEXT_HEADLINE_MAX_WORDS || t.length > TITLE_MAX_CHARS) return false;
  if (/[:：]$/u.test(t) || SENTENCE_END.test(t) && !/[?!]$/u.test(t) || LABEL.test(t)) return false;
  if (opensMetaLine(t) || startsWithCue(t, PATH_CUES) !== undefined) return false;
  // A dateline names a date and little else; a headline may name one in passing.
  return !(parseVietnameseDate(t) && n < TEXT_HEADLINE_DATED_WORDS);
}

/**
 * The headline: the last headline-like line above the article's first prose (menus run up
 * to the headline in a rendering, so their lines are looked at too), or -1.
 */
function headline(lines: readonly TextLine[], nav: readonly boolean[], prose: number, nearest = false): number {
  // No prose (an article of one line, a notice): the headline is the line with its dateline under it.
  if (prose < 0) return lines.findIndex((l, i) => headlineLike(l.text) && datedBelow(lines, i));
  const end = prose;
  let found = -1;
  for (let i = end - 1; i >= 0; i--) if (headlineLike(lines[i]!.text)) { found = i; break; }
  if (found < 0 || nearest || datedBelow(lines, found)) return found;
  // The nearest candidate is a first subheading when a headline with its dateline under it
  // stands a few lines above ("Tiêu đề" / "08/03/2023 · Ban biên tập" / "Tiểu mục" / prose),
  // counted without a run of menu-like lines that prose stands above (a table's cells, one a
  // line in innerText, between the lead and the rest).
  for (let i = found - 1, seen = 0; i >= 0 && seen < TEXT_HEADLINE_DATED_LOOKUP; i--) {
    let above = i;
    while (above >= 0 && nav[above]) above--;
    if (above < i && above >= 0 && lines[above]!.text.length >= PROSE_CHARS) { i = above + 1; continue; }
    seen++;
    if (headlineLike(lines[i]!.text) && datedBelow(lines, i)) return i;
  }
  return found;
}

/** The line under line `i` is a short dated line: a dateline, or a date among credits and counters. */
function datedBelow(lines: readonly TextLine[], i: number): boolean {
  const t = lines[i + 1]?.text;
  return !!t && t.length <= MENU_LINE_MAX_CHARS && !SENTENCE_END.test(t) && parseVietnameseDate(t) !== null;
}

/** "Các tin khác", "Bài viết liên quan": a short line that opens the lists a portal prints after the article. */
function opensTail(t: string): boolean {
  if (t.length > CUE_LINE_MAX) return false;
  const cue = startsWithCue(t, TAIL_CUES);
  return cue !== undefined && t.length <= cue.length + CUE_LINE_REST;
}

const LEADING_COUNT = /^[(\[]?\d+[)\]]?\s*/u;

/** "(0) Bình luận", "Không có nhận xét nào:": the comments under the article. */
function opensComments(t: string): boolean {
  const bare = t.replace(LEADING_COUNT, '');
  const cue = bare.length <= CUE_LINE_MAX ? startsWithCue(bare, COMMENT_CUES) : undefined;
  return cue !== undefined && bare.length <= cue.length + CUE_LINE_REST && !SENTENCE_END.test(t);
}

const LEADING_ARROWS = /^[«‹<←\s]+/u;

const PAGER_WORD = `(?:${PAGER_WORDS.map(escapeRegex).join('|')})`;
const PAGER = new RegExp(String.raw`^(?:[<«‹←]\s*${PAGER_WORD}|${PAGER_WORD}\s*[>»›→])$`, 'iu');
const BARE_PAGER = new RegExp(String.raw`^${PAGER_WORD}$`, 'iu');
const PAGER_PAIR = new RegExp(String.raw`^${PAGER_WORD}\s+${PAGER_WORD}$`, 'iu');

/** "Trước" / "Tiếp", or "Trước Tiếp": a pager's two links without arrows, a line each or on one line. */
function barePager(t: string, next: string | undefined): boolean {
  return PAGER_PAIR.test(t) || (BARE_PAGER.test(t) && next !== undefined && BARE_PAGER.test(next));
}

/** "Bài trước: …", "« Bài trước", "< Trước", "Điều hướng bài viết": the links to the article's neighbours. */
function opensNeighbours(t: string): boolean {
  if (PAGER.test(t)) return true;
  const bare = t.replace(LEADING_ARROWS, '');
  const cue = startsWithCue(bare, NEIGHBOUR_CUES);
  if (cue === undefined || SENTENCE_END.test(t)) return false;
  return /^\s*[:：»›]/u.test(bare.slice(cue.length)) || bare.length <= cue.length + CUE_LINE_REST;
}

/** "Xem thêm: Lịch tiếp công dân …": a tail cue labelling the one link after it. */
function labelledLink(t: string): boolean {
  if (t.length > MENU_LINE_MAX_CHARS || !/[:：]/u.test(t)) return false;
  const cue = startsWithCue(t, TAIL_CUES);
  return cue !== undefined && /^\s*[:：]\s*\S/u.test(t.slice(cue.length));
}

const TAG_LINE = new RegExp(String.raw`^(?:${TAG_LABELS.map(escapeRegex).join('|')})\s*[:：]`, 'iu');

/**
 * Where the article ends: the first line after its first prose that opens the lists after an
 * article ("Các tin khác"), the links to its neighbours, its comments, its tags ("Từ khóa: …") or the page's
 * footer ("Bản quyền thuộc …"), else the line count.
 * Text has no element that closes the article: the lines from there on are the footer.
 */
function articleEnd(lines: readonly TextLine[], prose: number): number {
  if (prose < 0) return lines.length;
  for (let i = prose + 1; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (endsArticle(t) || barePager(t, lines[i + 1]?.text)) return i;
  }
  return lines.length;
}

/** A line that ends the article it follows: the lists after it, its neighbours, comments, tags, the footer. */
function endsArticle(t: string): boolean {
  if (opensTail(t) || TAG_LINE.test(t)) return true;
  // The links to the neighbours, the comments and the footer are no sentence (most lines are looked at no further).
  return !SENTENCE_END.test(t) && (opensNeighbours(t) || opensComments(t) || startsWithCue(t, FOOTER_CUES) !== undefined);
}

const TOOL_LABEL = `(?:${HEADLINE_TOOL_LABELS.map(escapeRegex).join('|')})`;
// Two or more, so that a headline ending in a word that is also a label keeps it.
const TRAILING_TOOLS = new RegExp(String.raw`(?:\s+${TOOL_LABEL}){2,}$`, 'iu');

/** The headline without the icon links printed after it ("… giai đoạn 2010 - 2020 In E-mail"). */
function withoutTools(t: string): string {
  const m = TRAILING_TOOLS.exec(t);
  return m && m.index > 0 ? t.slice(0, m.index) : t;
}

/** A line under the headline that no reader keeps: a table of contents' heading, a dated account or path line. */
function headerChrome(t: string, next: string | undefined): boolean {
  if (startsWithCue(t, TOC_CUES) !== undefined) return true;
  // A line the next one continues (in lower case: a wrap that was not undone) is a sentence's start.
  const continued = next !== undefined && /^\p{Ll}/u.test(next);
  return !SENTENCE_END.test(t) && !continued && t.length < PROSE_CHARS && parseVietnameseDate(t) !== null && !isDateline(t);
}

/**
 * Tag chips between the body's last sentence and the article's end ("nông thôn mới", "OCOP"):
 * from the first tag-like line (a few words in lower case: a byline or a heading opens in capitals).
 */
// A tag: a few words in lower case, without the punctuation of a sentence or a credit.
const TAG = /^\p{Ll}[^.,;:!?()]{0,40}$/u;

function tagsFrom(lines: readonly TextLine[], prose: number, end: number): number {
  let last = -1;
  for (let i = end - 1; i > prose && last < 0; i--) if (isProse(lines[i]!)) last = i;
  if (last < 0) return end;
  for (let i = last + 1; i < end; i++) if (isShort(lines[i]!) && TAG.test(lines[i]!.text)) return i;
  return end;
}

// Where a kicker may end in a headline: a space, or a small letter run into a capital ("An sinh xã hộiPhường …", innerText of inline boxes).
const KICKER_END = /\s|(?<=\p{Ll})(?=\p{Lu})/gu;

/**
 * The headline without a kicker run into it ("Môi trường Phường Yên Sở nạo vét …"), when the
 * page prints the headline again without it after a label ("Chia sẻ bài viết: Phường Yên Sở
 * nạo vét …"). The kicker is at most a few words; else the line as printed.
 */
function withoutKicker(t: string, lines: readonly TextLine[], head: number): string {
  const cuts = [...t.matchAll(KICKER_END)].slice(0, TEXT_KICKER_MAX_WORDS).map((m) => m.index + (/\s/u.test(m[0]) ? 1 : 0));
  for (const cut of cuts) {
    const rest = t.slice(cut);
    if (words(rest) < TEXT_HEADLINE_MIN_WORDS) break;
    // (A breadcrumb ending with the whole headline ends with its tail too.)
    const printed = lines.some((l, i) => i !== head && l.text.endsWith(rest) && !l.text.endsWith(t) && /[:：]\s*$/u.test(l.text.slice(0, -rest.length)));
    if (printed) return rest;
  }
  return t;
}

const CONTACT = `(?:${CONTACT_LABELS.map(escapeRegex).join('|')})\\s*[:：]`;
const OPENS_CONTACT = new RegExp(String.raw`^${CONTACT}`, 'iu');
const HOLDS_CONTACT = new RegExp(String.raw`\s${CONTACT}`, 'iu');
const UPPER = /^[^\p{Ll}]+$/u;

/**
 * The page's contact block after the body's last sentence ("ỦY BAN NHÂN DÂN XÃ …" / "Địa chỉ:
 * …" / "Điện thoại: … - Email: …"): two contact labels, on one line or on two lines running,
 * start the footer (with the name in capitals above them), when no tail cue did before.
 */
function contactFooter(lines: readonly TextLine[], prose: number, end: number): number {
  if (prose < 0) return end;
  let last = -1;
  for (let i = end - 1; i > prose && last < 0; i--) if (isProse(lines[i]!)) last = i;
  for (let i = Math.max(last, prose) + 1; i < end; i++) {
    const t = lines[i]!.text;
    if (!OPENS_CONTACT.test(t) || !(HOLDS_CONTACT.test(t) || OPENS_CONTACT.test(lines[i + 1]?.text ?? ''))) continue;
    return i - 1 > last && UPPER.test(lines[i - 1]!.text) && isShort(lines[i - 1]!) ? i - 1 : i;
  }
  return end;
}

function box(name: string, role: string, parent: Element): Element {
  const el = new Element(name, role ? { class: role } : {});
  el.parent = parent;
  parent.children.push(el);
  return el;
}

function lineElement(container: Element): Element {
  return box(container.name === 'ul' ? 'li' : 'p', '', container);
}

const TOPIC_END = new RegExp(String.raw`\s(?:${TOPIC_END_WORDS.join('|')})(?![\p{L}\p{N}])`, 'u');

/** "3. Các phong trào khuyến học được quan tâm …": without a colon, the label's topic ends where its predicate starts. */
function topicRun(t: string): string | undefined {
  const m = TOPIC_END.exec(t.slice(0, HEADING_MAX_CHARS));
  if (!m || words(t.slice(0, m.index)) < TOPIC_MIN_WORDS) return undefined;
  return t.slice(0, m.index);
}

/**
 * The bold that a renderer dropped, as a label shows it: a standalone label line is all bold;
 * a label that opens a paragraph is bold up to its colon.
 */
function emphasis(l: TextLine): { boldChars: number; boldPrefix: string } {
  const t = l.text;
  // "Thứ sáu - 15/12/2023": a weekday is an ordinal's words too.
  if (!LABEL.test(t) || isDateline(t)) return { boldChars: 0, boldPrefix: '' };
  if (t.length <= HEADING_MAX_CHARS && !SENTENCE_END.test(t)) return { boldChars: count(t), boldPrefix: t };
  const run = RUN_IN_LABEL.exec(t)?.[0] ?? topicRun(t);
  if (run && run.length <= HEADING_MAX_CHARS) return { boldChars: count(run), boldPrefix: run };
  return { boldChars: 0, boldPrefix: '' };
}

/** Where the article is among the lines: navigation, the headline, the article's end, and chrome lines left out. */
interface Shape { nav: boolean[]; head: number; end: number; skip: boolean[]; linkBody: number; byline: number }

function shape(lines: readonly TextLine[]): Shape {
  const repeated = lines.map(() => false);
  const nav = navigation(lines, repeated);
  const best = firstProse(lines, nav);
  let head = headline(lines, nav, best);
  // The body starts at the first prose under the headline (a lead above a table, in innerText).
  let prose = head >= 0 && head < best ? lines.findIndex((l, i) => i > head && isProse(l)) : best;
  // An article that would end above the page's main prose (a teaser's headline and dateline,
  // taken for the article's, with its "Xem thêm") loses that prose: the headline is then the
  // nearest headline-like line above it.
  if (head >= 0 && head < best && articleEnd(lines, prose) <= best) {
    head = headline(lines, nav, best, true);
    prose = head >= 0 && head < best ? lines.findIndex((l, i) => i > head && isProse(l)) : best;
  }
  // The headline and the lines under it (datelines, credits) are the article's, whatever their
  // length, but for a table of contents (its heading, and entries printed again further down) and
  // dated lines that are no sentence ("Gửi bởi bientap vào Thứ 5, 09/03/2023 - 15:42"): the frame
  // reads dates and credits from every line between headline and body, and keeps none of these.
  if (head >= 0) for (let i = head; i < prose; i++) nav[i] = i !== head && (headerChrome(lines[i]!.text, lines[i + 1]?.text) || (repeated[i]! && nav[i]!));
  if (head >= 0) nav[head] = false;
  const end = contactFooter(lines, prose, articleEnd(lines, prose >= 0 ? prose : head));
  for (let i = tagsFrom(lines, prose, end); i < end; i++) nav[i] = true;
  // Inside the article, a run of short lines that a line ending in a colon introduces ("… như
  // sau:") is a list or a table's cells, one a line; the last line of a run is the heading of
  // the prose under it.
  for (let i = Math.max(head, prose) + 1; i < end; i++) {
    if (!nav[i] || nav[i - 1] || !/[:：]$/u.test(lines[i - 1]!.text)) continue;
    for (let k = i; k < end && nav[k] && !repeated[k] && lines[k]!.linkShare < 1 && !opensChromeLine(lines[k]!.text); k++) nav[k] = false;
  }
  for (let i = Math.max(head, prose) + 1; i < end - 1; i++) {
    if (nav[i] && !repeated[i] && lines[i]!.linkShare < 1 && isShort(lines[i]!) && !opensChromeLine(lines[i]!.text) && isProse(lines[i + 1]!)) nav[i] = false;
  }
  // A labelled dateline after the body ("Ngày đăng: 13/06/2023" above "Các tin khác") stands
  // outside the article as markup prints it, where the frame reads a date after the body.
  if (prose >= 0) for (let i = Math.max(head, prose) + 1; i < end; i++) if (isDateline(lines[i]!.text) && opensMetaLine(lines[i]!.text) && !lines.slice(i + 1, end).some(isProse)) nav[i] = true;
  return { nav, head, end, skip: creditAfterChrome(lines, nav, prose, end), linkBody: linkBody(lines, nav, head, end), byline: headerByline(lines, nav, head, prose) };
}

const DATELINE_WORD_SET = new Set(DATELINE_WORDS);
/** "Thứ Hai", "Chủ nhật": a weekday printed alone, capitalised as a name is. */
const weekday = (t: string): boolean => DATELINE_WORD_SET.has(t.toLowerCase()) || t.toLowerCase().split(' ').every((w) => DATELINE_WORD_SET.has(w));

/**
 * A bare name alone on a line between the headline and the body ("Nhóm PV"): the byline that
 * markup names with a class (`<span class="author">`), which the frame reads before the body
 * only inside such an element; its line's stand-in is named for it. -1 when there is none.
 */
function headerByline(lines: readonly TextLine[], nav: readonly boolean[], head: number, prose: number): number {
  if (head < 0 || prose <= head) return -1;
  for (let i = head + 1; i < prose; i++) {
    const t = lines[i]!.text;
    if (nav[i] || lines[i]!.linkShare > 0 || !isShort(lines[i]!) || parseCredits(t, false).length || isDateline(t) || weekday(t)) continue;
    if (parseCredits(t, true).some((c) => c.kind === 'author')) return i;
  }
  return -1;
}

/**
 * A notice whose only body is a link (the document it announces, "[7]Kế hoạch số 45/KH-UBND …"
 * in lynx with its link numbers): when no line under the headline but datelines and credits is
 * plain text, the longest link there of a headline's length is the body, as text, so that the
 * article is never left empty.
 */
function linkBody(lines: readonly TextLine[], nav: readonly boolean[], head: number, end: number): number {
  if (head < 0) return -1;
  let best = -1;
  for (let i = head + 1; i < end; i++) {
    const l = lines[i]!;
    if (nav[i] || isDateline(l.text) || opensMetaLine(l.text) || parseCredits(l.text, true).length) continue;
    if (l.linkShare < 1) return -1;
    if (words(l.text) >= TEXT_HEADLINE_MIN_WORDS && (best < 0 || l.text.length > lines[best]!.text.length)) best = i;
  }
  return best;
}

/**
 * A byline printed after a share bar ("Chia sẻ:" / "Facebook" / "Nguyễn Văn An"): the article's
 * last credit line, with only chrome between it and the body's last sentence, is the article's,
 * and that chrome is left out, so that the credit closes the body as markup would show it.
 */
function creditAfterChrome(lines: readonly TextLine[], nav: boolean[], prose: number, end: number): boolean[] {
  const skip = lines.map(() => false);
  let last = -1;
  for (let i = end - 1; i > prose && last < 0; i--) if (isProse(lines[i]!)) last = i;
  if (last < 0 || !nav[last + 1]) return skip;
  let credit = -1;
  for (let i = last + 1; i < end && credit < 0; i++) if (nav[i] && !opensChromeLine(lines[i]!.text) && parseCredits(lines[i]!.text, true).length) credit = i;
  if (credit < 0 || lines.slice(last + 1, credit).some((l, k) => !nav[last + 1 + k] && !isShort(l))) return skip;
  for (let i = last + 1; i < credit; i++) skip[i] = true;
  nav[credit] = false;
  return skip;
}

/** The blocks of a text rendering. */
export function textBlocks(input: string): Block[] {
  const lines = readTextLines(input);
  const { nav, head, end, skip, linkBody: asText, byline } = shape(lines);
  const body = new Element('body', {});
  const blocks: Block[] = [];
  let container: Element | null = null;
  let role = '';
  lines.forEach((l, i) => {
    if (skip[i]) return;
    const want = i >= end ? 'footer' : nav[i] ? 'menu' : i < head ? 'banner' : '';
    if (!container || want !== role || i === head) {
      role = want;
      container = box(want === 'menu' ? 'ul' : 'div', want, body);
    }
    const cells = l.cells?.map(cleanText);
    const text = cells ? cells.join(' | ') : cleanText(i === head ? withoutKicker(withoutTools(l.text), lines, head) : l.text);
    const chars = count(text);
    if (!chars) return;
    blocks.push({
      index: blocks.length, kind: cells ? 'row' : 'text', text, ...(cells ? { cells } : {}), el: i === byline ? box('p', 'byline', container) : lineElement(container), heading: i === head ? 1 : 0,
      ...emphasis(l), italicChars: 0, linkChars: nav[i] ? chars : i === asText ? 0 : Math.round(chars * l.linkShare), chars,
      items: cells ? [text] : inlineItems(text), align: 'left',
    });
  });
  return blocks;
}
