/**
 * Numeric facts of Vietnamese text: `gần 2 tỷ đồng`, `44,5 hecta`, `12.860m`, `18/24`,
 * `350 hộ nghèo`, with value, normalised unit, counted noun, hedge and sentence.
 *
 * The scan is linear: one sticky pass over number candidates, each examined through a few
 * anchored regexes on its immediate left and right context. Rules are documented in
 * `docs/facts.md`; the vocabulary lives in `src/lexicon/numbers.ts`.
 */
import type { FactQualifier, FactQuantity, FactUnit, NumericFact } from '../types.js';
import {
  CLASSIFIERS, COMPOUND_NOUNS, COUNT_NOUNS, DATE_CUES, LABEL_EXCEPTIONS, LABEL_PRECEDERS, MEASURE_UNITS,
  LOCATIVE_NOUNS, LOCATIVE_QUALIFIER, QUANTITY_VERBS, MONEY_SCALE_MIN_EXPONENT, NAMED_NUMBER_PHRASES, NON_NOUNS, PERIOD_AFTER_MONTHS, PHONE_CUES, PHONE_FILLERS,
  QUALIFIERS, QUOTE_PAIRS, RANGE_CONNECTORS, RANGE_OPENERS, RATIO_CUES, RATIO_FOLLOWERS, SCALE_WORDS,
  SPELLED_DIGITS, SPELLED_DIGITS_AFTER_TENS, SPELLED_HUNDRED, SPELLED_TEN, SPELLED_TENS, SPELLED_ZERO_HUNDREDS,
  SPELLED_ZERO_TENS, STREET_WORDS, TIME_WORDS, DISTRIBUTIVES, UNIT_FALSE_FRIENDS, YEAR_NAM_PRECEDERS,
} from '../lexicon/numbers.js';
import { DOCUMENT_TYPES } from '../lexicon/legal.js';
import { escapeRegex, lowerCase } from '../text/match.js';
import { SENTENCE_WINDOW } from '../tuning.js';
import { findDocumentRefs } from '../references/index.js';

// ---------------------------------------------------------------------------------------
// Regex building blocks

const L = '\\p{L}\\p{M}';
const SP = '[ \\u00A0]';

/** An alternation of phrases, longest first, spaces matching any run of spaces. */
function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegex(p).replace(/ /g, `${SP}+`))
    .join('|');
}

/** Every word of spelled numbers. */
const SPELLED_TOKENS: ReadonlySet<string> = new Set([
  ...Object.keys(SPELLED_DIGITS), SPELLED_TEN, SPELLED_TENS, SPELLED_HUNDRED, ...SPELLED_ZERO_HUNDREDS.split(' '),
  ...SPELLED_ZERO_TENS, ...Object.keys(SCALE_WORDS),
]);
/** The words that can open a spelled number: a digit or `mười` (`trăm`, `triệu`, `mươi` only continue one). */
const SPELLED_OPENERS = [...Object.keys(SPELLED_DIGITS).filter((w) => !SPELLED_DIGITS_AFTER_TENS.has(w)), SPELLED_TEN];
// A spelled number below 10^12 has at most 24 words (four groups of `X trăm Y mươi Z` and a scale word).
const MAX_SPELLED_WORDS = 24;
const DIGITS = '\\d+(?:[.,]\\d+)*';

/**
 * Where a number may start: a digit run or a word that opens a spelled number. That it does
 * not start inside a word is checked on the character before (a regex look-behind here would
 * be tried at every position of the text and cost more than all the rest).
 */
const CANDIDATE = new RegExp(`(?:${DIGITS}|(?:${alternation(SPELLED_OPENERS)})(?![${L}]))`, 'giu');
const WORD_CHAR = new RegExp(`[${L}\\p{N}_]`, 'u');
const DIGITS_AT = new RegExp(DIGITS, 'y');
const SCALE_AT = new RegExp(`${SP}*(${alternation(Object.keys(SCALE_WORDS))})(?![${L}])`, 'iuy');
const SEGMENT_AT = new RegExp(`${SP}+(${DIGITS})${SP}*(${alternation(Object.keys(SCALE_WORDS))})(?![${L}])`, 'iuy');
const UNIT_AT = new RegExp(`${SP}*(${alternation(Object.keys(MEASURE_UNITS))})(?![${L}\\p{N}])`, 'iuy');
const CONNECTOR_AT = new RegExp(`${SP}*(?:${alternation(RANGE_CONNECTORS)})${SP}*(?=[\\d${L}])`, 'iuy');
const FALSE_FRIEND_AT = new RegExp(`${SP}*(?:${alternation(UNIT_FALSE_FRIENDS)})(?![${L}])`, 'iuy');
const NAMED_AT = new RegExp(`(?:${alternation(NAMED_NUMBER_PHRASES)})(?![${L}\\p{N}])`, 'iuy');
const WORD_AT = new RegExp(`${SP}+([${L}]+)`, 'uy');
const GLUED_WORD_AT = new RegExp(`[${L}]`, 'uy');
const LETTERS_AT = new RegExp(`[${L}]+`, 'uy');
const TIME_AT = /(?:[hHgG]\d{0,2}(?![\p{L}\p{M}\p{N}])|:\d{2}(?!\d))/uy;
const SLASH_INT_AT = /\/(\d+(?:\.\d{3})*)(?![\d.,]\d)/y;
const NUMBER_AFTER_AT = new RegExp(`${SP}+\\d`, 'y');
const CAPITALISED_AT = new RegExp(`${SP}+\\p{Lu}`, 'uy');
const ACRONYM = /^[\p{Lu}]{2,6}$/u;

