/**
 * What stands right of a number: its unit (`ha`, `m2`, `tỷ đồng`, `%`) or the noun it counts
 * (`350 hộ nghèo`), and the fact they make.
 */
import { AMBIGUOUS_SPELLED, ANNIVERSARY_AFTER_YEARS, CALENDAR_LABEL_WORDS, DATE_CUES, LABEL_PRECEDERS, LOCATIVE_NOUNS, MONEY_SCALE_MIN_EXPONENT, NON_NOUNS, OTHER_UNIT_SYMBOLS, PERIOD_AFTER_MONTHS, RATIO_FOLLOWERS, STREET_WORDS, TIME_WORDS } from '../lexicon/numbers.js';
import { ABBREVIATED_NOUNS, AGENT_SUFFIXES, CLASSIFIERS, PLURAL_MARKERS, PREPOSITION_NOUNS, RELATIONAL_NOUNS } from '../lexicon/nouns.js';
import { MONTH_WORD, YEAR_WORD } from '../lexicon/dates.js';
import { lowerCase } from '../text/match.js';
import type { FactQualifier, FactQuantity, FactUnit } from '../types.js';
import type { ReadNumber } from './numbers.js';
import { ABBREVIATED_NOUN_AT, ACRONYM, isSpace, CAPITALISED_AT, COMPOUNDS_BY_HEAD, COUNT_NOUN_SET, FALSE_FRIEND_AT, GLUED_WORD_AT, isDigit, LETTERS_AT, NUMBER_AFTER_AT, ROMAN_AT, SLASH_WORD_AT, stickyExec, SYMBOL_AT, TIME_AT, UNIT_AT, UNIT_LOOKUP, WORD_AT } from './patterns.js';

/** A number read with its tail and hedge, before it becomes a `NumericFact`. */
export interface FoundFact {
  rawStart: number;
  rawEnd: number;
  value: number;
  max?: number;
  tail: Tail;
  qualifier: FactQualifier | null;
  /** Filled by `completeFact` (`rates.ts`). */
  per?: string | null;
  part?: number;
  whole?: number;
  /** Where the rate's slash denominators stand when not right after `raw` (a list item: `33, 66 và 88.000 đồng/tháng`). */
  perAt?: number;
}

/** What reading a candidate gives: a fact or none, and where the scan goes on. */
export interface FactRead { fact: FoundFact | null; skipTo: number }

export interface Tail {
  unit: FactUnit;
  quantity: FactQuantity;
  noun: string | null;
  end: number;
}

