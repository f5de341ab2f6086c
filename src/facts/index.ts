/**
 * Numeric facts of Vietnamese text: `gần 2 tỷ đồng`, `44,5 hecta`, `12.860m`, `18/24`,
 * `350 hộ nghèo`, with value, normalised unit, counted noun, hedge and sentence.
 *
 * The scan is linear: one sticky pass over number candidates, each examined through a few
 * anchored regexes on its immediate left and right context. Rules are documented in
 * `docs/facts.md`; the vocabulary lives in `src/lexicon/numbers.ts` and `nouns.ts`. This file is the candidate
 * scan; the readers it calls are `numbers.ts` (values), `qualifiers.ts` (left context), `units.ts`
 * (units and nouns), `ranges.ts` (ranges, ratios), `masks.ts` (quotes, phones), `sentence.ts`.
 */
import { YEAR_WORD } from '../lexicon/dates.js';
import { ANNIVERSARY_BEFORE_YEARS, BOUNDED_NOUNS, LOCATIVE_QUALIFIER, QUANTITY_VERBS, RANGE_OPENERS } from '../lexicon/numbers.js';
import { PLURAL_MARKERS } from '../lexicon/nouns.js';
import { lowerCase } from '../text/match.js';
import type { NumericFact } from '../types.js';
import { findDocumentRefs } from '../references/index.js';
import { phoneSpans, quoteSpans, SpanCursor } from './masks.js';
import { bracketedRepeatEnd, readNumberAt, type ReadNumber } from './numbers.js';
import { CANDIDATE, DIGITS_AT, isDigit, isSpace, isUpper, LETTERS_AT, NAMED_AT, QUALIFIER_LOOKUP, SLASH_WORD_AT, stickyExec, SYMBOL_AT, WORD_AT, WORD_CHAR } from './patterns.js';
import { leftContextBlocks, namedBefore, opensSentence, phraseBefore, qualifierBefore, type WordBefore, wordsBefore } from './qualifiers.js';
import { type ListMemo, readDashRange, readListItem, readRange, readRatio } from './ranges.js';
import { sentenceAround, sentenceStarts } from './sentence.js';
import { boundAfter, completeFact, newScanState } from './rates.js';
import { locativeAfter, readTail, type FactRead } from './units.js';
import { nfc as inNfc } from '../text/normalize.js';

export { parseVietnameseNumber } from './numbers.js';




const PLURAL_HEADS = new Set([...PLURAL_MARKERS].map((w) => w[0]));

/**
 * `Ban chỉ đạo 389 các quận`: a number between a capitalised name and a plural marker names a
 * body (Steering Committee 389); it counts the noun after `các` only in running text
 * (`hủy bỏ 101 các tiêu chuẩn ngành`).
 */
function pluralAfterName(text: string, n: ReadNumber, before: readonly WordBefore[]): boolean {
  if (!isSpace(text[n.end]) || !PLURAL_HEADS.has(text[n.end + 1] ?? '')) return false;
  const m = stickyExec(WORD_AT, text, n.end);
  if (!m || !PLURAL_MARKERS.has(lowerCase(m[1] ?? ''))) return false;
  return before.some((w) => isUpper(w.word[0]) && !opensSentence(text, w.start));
}