const SCALE_LOOKUP = new Map(Object.entries(SCALE_WORDS));
const DIGIT_LOOKUP = new Map(Object.entries(SPELLED_DIGITS));
const QUALIFIER_LOOKUP = new Map(Object.entries(QUALIFIERS));
const UNIT_LOOKUP = new Map(Object.entries(MEASURE_UNITS).map(([k, v]) => [k.replace(/ +/g, ' '), v]));
const DOC_TYPES_LOWER = new Set(DOCUMENT_TYPES.map((t) => t.toLowerCase()));
const COUNT_NOUN_SET = new Set(COUNT_NOUNS);
const COMPOUNDS_BY_HEAD = new Map<string, string[][]>();
for (const phrase of COMPOUND_NOUNS) {
  const words = phrase.split(' ');
  const head = words[0] ?? '';
  const list = COMPOUNDS_BY_HEAD.get(head) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  COMPOUNDS_BY_HEAD.set(head, list);
}

const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}\p{M}]/u;
const isUpper = (ch: string | undefined): boolean => ch !== undefined && UPPER.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\u00A0';

function stickyExec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

// ---------------------------------------------------------------------------------------
// Numbers

/** A number read from the text: its value and how it was written. */
interface ReadNumber {
  value: number;
  /** Offset after the number, scale words included. */
  end: number;
  /** Offset after the digits / spelled words, before any scale word. */
  bareEnd: number;
  spelled: boolean;
  /** Power of ten the scale words applied (0 when none). */
  scale: number;
  /** Digits without separators (`2020`), as opposed to `2.020` or `1,5`. */
  plainInt: boolean;
  /** How many spelled words were used (0 for digits). */
  spelledWords: number;
}

/**
 * Parse digits in Vietnamese notation: `.` groups thousands in threes, `,` is the decimal
 * mark (`12.860`, `44,5`, `4.420,6`, `02`). Returns the decimal mantissa as a string
 * (`"4420.6"`) so that scale words can be applied exactly, or null for anything else
 * (`1.2.3`, `1,234.5`, `0234.3551.246`, `0905123456`).
 */
function parseDigitToken(tok: string): string | null {
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(tok);
  if (!m || m[1] === undefined) return null;
  const int = m[1].replace(/\./g, '');
  const grouped = m[1].includes('.');
  // A leading zero only pads short numbers (`02 hecta`); long zero-led runs are phone numbers.
  if (int.length > 1 && int.startsWith('0') && (grouped || int.length > 3) && m[2] === undefined) return null;
  if (grouped && m[1].startsWith('0')) return null;
  return m[2] === undefined ? int : `${int}.${m[2]}`;
}

function withScale(mantissa: string, exponent: number): number {
  return Number(`${mantissa}e${exponent}`);
}

const ZERO_HUNDREDS_DIGIT = SPELLED_ZERO_HUNDREDS.split(' ')[0];

/**
 * Value of the spelled number whose words `word(0)`, `word(1)`, … yield (`mười lăm`,
 * `ba trăm linh năm`, `hai tỷ`) and how many words it used; words are read only as needed.
 */