/** The noun phrase counted by the number ending at `at`, or null when no noun follows. */
export function readNoun(text: string, at: number, spelled: boolean): { noun: string; end: number } | null {
  const words: { w: string; end: number }[] = [];
  let p = at;
  for (let k = 0; k < 5; k++) {
    const m = stickyExec(WORD_AT, text, p);
    if (!m || m[1] === undefined) break;
    // An acronym counts as a noun on its own (`26 CLB`, `3 HTX`).
    if (k === 0 && !spelled && ACRONYM.test(m[1])) return { noun: m[1], end: p + m[0].length };
    // A capitalised head noun still counts when the lexicon knows it (`17 Tổ công nghệ số`).
    if (k === 0 && !/^\p{Ll}/u.test(m[1])) {
      if (!(COUNT_NOUN_SET.has(lowerCase(m[1])) || COMPOUNDS_BY_HEAD.has(lowerCase(m[1])))) return null;
      // A compound of the lexicon in title case is a noun (`01 Phó Chủ tịch UBND`).
      const titled = compoundInAnyCase(text, at, lowerCase(m[1]));
      if (titled) return titled;
      // A capitalised noun followed by another capitalised word is a name (`789 Giải Phóng`).
      if (stickyExec(CAPITALISED_AT, text, p + m[0].length)) return null;
    }
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
  // `1.500 từ` (words) at a clause's end or before a function word; `từ` with an object is "from".
  const prepositionNoun = PREPOSITION_NOUNS.has(first.w)
    && (words[1] === undefined ? !/^[ \u00A0]*[\d"“]/u.test(text.slice(first.end, first.end + 4)) : NON_NOUNS.has(words[1].w));
  if (len === 0 && NON_NOUNS.has(first.w) && !prepositionNoun && !(COUNT_NOUN_SET.has(first.w) && words[1] && !NON_NOUNS.has(words[1].w))) return null;
  if (prepositionNoun) len = 1;
  if (len === 0 && CLASSIFIERS.has(first.w)) {
    // A classifier takes the noun it classifies (`7 ngôi nhà`, `4 cuốn sách`, `3 con bò`).
    const second = words[1]?.w;
    const next = compoundAt(1) || (second !== undefined && !NON_NOUNS.has(second) && !CLASSIFIERS.has(second) ? 1 : 0);
    len = next > 0 ? 1 + next : 0;
  }
  if (len === 0) {
    if (spelled && !COUNT_NOUN_SET.has(first.w)) return null;
    // A syllable that is not a counted noun by itself is most often the first half of a
    // two-syllable noun (`cử tri`, `khẩu trang`).
    const second = words[1]?.w;
    len = !COUNT_NOUN_SET.has(first.w) && second !== undefined && !NON_NOUNS.has(second) ? 2 : 1;
  }
  if (AGENT_SUFFIXES.has(words[len]?.w ?? '')) len += 1;
  const lastWord = words[len - 1];
  if (!lastWord) return null;
  return { noun: text.slice(at, lastWord.end).trim().replace(/[ \u00A0]+/g, ' '), end: lastWord.end };
}

const isLabelWord = (noun: string): boolean => {
  const w = lowerCase(noun);
  return LABEL_PRECEDERS.has(w) || DATE_CUES.has(w);
};

/** A compound of the lexicon with head `head` at `at`, whatever the case of its words. */
function compoundInAnyCase(text: string, at: number, head: string): { noun: string; end: number } | null {
  for (const c of COMPOUNDS_BY_HEAD.get(head) ?? []) {
    if (c.length < 2) continue;
    let p = at;
    let ok = true;
    for (const w of c) {
      const m = stickyExec(WORD_AT, text, p);
      if (!m || lowerCase(m[1] ?? '') !== w) { ok = false; break; }
      p += m[0].length;
    }
    if (ok) return { noun: text.slice(at, p).trim().replace(/[ \u00A0]+/g, ' '), end: p };
  }
  return null;
}

/** Whether a noun phrase starts with a noun of the lexicon (`thôn`, `tiêu chí`, `số hộ`). */
export function isKnownNoun(phrase: string): boolean {
  const words = lowerCase(phrase).split(' ');
  const head = words[0] ?? '';
  return COUNT_NOUN_SET.has(head) || RATIO_FOLLOWERS.includes(head)
    || (COMPOUNDS_BY_HEAD.get(head) ?? []).some((c) => c.every((w, k) => words[k] === w));
}

const AMBIGUOUS_SPELLED_WORDS = new Set(AMBIGUOUS_SPELLED);
// First letters of abbreviations and symbols: most numbers are followed by neither, and a
// character test spares the alternation.
const ABBREVIATED_HEADS = new Set(ABBREVIATED_NOUNS.map((a) => a.slice(0, 2)));
const SYMBOL_HEADS = new Set(OTHER_UNIT_SYMBOLS.map((a) => a.slice(0, 2)));
/** Whether a unit symbol may start at `at`: its first two letters (or a one-letter symbol) are one's. */
function symbolAhead(text: string, at: number): boolean {
  const two = text.slice(at, at + 2).toLowerCase();
  return SYMBOL_HEADS.has(two) || SYMBOL_HEADS.has(two[0] ?? '');
}
const PLURAL_HEADS = new Set([...PLURAL_MARKERS].flatMap((w) => [w[0] ?? '', (w[0] ?? '').toUpperCase()]));
const ROMAN_HEADS = new Set(['I', 'V', 'X', 'L', 'C']);
const ANNIVERSARY_HEADS = new Set([...ANNIVERSARY_AFTER_YEARS].flatMap((w) => [w[0] ?? '', (w[0] ?? '').toUpperCase()]));

/** Whether a spelled number needs a noun of the lexicon to count: one ambiguous word (`một`, `năm`, `ba`). */
const strictSpelled = (n: ReadNumber): boolean => n.spelledWords === 1 && AMBIGUOUS_SPELLED_WORDS.has(n.firstWord ?? '');

export type TailResult = Tail | 'not-a-fact' | null;

/**
 * The unit or noun after a number ending at `n.end`; `'not-a-fact'` when what follows shows the
 * number is part of a date, a time or an address.
 */
export function readTail(text: string, n: ReadNumber): TailResult {
  // `2 đ/c` (comrades) begins like the unit `đ`.
  const abbreviated = ABBREVIATED_HEADS.has(text.slice(n.end + 1, n.end + 3)) ? stickyExec(ABBREVIATED_NOUN_AT, text, n.end) : null;
  if (abbreviated?.[1] !== undefined) return { unit: 'count', quantity: 'count', noun: abbreviated[1], end: n.end + abbreviated[0].length };
  const u = stickyExec(FALSE_FRIEND_AT, text, n.end) ? null : stickyExec(UNIT_AT, text, n.end);
  if (u && u[1] !== undefined) {
    const unit = UNIT_LOOKUP.get(lowerCase(u[1]).replace(/[ \u00A0]+/g, ' '));
    if (unit) return { unit: unit.unit, quantity: unit.quantity, noun: null, end: n.end + u[0].length };
  }
  // Time of day: `8h30`, `14h`, `7:30`.
  if (!n.spelled && n.scale === 0 && stickyExec(TIME_AT, text, n.end)) return 'not-a-fact';
  const symbol = n.spelled || !symbolAhead(text, isSpace(text[n.end]) ? n.end + 1 : n.end) ? null : stickyExec(SYMBOL_AT, text, n.end);
  if (symbol && symbol[1] !== undefined && (symbol[0].length === symbol[1].length || symbol[1].length > 1)) {
    return { unit: 'count', quantity: 'count', noun: symbol[1], end: n.end + symbol[0].length };
  }
  if (stickyExec(GLUED_WORD_AT, text, n.end)) {
    // `40ca/ngày`: a counted noun of the lexicon glued to the number.
    const glued = n.spelled ? null : stickyExec(LETTERS_AT, text, n.end);
    const word = glued ? lowerCase(glued[0]) : '';
    return glued && COUNT_NOUN_SET.has(word) && glued[0] === word && !isDigit(text[n.end + word.length])
      ? { unit: 'count', quantity: 'count', noun: word, end: n.end + word.length } : null;
  }
  const noun = readNoun(text, n.end, n.spelled && strictSpelled(n)) ?? (n.spelled ? null : nounAfterPlural(text, n.end));
  if (noun) {
    // `Trung ương 4 khóa XI`: a label word with its Roman numeral after it names one (term XI),
    // it counts none (`2 giải I` does count prizes).
    if (ROMAN_HEADS.has(text[noun.end + 1] ?? '') && isLabelWord(noun.noun) && stickyExec(ROMAN_AT, text, noun.end)) return 'not-a-fact';
    const head = lowerCase(noun.noun.split(' ')[0] ?? '');
    if (n.spelled && RELATIONAL_NOUNS.has(head)) return null;
    // `8 giờ` is a time of day; `24 giờ/ngày` a duration per day.
    if (TIME_WORDS.has(head) && !stickyExec(SLASH_WORD_AT, text, noun.end)) return 'not-a-fact';
    // `45 đường Trần Hưng Đạo` is an address.
    if (STREET_WORDS.has(head) && noun.noun === head && stickyExec(CAPITALISED_AT, text, noun.end)) return 'not-a-fact';
    // `15 tháng 6` is a date, `hai năm 2015 - 2016` two named years.
    if (CALENDAR_LABEL_WORDS.has(head) && noun.noun === head && stickyExec(NUMBER_AFTER_AT, text, noun.end)) return 'not-a-fact';
    // `130 năm ngày Quốc tế lao động` names an anniversary.
    if (head === YEAR_WORD && noun.noun === head && ANNIVERSARY_HEADS.has(text[noun.end + 1] ?? '')) {
      const next = stickyExec(WORD_AT, text, noun.end);
      if (next && ANNIVERSARY_AFTER_YEARS.has(lowerCase(next[1] ?? ''))) return 'not-a-fact';
    }
    if (head === MONTH_WORD) {
      // `6 tháng đầu năm` is a calendar period.
      const next = stickyExec(WORD_AT, text, noun.end);
      if (next && PERIOD_AFTER_MONTHS.has(lowerCase(next[1] ?? ''))) return 'not-a-fact';
    }
    return { unit: 'count', quantity: 'count', noun: noun.noun, end: noun.end };
  }
  if (n.scale >= MONEY_SCALE_MIN_EXPONENT) return { unit: 'VND', quantity: 'money', noun: null, end: n.end };
  return null;
}


/** The noun after a plural marker right after the number (`101 các tiêu chuẩn ngành`), or null. */
function nounAfterPlural(text: string, at: number): { noun: string; end: number } | null {
  if (!PLURAL_HEADS.has(text[at + 1] ?? '')) return null;
  const m = stickyExec(WORD_AT, text, at);
  if (!m || !PLURAL_MARKERS.has(lowerCase(m[1] ?? ''))) return null;
  const noun = readNoun(text, at + m[0].length, false);
  return noun && /^\p{Ll}/u.test(noun.noun) ? noun : null;
}

/** True when the counted noun, or the words after a percentage, name a place or an area. */
export function locativeAfter(text: string, tail: Tail): boolean {
  const phrase = lowerCase(tail.noun ?? text.slice(tail.end, tail.end + 30).trimStart());
  return LOCATIVE_NOUNS.some((p) => phrase === p || phrase.startsWith(`${p} `) || (tail.noun === null && phrase.startsWith(p)));
}