/** Read the fact whose number starts at `pos`, or null (with how far to skip) when it is none. */
function readFact(text: string, pos: number, memo: ListMemo): FactRead {
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
  const q = qualifierBefore(text, before);
  const qualifier = q ? (QUALIFIER_LOOKUP.get(q.word) ?? null) : null;
  const rawStart = q ? q.start : pos;

  // Ratios and dates written with a slash: `18/24`, `12/14 tổ`, `25/5`, `10/6/2020`, `11/2021`.
  if (!n.spelled && n.scale === 0 && text[n.bareEnd] === '/') return named ? miss : readRatio(text, n, before, rawStart, qualifier);

  // `không quá 15 (mười lăm) ngày`: the unit stands after the number spelled out in brackets.
  const repeatEnd = n.spelled ? null : bracketedRepeatEnd(text, n);
  const tail = readTail(text, repeatEnd === null ? n : { ...n, end: repeatEnd });
  if (tail === 'not-a-fact') return miss;
  // `2.7 tỷ đồng`, `111.8mm`: a decimal point only before a measure (`4.0`, `2.1` are names and labels).
  if (n.dotDecimal && !(tail !== null && (tail.unit !== 'count' || stickyExec(SYMBOL_AT, text, n.end)))) return miss;
  if (named && (tail === null || tail.unit === 'count')) return miss;
  if (tail !== null && tail.unit === 'count' && pluralAfterName(text, n, before)) return miss;
  if (tail !== null && tail.unit === 'count' && tail.noun === YEAR_WORD && phraseBefore(before, (p) => ANNIVERSARY_BEFORE_YEARS.has(p))) return miss;
  // A year: four plain digits 1900–2100, unless a measure unit follows (`2000 m`).
  const year = n.plainInt && n.scale === 0 && n.bareEnd - pos === 4 && n.value >= 1900 && n.value <= 2100;
  // A hedge before a count makes it no year (`khoảng 2000 lượt truy cập`).
  // A rate after a count makes it no year (`2000 ly/ngày`).
  if (year && (tail === null || tail.unit === 'VND' || (tail.unit === 'count' && q === null && !stickyExec(SLASH_WORD_AT, text, tail.end)))) return miss;
  if (n.spelled && n.value === 1 && n.spelledWords === 1 && (tail === null || tail.unit === 'count')) {
    // `một` is the article, unless it opens a range (`một đến hai cây xanh`).
    return (tail === null ? readRange(text, pos, n, before, q) : null) ?? miss;
  }

  // Ranges: `từ 5 đến 7 ha`, `5-7%`, `từ 2 đến 3 tỷ đồng` (one fact with `max`).
  if (tail === null || (tail.unit === 'VND' && tail.end === n.end && n.scale > 0)) {
    const range = readRange(text, pos, n, before, q);
    if (range) return range;
  }
  if (tail === null && !n.spelled && before[0] && RANGE_OPENERS.has(before[0].lower) && boundAfter(text, n.end, false)) {
    // `độ tuổi từ 18 trở lên`: the bound's noun is the one before `từ` (completed by `completeFact`).
    const noun = before[1] && BOUNDED_NOUNS.has(before[1].lower) ? before[1].lower : null;
    return { fact: { rawStart, rawEnd: n.end, value: n.value, qualifier, tail: { unit: 'count', quantity: 'count', noun, end: n.end } }, skipTo: n.end };
  }
  if (tail === null) {
    // `27, 16 và 7 tầng`: a bare number of a list takes the unit of its last item.
    const item = n.spelled ? null : readListItem(text, n, memo);
    if (!item) return miss;
    return { fact: { rawStart, rawEnd: n.end, value: item.value, tail: item.tail, qualifier, perAt: item.unitEnd }, skipTo: n.end };
  }
  const dashed = readDashRange(text, pos, n, tail, before, q);
  if (dashed) return dashed;
  if (q?.word === LOCATIVE_QUALIFIER && !QUANTITY_VERBS.has(before[1]?.lower ?? '') && locativeAfter(text, tail)) {
    return { fact: { rawStart: pos, rawEnd: tail.end, value: n.value, tail, qualifier: null }, skipTo: tail.end };
  }
  return { fact: { rawStart, rawEnd: tail.end, value: n.value, tail, qualifier }, skipTo: tail.end };
}



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
  if (inNfc(text) === text) return factsOfNfc(text);
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
  const state = newScanState();
  const memo: ListMemo = { deadEnd: -1 };
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
    const read = readFact(text, pos, memo);
    CANDIDATE.lastIndex = Math.max(read.skipTo, pos + 1);
    if (!read.fact) continue;
    const fact = completeFact(text, read.fact, state);
    CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, fact.rawEnd);
    facts.push({
      raw: text.slice(fact.rawStart, fact.rawEnd),
      value: fact.value,
      ...(fact.max !== undefined ? { max: fact.max } : {}),
      unit: fact.tail.unit,
      noun: fact.tail.unit === 'count' || fact.tail.unit === 'ratio' ? fact.tail.noun : null,
      quantity: fact.tail.quantity,
      qualifier: fact.qualifier,
      per: fact.per ?? null,
      part: fact.part ?? null,
      whole: fact.whole ?? null,
      sentence: sentenceAround(text, starts, fact.rawStart, fact.rawEnd),
      section: null,
      start: fact.rawStart,
      end: fact.rawEnd,
    });
  }
  return facts;
}