function parseSpelledWords(word: (i: number) => string | undefined): { value: number; used: number } | null {
  const digit = (w: string | undefined, afterTens: boolean): number | null => {
    if (w === undefined) return null;
    const d = DIGIT_LOOKUP.get(w);
    if (d === undefined) return null;
    if (!afterTens && SPELLED_DIGITS_AFTER_TENS.has(w)) return null;
    // After tens, 5 is written `lăm`: `hai mươi năm` is "twenty years".
    if (afterTens && w === 'năm') return null;
    return d;
  };
  let i = 0;
  let lastScale = Infinity;
  const readGroup = (): number | null => {
    let v = 0;
    let any = false;
    // `không trăm` only continues a number (`một nghìn không trăm linh năm`), never opens one.
    const h = word(i) === ZERO_HUNDREDS_DIGIT && lastScale !== Infinity ? 0 : digit(word(i), false);
    if (h !== null && word(i + 1) === SPELLED_HUNDRED) {
      v += h * 100; i += 2; any = true;
    }
    let tens = false;
    if (word(i) === SPELLED_TEN) {
      v += 10; i += 1; tens = true;
    } else {
      const t = digit(word(i), false);
      if (t !== null && word(i + 1) === SPELLED_TENS) { v += t * 10; i += 2; tens = true; }
      else if (any && word(i) !== undefined && SPELLED_ZERO_TENS.has(word(i) ?? '')) {
        const u = digit(word(i + 1), false);
        if (u !== null) { v += u; i += 2; return v; }
      }
    }
    if (tens) {
      const u = digit(word(i), true);
      if (u !== null) { v += u; i += 1; }
      return v;
    }
    if (any) return v;
    const u = digit(word(i), false);
    if (u === null) return null;
    i += 1;
    return u;
  };
  let total = 0;
  let used = 0;
  for (;;) {
    const start = i;
    const g = readGroup();
    if (g === null) { i = start; break; }
    let exp = 0;
    while (word(i) !== undefined && SCALE_LOOKUP.has(word(i) ?? '') && word(i) !== SPELLED_HUNDRED) {
      exp += SCALE_LOOKUP.get(word(i) ?? '') ?? 0;
      i += 1;
    }
    // Segments go down in scale (`hai tỷ ba trăm triệu`); an unscaled tail only after thousands.
    if (exp >= lastScale || (exp === 0 && lastScale < 3)) { i = start; break; }
    total += g * 10 ** exp;
    used = i;
    lastScale = exp;
    if (exp === 0) break;
  }
  return used === 0 ? null : { value: total, used };
}

/** Read the number starting at `pos` (digits or spelled words, then scale words). */
function readNumberAt(text: string, pos: number): ReadNumber | null {
  if (isDigit(text[pos])) {
    const tok = stickyExec(DIGITS_AT, text, pos);
    if (!tok) return null;
    const mantissa = parseDigitToken(tok[0]);
    if (mantissa === null) return null;
    const bareEnd = pos + tok[0].length;
    let end = bareEnd;
    let exp = 0;
    for (let s = stickyExec(SCALE_AT, text, end); s; s = stickyExec(SCALE_AT, text, end)) {
      exp += SCALE_LOOKUP.get(lowerCase(s[1] ?? '')) ?? 0;
      end += s[0].length;
    }
    let value = withScale(mantissa, exp);
    // `1 tỷ 200 triệu`: further scaled segments of smaller scale add up.
    let lastExp = exp;
    while (lastExp > 0) {
      const seg = stickyExec(SEGMENT_AT, text, end);
      if (!seg) break;
      const segMantissa = parseDigitToken(seg[1] ?? '');
      const segExp = SCALE_LOOKUP.get(lowerCase(seg[2] ?? '')) ?? 0;
      if (segMantissa === null || segExp >= lastExp) break;
      value += withScale(segMantissa, segExp);
      end += seg[0].length;
      lastExp = segExp;
    }
    if (!Number.isFinite(value)) return null;
    return { value, end, bareEnd, spelled: false, scale: exp, plainInt: /^\d+$/.test(tok[0]), spelledWords: 0 };
  }
  // Words are read lazily, so a long run of number words costs no more than the number.
  const words: { w: string; start: number; end: number }[] = [];
  let done = false;
  const word = (i: number): string | undefined => {
    while (!done && words.length <= i && words.length < MAX_SPELLED_WORDS) {
      const at = words.length === 0 ? pos : (words[words.length - 1]?.end ?? pos);
      const m = stickyExec(words.length === 0 ? LETTERS_AT : WORD_AT, text, at);
      const written = m?.[1] ?? m?.[0] ?? '';
      const w = lowerCase(written);
      if (!m || !SPELLED_TOKENS.has(w)) { done = true; break; }
      words.push({ w, start: at + m[0].length - written.length, end: at + m[0].length });
    }
    return words[i]?.w;
  };
  const parsed = parseSpelledWords(word);
  if (!parsed) return null;
  const end = words[parsed.used - 1]?.end ?? pos;
  const scaleAt = words.findIndex((x, k) => k < parsed.used && SCALE_LOOKUP.has(x.w) && x.w !== SPELLED_HUNDRED);
  const bareEnd = scaleAt === -1 ? end : (words[scaleAt]?.start ?? end);
  const scale = scaleAt === -1 ? 0 : Math.floor(Math.log10(parsed.value));
  return { value: parsed.value, end, bareEnd, spelled: true, scale, plainInt: false, spelledWords: parsed.used };
}

/**
 * Parse a number written in Vietnamese notation, alone in `s` (surrounding spaces allowed):
 * `12.860`, `44,5`, `1.234,5`, `02`, `1,5 tỷ`, `1 tỷ 200 triệu`, `hai mươi lăm`, `hai tỷ`.
 * Returns null for anything else (`1.2.3`, `,5`, `1,234.5`). Never throws.
 */
