/**
 * Regex building blocks and lookups shared by the readers of `facts/`.
 */
import { DOCUMENT_TYPES } from '../lexicon/legal.js';
import { MEASURE_UNITS, NAMED_NUMBER_PHRASES, OTHER_UNIT_SYMBOLS, QUALIFIERS, RANGE_CONNECTORS, SCALE_WORDS, SPELLED_DIGITS, SPELLED_DIGITS_AFTER_TENS, SPELLED_HUNDRED, SPELLED_TEN, SPELLED_TENS, SPELLED_ZERO_HUNDREDS, SPELLED_ZERO_TENS, UNIT_FALSE_FRIENDS } from '../lexicon/numbers.js';
import { ABBREVIATED_NOUNS, COMPOUND_NOUNS, COUNT_NOUNS } from '../lexicon/nouns.js';
import { escapeRegex } from '../text/match.js';

export const L = '\\p{L}\\p{M}';
export const SP = '[ \\u00A0]';

/** An alternation of phrases, longest first, spaces matching any run of spaces. */
export function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegex(p).replace(/ /g, `${SP}+`))
    .join('|');
}

/** Every word of spelled numbers. */
export const SPELLED_TOKENS: ReadonlySet<string> = new Set([
  ...Object.keys(SPELLED_DIGITS), SPELLED_TEN, SPELLED_TENS, SPELLED_HUNDRED, ...SPELLED_ZERO_HUNDREDS.split(' '),
  ...SPELLED_ZERO_TENS, ...Object.keys(SCALE_WORDS),
]);
/** The words that can open a spelled number: a digit or `mười` (`trăm`, `triệu`, `mươi` only continue one). */
export const SPELLED_OPENERS = [...Object.keys(SPELLED_DIGITS).filter((w) => !SPELLED_DIGITS_AFTER_TENS.has(w)), SPELLED_TEN];
// A spelled number below 10^12 has at most 24 words (four groups of `X trăm Y mươi Z` and a scale word).
export const MAX_SPELLED_WORDS = 24;
export const DIGITS = '\\d+(?:[.,]\\d+)*';

/**
 * Where a number may start: a digit run or a word that opens a spelled number. That it does
 * not start inside a word is checked on the character before (a regex look-behind here would
 * be tried at every position of the text and cost more than all the rest).
 */
export const CANDIDATE = new RegExp(`(?:${DIGITS}|(?:${alternation(SPELLED_OPENERS)})(?![${L}]))`, 'giu');
export const WORD_CHAR = new RegExp(`[${L}\\p{N}_]`, 'u');
export const DIGITS_AT = new RegExp(DIGITS, 'y');
export const SCALE_AT = new RegExp(`${SP}*(${alternation(Object.keys(SCALE_WORDS))})(?![${L}])`, 'iuy');
export const SEGMENT_AT = new RegExp(`${SP}+(${DIGITS})${SP}*(${alternation(Object.keys(SCALE_WORDS))})(?![${L}])`, 'iuy');
export const UNIT_AT = new RegExp(`${SP}*(${alternation(Object.keys(MEASURE_UNITS))})(?![${L}\\p{N}])`, 'iuy');
// `đ/c` after a number: a noun written with a slash, tested before the unit `đ`.
export const ABBREVIATED_NOUN_AT = new RegExp(`${SP}+(${alternation(ABBREVIATED_NOUNS)})(?![${L}])`, 'iuy');
// A unit symbol with no normalised unit (`111mm`, `11 GHz`).
export const SYMBOL_AT = new RegExp(`${SP}*(${alternation(OTHER_UNIT_SYMBOLS)})(?![${L}\\p{N}])`, 'iuy');
// A Roman numeral standing as a word (`khóa XI`, `lần thứ II`).
export const ROMAN_AT = new RegExp(`${SP}+[IVXLC]+(?![${L}\\p{N}])`, 'uy');
export const CONNECTOR_AT = new RegExp(`${SP}*(?:${alternation(RANGE_CONNECTORS)})${SP}*(?=[\\d${L}])`, 'iuy');
export const FALSE_FRIEND_AT = new RegExp(`${SP}*(?:${alternation(UNIT_FALSE_FRIENDS)})(?![${L}])`, 'iuy');
export const NAMED_AT = new RegExp(`(?:${alternation(NAMED_NUMBER_PHRASES)})(?![${L}\\p{N}])`, 'iuy');
// A slash and the word after it: the denominator of a rate (`/tháng`, `/ người`).
export const SLASH_WORD_AT = new RegExp(`${SP}?\\/${SP}?([${L}]+)`, 'uy');
export const WORD_AT = new RegExp(`${SP}+([${L}]+)`, 'uy');
export const GLUED_WORD_AT = new RegExp(`[${L}]`, 'uy');
export const LETTERS_AT = new RegExp(`[${L}]+`, 'uy');
export const TIME_AT = /(?:[hHgG]\d{0,2}(?![\p{L}\p{M}\p{N}])|:\d{2}(?!\d))/uy;
export const SLASH_INT_AT = /\/(\d+(?:\.\d{3})*)(?![\d.,]\d)/y;
export const NUMBER_AFTER_AT = new RegExp(`${SP}+\\d`, 'y');
export const CAPITALISED_AT = new RegExp(`${SP}+\\p{Lu}`, 'uy');
export const ACRONYM = /^[\p{Lu}]{2,6}$/u;

export const SCALE_LOOKUP = new Map(Object.entries(SCALE_WORDS));
export const DIGIT_LOOKUP = new Map(Object.entries(SPELLED_DIGITS));
export const QUALIFIER_LOOKUP = new Map(Object.entries(QUALIFIERS));
export const UNIT_LOOKUP = new Map(Object.entries(MEASURE_UNITS).map(([k, v]) => [k.replace(/ +/g, ' '), v]));
export const DOC_TYPES_LOWER = new Set(DOCUMENT_TYPES.map((t) => t.toLowerCase()));
export const COUNT_NOUN_SET = new Set(COUNT_NOUNS);
export const COMPOUNDS_BY_HEAD = new Map<string, string[][]>();
for (const phrase of COMPOUND_NOUNS) {
  const words = phrase.split(' ');
  const head = words[0] ?? '';
  const list = COMPOUNDS_BY_HEAD.get(head) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  COMPOUNDS_BY_HEAD.set(head, list);
}

export const UPPER = /\p{Lu}/u;
export const LETTER = /[\p{L}\p{M}]/u;
export const isUpper = (ch: string | undefined): boolean => ch !== undefined && UPPER.test(ch);
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
export const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
export const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\u00A0';

export function stickyExec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