export function parseVietnameseNumber(s: string): number | null {
  if (typeof s !== 'string') return null;
  const t = s.trim();
  const r = readNumberAt(t, 0);
  return r !== null && r.end === t.length ? r.value : null;
}

// ---------------------------------------------------------------------------------------
// Context: what stands left and right of a number

interface WordBefore { word: string; lower: string; start: number }

/** Up to `n` words right before `pos` on the same line, nearest first, joined only by spaces. */
function wordsBefore(text: string, pos: number, n: number): WordBefore[] {
  const out: WordBefore[] = [];
  let i = pos;
  while (out.length < n) {
    let j = i;
    while (j > 0 && isSpace(text[j - 1])) j--;
    if (j === i && out.length > 0) break;
    let k = j;
    while (k > 0 && isLetter(text[k - 1])) k--;
    if (k === j) break;
    const word = text.slice(k, j);
    out.push({ word, lower: lowerCase(word), start: k });
    i = k;
  }
  return out;
}

/** Whether the word at `start` opens a sentence, a line, a list item or a quotation. */
function opensSentence(text: string, start: number): boolean {
  let j = start;
  while (j > 0 && isSpace(text[j - 1])) j--;
  if (j === 0) return true;
  if (/[.!?:;\n\r\-–•*(“"'|]/.test(text[j - 1] ?? '')) return true;
  // After a list label at the start of a line (`a) Cấp 126 con`, `1. Xây dựng`, `II. Kết quả`).
  return /(?:^|\n)[ \t]*(?:[a-zđ]|\d{1,2}|[IVXLC]{1,6})[.)]$/u.test(text.slice(Math.max(0, j - 12), j));
}

/** The longest phrase of `set` made of the last 1–3 words before the number, with its start. */
function phraseBefore(words: readonly WordBefore[], has: (p: string) => boolean): WordBefore | null {
  const phrases: string[] = [];
  let phrase = '';
  for (const w of words.slice(0, 3)) {
    phrase = phrase === '' ? w.lower : `${w.lower} ${phrase}`;
    phrases.push(phrase);
  }
  for (let k = phrases.length; k >= 1; k--) {
    const p = phrases[k - 1] ?? '';
    if (has(p)) return { word: p, lower: p, start: words[k - 1]?.start ?? 0 };
  }
  return null;
}

const hasQualifier = (p: string): boolean => QUALIFIER_LOOKUP.has(p);
const isLabel = (p: string): boolean => LABEL_PRECEDERS.has(p) || DOC_TYPES_LOWER.has(p);

/** What follows a number: a measure unit, or a counted noun phrase. */
interface Tail {
  unit: FactUnit;
  quantity: FactQuantity;
  noun: string | null;
  end: number;
}

/** The noun phrase counted by the number ending at `at`, or null when no noun follows. */
function readNoun(text: string, at: number, spelled: boolean): { noun: string; end: number } | null {
  const words: { w: string; end: number }[] = [];
  let p = at;
  for (let k = 0; k < 5; k++) {
    const m = stickyExec(WORD_AT, text, p);
    if (!m || m[1] === undefined) break;
    // An acronym counts as a noun on its own (`26 CLB`, `3 HTX`).
    if (k === 0 && !spelled && ACRONYM.test(m[1])) return { noun: m[1], end: p + m[0].length };
    // A capitalised head noun still counts when the lexicon knows it (`17 Tổ công nghệ số`).
    if (k === 0 && !/^\p{Ll}/u.test(m[1]) && !(COUNT_NOUN_SET.has(lowerCase(m[1])) || COMPOUNDS_BY_HEAD.has(lowerCase(m[1])))) return null;
    if (k > 0 && !/^\p{Ll}/u.test(m[1])) break;
    p += m[0].length;
    words.push({ w: lowerCase(m[1]), end: p });
  }
  const first = words[0];
  if (!first) return null;
  const compoundAt = (i: number): number => {
    for (const c of COMPOUNDS_BY_HEAD.get(words[i]?.w ?? '') ?? []) {
      if (c.every((w, k) => words[i + k]?.w === w)) return c.length;
    }
    return 0;
  };
  let len = compoundAt(0);
  // A word of both lists (`bao`: `2.500 bao cát` / `bao gồm`) is a noun unless a function word follows.
  if (len === 0 && NON_NOUNS.has(first.w) && !(COUNT_NOUN_SET.has(first.w) && words[1] && !NON_NOUNS.has(words[1].w))) return null;
  if (len === 0 && CLASSIFIERS.has(first.w)) {
    const next = compoundAt(1) || (COUNT_NOUN_SET.has(words[1]?.w ?? '') ? 1 : 0);
    len = next > 0 ? 1 + next : 0;
  }
  if (len === 0) {
    if (spelled && !COUNT_NOUN_SET.has(first.w)) return null;
    // A syllable that is not a counted noun by itself is most often the first half of a
    // two-syllable noun (`cử tri`, `khẩu trang`).
    const second = words[1]?.w;
    len = !COUNT_NOUN_SET.has(first.w) && second !== undefined && !NON_NOUNS.has(second) ? 2 : 1;
  }
  const lastWord = words[len - 1];
  if (!lastWord) return null;
  return { noun: text.slice(at, lastWord.end).trim().replace(/[ \u00A0]+/g, ' '), end: lastWord.end };
}

/** Whether a noun phrase starts with a noun of the lexicon (`thôn`, `tiêu chí`, `số hộ`). */
function isKnownNoun(phrase: string): boolean {
  const words = lowerCase(phrase).split(' ');
  const head = words[0] ?? '';
  return COUNT_NOUN_SET.has(head) || RATIO_FOLLOWERS.includes(head)
    || (COMPOUNDS_BY_HEAD.get(head) ?? []).some((c) => c.every((w, k) => words[k] === w));
}

type TailResult = Tail | 'not-a-fact' | null;

/**
 * The unit or noun after a number ending at `n.end`; `'not-a-fact'` when what follows shows the
 * number is part of a date, a time or an address.
 */
function readTail(text: string, n: ReadNumber): TailResult {
  const u = stickyExec(FALSE_FRIEND_AT, text, n.end) ? null : stickyExec(UNIT_AT, text, n.end);
  if (u && u[1] !== undefined) {
    const unit = UNIT_LOOKUP.get(lowerCase(u[1]).replace(/[ \u00A0]+/g, ' '));
    if (unit) return { unit: unit.unit, quantity: unit.quantity, noun: null, end: n.end + u[0].length };
  }
  // Time of day: `8h30`, `14h`, `7:30`.
  if (!n.spelled && n.scale === 0 && stickyExec(TIME_AT, text, n.end)) return 'not-a-fact';
  if (stickyExec(GLUED_WORD_AT, text, n.end)) return null;
  const noun = readNoun(text, n.end, n.spelled);
  if (noun) {
    const head = lowerCase(noun.noun.split(' ')[0] ?? '');
    if (TIME_WORDS.has(head)) return 'not-a-fact';
    // `45 đường Trần Hưng Đạo` is an address.
    if (STREET_WORDS.has(head) && noun.noun === head && stickyExec(CAPITALISED_AT, text, noun.end)) return 'not-a-fact';
    if (head === 'tháng') {
      // `15 tháng 6` is a date; `6 tháng đầu năm` a calendar period.
      if (stickyExec(NUMBER_AFTER_AT, text, noun.end)) return 'not-a-fact';
      const next = stickyExec(WORD_AT, text, noun.end);
      if (next && PERIOD_AFTER_MONTHS.has(lowerCase(next[1] ?? ''))) return 'not-a-fact';
    }
    return { unit: 'count', quantity: 'count', noun: noun.noun, end: noun.end };
  }
  if (n.scale >= MONEY_SCALE_MIN_EXPONENT) return { unit: 'VND', quantity: 'money', noun: null, end: n.end };
  return null;
}

// ---------------------------------------------------------------------------------------
// Spans where numbers are not facts

interface Span { start: number; end: number }

/** Quotations (“…”, «…», and straight "…" paired on a line): they name campaigns, slogans, titles. */
const OPENERS = new RegExp(`["${Object.keys(QUOTE_PAIRS).map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'gu');

function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  // An opened quotation closes on its own closing mark, or is dropped at a line end.
  // Openers are found by a regex, closers and line ends by indexOf with the next position
  // of each kept until passed: linear however many quotes are left open.
  const next = new Map<string, number>();
  const nextOf = (ch: string, from: number): number => {
    let at = next.get(ch);
    if (at === undefined || (at !== -1 && at < from)) {
      at = text.indexOf(ch, from);
      next.set(ch, at);
    }
    return at;
  };
  OPENERS.lastIndex = 0;
  for (let m = OPENERS.exec(text); m; m = OPENERS.exec(text)) {
    const open = m.index;
    const close = nextOf(m[0] === '"' ? '"' : QUOTE_PAIRS[m[0]]!, open + 1);
    const eol = nextOf('\n', open + 1);
    if (close === -1 || (eol !== -1 && eol < close)) {
      OPENERS.lastIndex = eol === -1 ? text.length : eol + 1;
      continue;
    }
    spans.push({ start: open, end: close + 1 });
    OPENERS.lastIndex = close + 1;
  }
  return spans;
}

const PHONE = new RegExp(
  `(?<![${L}])(?:${alternation(PHONE_CUES)})(?![${L}])(?:[ \\u00A0:()]|(?:${alternation(PHONE_FILLERS)})(?![${L}])){0,40}` +
  `(\\+?\\d[\\d.\\- \\u00A0()]*\\d|\\d)`,
  'giu',
);

const PHONE_HINT = new RegExp(alternation(PHONE_CUES), 'iu');

/** Phone and fax numbers after their cue word (`đường dây nóng 0234.3551.246`, `số điện thoại khẩn cấp 114`). */
function phoneSpans(text: string): Span[] {
  const spans: Span[] = [];
  // The full pattern opens with a look-behind at every position; most texts have no cue at all.
  if (!PHONE_HINT.test(text)) return spans;
  for (const m of text.matchAll(PHONE)) {
    const digits = m[1] ?? '';
    const end = m.index + m[0].length;
    spans.push({ start: end - digits.length, end });
  }
  return spans;
}

/** Sorted span list with a forward-only membership test (candidates come in text order). */
class SpanCursor {
  private i = 0;
  constructor(private readonly spans: Span[]) {
    spans.sort((a, b) => a.start - b.start);
  }
  covers(pos: number): boolean {
    while (this.i < this.spans.length && (this.spans[this.i]?.end ?? 0) <= pos) this.i++;
    for (let k = this.i; k < this.spans.length; k++) {
      const s = this.spans[k];
      if (!s || s.start > pos) return false;
      if (pos < s.end) return true;
    }
    return false;
  }
}

// Sentence ends: terminal punctuation (with closing quotes) before a space, or a line break.
const SENTENCE_END = /[.!?…]+["”’»)]*(?=\s)|\n/g;

/** Offsets where sentences begin, for binary search. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_END)) starts.push(m.index + m[0].length);
  return starts;
}

function sentenceAround(text: string, starts: readonly number[], start: number, end: number): string {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= start) lo = mid; else hi = mid - 1;
  }
  let k = lo + 1;
  while (k < starts.length && (starts[k] ?? 0) < end) k++;
  let from = starts[lo] ?? 0;
  let to = k < starts.length ? (starts[k] ?? text.length) : text.length;
  // A sentence longer than the window is cut at the last word boundary inside it.
  if (start - from > SENTENCE_WINDOW) {
    const cut = text.slice(start - SENTENCE_WINDOW, start).search(/\s/);
    from = cut < 0 ? start : start - SENTENCE_WINDOW + cut;
  }
  if (to - end > SENTENCE_WINDOW) {
    const cut = text.slice(end, end + SENTENCE_WINDOW + 1).search(/\s\S*$/);
    to = cut < 0 ? end : end + cut;
  }
  return text.slice(from, to).trim();
}

// ---------------------------------------------------------------------------------------
// Facts

interface FoundFact {
  rawStart: number;
  rawEnd: number;
  value: number;
  max?: number;
  tail: Tail;
  qualifier: FactQualifier | null;
}

/** Why a candidate is not a fact, decided from the words before it. */
function leftContextBlocks(text: string, pos: number, before: readonly WordBefore[], n: ReadNumber): boolean {
  const prevCh = text[pos - 1];
  // Tails of other tokens: `1,5` seen from `5`, `COVID-19`, `68/12`, `+84`, `#3`.
  if (prevCh === '.' || prevCh === ',') {
    const p2 = text[pos - 2];
    if (p2 === undefined || isDigit(p2) || isSpace(p2) || p2 === '\n') return true;
  }
  if ((prevCh === '-' || prevCh === '/') && /[\p{L}\p{N}]/u.test(text[pos - 2] ?? '')) return true;
  if (prevCh === '+' || prevCh === '#' || prevCh === '№') return true;
  // A number right after another number is a code or a phone number in parts.
  if (isSpace(prevCh) && isDigit(text[pos - 2])) return true;
  const prev = before[0];
  return prev !== undefined && n.spelled && n.value === 5 && n.spelledWords === 1 && YEAR_NAM_PRECEDERS.has(prev.lower);
}

/**
 * Whether the words before the number name it rather than measure with it: a label, address or
 * date word (`số 12`, `tổ 5`, `Điều 5`, `ngày 15`, `năm 2020`) or a capitalised word inside the
 * sentence (`Quận 12`, `Hẻm 68`, `Covid 19`). A named number is no count, but stays a measure
 * when a unit follows (`ngân sách TP 5 tỷ đồng`), and a distributive turns a label back into a
 * plain noun (`mỗi tuần 3 buổi`, `hằng năm 500 suất`).
 */
function namedBefore(text: string, before: readonly WordBefore[], numberEnd: number): boolean {
  const labelled = phraseBefore(before, (p) => isLabel(p) || DATE_CUES.has(p) || LABEL_EXCEPTIONS.has(p));
  // A document type names a number only as a title ("Kế hoạch 45"); in lower case it is a
  // verb or a noun of the sentence ("đã hướng dẫn 436 người dân").
  const verbNotTitle = labelled !== null && DOC_TYPES_LOWER.has(labelled.word) && !LABEL_PRECEDERS.has(labelled.word)
    && !isUpper(text[labelled.start]);
  if (labelled && !verbNotTitle && !LABEL_EXCEPTIONS.has(labelled.word)) {
    const preceding = before[labelled.word.split(' ').length];
    return !(preceding && DISTRIBUTIVES.has(preceding.lower));
  }
  const prev = before[0];
  if (prev === undefined || !isUpper(prev.word[0]) || opensSentence(text, prev.start) || hasQualifier(prev.lower)) return false;
  // An agency acronym before a count of a known noun does not name the number (`UBND 11 phường`).
  const after = stickyExec(WORD_AT, text, numberEnd);
  return !(ACRONYM.test(prev.word) && after?.[1] !== undefined && isKnownNoun(after[1]));
}

/** Read the fact whose number starts at `pos`, or null (with how far to skip) when it is none. */
function readFact(text: string, pos: number): { fact: FoundFact | null; skipTo: number } {
  const n = readNumberAt(text, pos);
  if (!n) {
    // Skip the whole malformed token (a phone number, `1.2.3`), or one spelled word.
    const tok = stickyExec(isDigit(text[pos]) ? DIGITS_AT : LETTERS_AT, text, pos);
    return { fact: null, skipTo: pos + (tok?.[0].length ?? 1) };
  }
  const miss = { fact: null, skipTo: n.spelled ? n.end : n.bareEnd };
  if (stickyExec(NAMED_AT, text, pos)) return miss;
  if (n.spelled && isUpper(text[pos]) && !opensSentence(text, pos)) return miss;
  const before = wordsBefore(text, pos, 3);
  if (leftContextBlocks(text, pos, before, n)) return miss;

  const named = namedBefore(text, before, n.end);
  const q = phraseBefore(before, hasQualifier);
  const qualifier = q ? (QUALIFIER_LOOKUP.get(q.word) ?? null) : null;
  const rawStart = q ? q.start : pos;

  // Ratios and dates written with a slash: `18/24`, `12/14 tổ`, `25/5`, `10/6/2020`, `11/2021`.
  if (!n.spelled && n.scale === 0 && text[n.bareEnd] === '/') {
    if (named) return miss;
    const b = stickyExec(SLASH_INT_AT, text, n.bareEnd);
    if (!b || b[1] === undefined) return miss;
    const bEnd = n.bareEnd + b[0].length;
    if (text[bEnd] === '/' || text[bEnd] === '-') return { fact: null, skipTo: bEnd };
    const num = n.value;
    const den = Number(b[1].replace(/\./g, ''));
    const monthYear = num <= 12 && den >= 1900 && den <= 2100;
    const dayMonth = num <= 31 && den <= 12 && DATE_NEIGHBOURS.has(before[0]?.lower ?? '');
    if (den === 0 || num > den || monthYear || dayMonth) return { fact: null, skipTo: bEnd };
    // `12/34 Nguyễn Trãi` is a house number.
    if (/^[ \u00A0]+\p{Lu}/u.test(text.slice(bEnd, bEnd + 3))) return { fact: null, skipTo: bEnd };
    const noun = readNoun(text, bEnd, false);
    // `2/9`, `1/5` may be a holiday's day and month: a ratio then needs a counted noun after it.
    if (den <= 12 && !(noun && isKnownNoun(noun.noun)) && !RATIO_CUES.has(before[0]?.lower ?? '')) {
      return { fact: null, skipTo: bEnd };
    }
    return {
      fact: {
        rawStart, rawEnd: bEnd, value: num / den, qualifier,
        tail: { unit: 'ratio', quantity: 'ratio', noun: noun?.noun ?? null, end: bEnd },
      },
      skipTo: noun?.end ?? bEnd,
    };
  }

  const tail = readTail(text, n);
  if (tail === 'not-a-fact') return miss;
  if (named && (tail === null || tail.unit === 'count')) return miss;
  // A year: four plain digits 1900–2100, unless a measure unit follows (`2000 m`).
  const year = n.plainInt && n.scale === 0 && n.bareEnd - pos === 4 && n.value >= 1900 && n.value <= 2100;
  if (year && (tail === null || tail.unit === 'count' || tail.unit === 'VND')) return miss;
  if (n.spelled && n.value === 1 && n.spelledWords === 1 && (tail === null || tail.unit === 'count')) return miss;

  // Ranges: `từ 5 đến 7 ha`, `5-7%`, `từ 2 đến 3 tỷ đồng` (one fact with `max`).
  if (tail === null || (tail.unit === 'VND' && tail.end === n.end && n.scale > 0)) {
    const c = stickyExec(CONNECTOR_AT, text, n.end);
    if (c) {
      const yPos = n.end + c[0].length;
      const y = readNumberAt(text, yPos);
      const yTail = y ? readTail(text, y) : null;
      if (y && yTail && yTail !== 'not-a-fact') {
        const low = n.scale === 0 && y.scale > 0 ? n.value * 10 ** y.scale : n.value;
        if (low <= y.value) {
          const opener = before[0] && RANGE_OPENERS.has(before[0].lower) ? before[0] : null;
          const outer = opener ? phraseBefore(wordsBefore(text, opener.start, 3), hasQualifier) : q;
          const rangeQualifier = outer ? (QUALIFIER_LOOKUP.get(outer.word) ?? null) : null;
          const start = outer ? outer.start : opener ? opener.start : pos;
          return {
            fact: { rawStart: start, rawEnd: yTail.end, value: low, max: y.value, tail: yTail, qualifier: rangeQualifier },
            skipTo: yTail.end,
          };
        }
      }
    }
  }
  if (tail === null) return miss;
  if (q?.word === LOCATIVE_QUALIFIER && !QUANTITY_VERBS.has(before[1]?.lower ?? '') && locativeAfter(text, tail)) {
    return { fact: { rawStart: pos, rawEnd: tail.end, value: n.value, tail, qualifier: null }, skipTo: tail.end };
  }
  return { fact: { rawStart, rawEnd: tail.end, value: n.value, tail, qualifier }, skipTo: tail.end };
}

/** True when the counted noun, or the words after a percentage, name a place or an area. */
function locativeAfter(text: string, tail: Tail): boolean {
  const phrase = lowerCase(tail.noun ?? text.slice(tail.end, tail.end + 30).trimStart());
  return LOCATIVE_NOUNS.some((p) => phrase === p || phrase.startsWith(`${p} `) || (tail.noun === null && phrase.startsWith(p)));
}

/** Words before a day/month that make `d/m` a date rather than a ratio (`từ 1/6`, `đến 30/6`). */
const DATE_NEIGHBOURS: ReadonlySet<string> = new Set([
  ...DATE_CUES, 'từ', 'đến', 'tới', 'trước', 'sau', 'hết', 'vào', 'đầu', 'cuối', 'giữa', 'dịp', 'nay',
]);

/**
 * The NFC form of a text that is not NFC, with the offset in the original of every NFC code
 * unit (one extra entry for the end). Each base character and its marks compose on their own,
 * which is all NFC does to Vietnamese.
 */
function toNfc(text: string): { nfc: string; origin: number[] } {
  const origin: number[] = [];
  const parts: string[] = [];
  for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const composed = m[0].normalize('NFC');
    parts.push(composed);
    for (let k = 0; k < composed.length; k++) origin.push(m.index);
  }
  origin.push(text.length);
  return { nfc: parts.join(''), origin };
}

/**
 * The numeric facts stated in `text`, in reading order: measures with their normalised unit,
 * counts with their noun phrase, percentages, ratios and money, each with its hedge and the
 * sentence it stands in. Dates, years, times, phone and house numbers, labels, document
 * numbers and numbers inside quotation marks are left out. `section` is null; `start`/`end`
 * are offsets of `raw` in `text`. Text that is not NFC is read in NFC: the strings of the
 * facts are then NFC while `start`/`end` still index the text as given. Never throws.
 */
export function extractFacts(text: string): NumericFact[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  if (text.normalize('NFC') === text) return factsOfNfc(text);
  const { nfc, origin } = toNfc(text);
  return factsOfNfc(nfc).map((f) => ({ ...f, start: origin[f.start] ?? text.length, end: origin[f.end] ?? text.length }));
}

/** {@link extractFacts} on NFC text. */
function factsOfNfc(text: string): NumericFact[] {
  const masked = new SpanCursor([
    ...quoteSpans(text),
    ...findDocumentRefs(text),
    ...phoneSpans(text),
  ]);
  const starts = sentenceStarts(text);
  const facts: NumericFact[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const pos = m.index;
    if (pos > 0 && WORD_CHAR.test(text[pos - 1]!)) {
      // Inside a word or a code (`COVID19`, `Quận12`): skip the whole token.
      CANDIDATE.lastIndex = pos + m[0].length;
      continue;
    }
    if (masked.covers(pos)) {
      CANDIDATE.lastIndex = pos + m[0].length;
      continue;
    }
    const { fact, skipTo } = readFact(text, pos);
    CANDIDATE.lastIndex = Math.max(skipTo, pos + 1);
    if (!fact) continue;
    facts.push({
      raw: text.slice(fact.rawStart, fact.rawEnd),
      value: fact.value,
      ...(fact.max !== undefined ? { max: fact.max } : {}),
      unit: fact.tail.unit,
      noun: fact.tail.unit === 'count' || fact.tail.unit === 'ratio' ? fact.tail.noun : null,
      quantity: fact.tail.quantity,
      qualifier: fact.qualifier,
      sentence: sentenceAround(text, starts, fact.rawStart, fact.rawEnd),
      section: null,
      start: fact.rawStart,
      end: fact.rawEnd,
    });
  }
  return facts;
}
