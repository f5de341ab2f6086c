/**
 * What stands left of a number: the words before it, hedges (`gần`, `hơn`, `khoảng`), labels
 * and names that make a number no fact (`số 12`, `Quận 12`).
 */
import { DATE_CUES, DISTRIBUTIVES, INCIDENT_CUES, QUALIFIER_FILLERS, LABEL_EXCEPTIONS, LABEL_PRECEDERS, YEAR_NAM_PRECEDERS } from '../lexicon/numbers.js';
import { lowerCase } from '../text/match.js';
import type { ReadNumber } from './numbers.js';
import { ACRONYM, DOC_TYPES_LOWER, isDigit, isLetter, isSpace, isUpper, QUALIFIER_LOOKUP, stickyExec, WORD_AT } from './patterns.js';
import { isKnownNoun, readNoun } from './units.js';

export interface WordBefore { word: string; lower: string; start: number }

/** Up to `n` words right before `pos` on the same line, nearest first, joined only by spaces. */
export function wordsBefore(text: string, pos: number, n: number): WordBefore[] {
  const out: WordBefore[] = [];
  let i = pos;
  while (out.length < n) {
    let j = i;
    while (j > 0 && isSpace(text[j - 1])) j--;
    if (j === i && out.length > 0) break;
    // A bracketed label right before the number reads as a word (`bệnh nhân (BN) 2910`).
    const bracketed = out.length === 0 && j < i && text[j - 1] === ')';
    if (bracketed) j--;
    let k = j;
    while (k > 0 && isLetter(text[k - 1])) k--;
    if (k === j || (bracketed && text[k - 1] !== '(')) break;
    const word = text.slice(k, j);
    out.push({ word, lower: lowerCase(word), start: bracketed ? k - 1 : k });
    i = bracketed ? k - 1 : k;
  }
  return out;
}

/** Whether the word at `start` opens a sentence, a line, a list item or a quotation. */
export function opensSentence(text: string, start: number): boolean {
  let j = start;
  while (j > 0 && isSpace(text[j - 1])) j--;
  if (j === 0) return true;
  // A word glued to an abbreviation's dot is a name (`H.Năm Căn`, `TP.Hồ Chí Minh`), no new sentence.
  if (j === start && text[j - 1] === '.' && isLetter(text[j - 2])) return false;
  if (/[.!?:;\n\r\-–•*(“"'|]/.test(text[j - 1] ?? '')) return true;
  // After a list label at the start of a line (`a) Cấp 126 con`, `1. Xây dựng`, `II. Kết quả`).
  return /(?:^|\n)[ \t]*(?:[a-zđ]|\d{1,2}|[IVXLC]{1,6})[.)]$/u.test(text.slice(Math.max(0, j - 12), j));
}

/** The longest phrase of `set` made of the last 1–3 words before the number, with its start. */
export function phraseBefore(words: readonly WordBefore[], has: (p: string) => boolean): WordBefore | null {
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

export const hasQualifier = (p: string): boolean => QUALIFIER_LOOKUP.has(p);

/** The hedge or bound before the number, also one filler word away (`hơn là 874 tỷ`, `tối thiểu đủ 04`). */
export function qualifierBefore(text: string, words: readonly WordBefore[]): WordBefore | null {
  const q = phraseBefore(words, hasQualifier);
  if (q || words[0] === undefined || !QUALIFIER_FILLERS.has(words[0].lower)) return q;
  return phraseBefore(wordsBefore(text, words[0].start, 3), hasQualifier);
}
export const isLabel = (p: string): boolean => LABEL_PRECEDERS.has(p) || DOC_TYPES_LOWER.has(p);

/** What follows a number: a measure unit, or a counted noun phrase. */

/** Why a candidate is not a fact, decided from the words before it. */
export function leftContextBlocks(text: string, pos: number, before: readonly WordBefore[], n: ReadNumber): boolean {
  const prevCh = text[pos - 1];
  // Tails of other tokens: `1,5` seen from `5`, `COVID-19`, `68/12`, `+84`, `#3`.
  if (prevCh === '.' || prevCh === ',') {
    const p2 = text[pos - 2];
    // `1,5` seen from `5`; `Q.12`, `P.5`: a number glued to an abbreviation names a place.
    if (p2 === undefined || isDigit(p2) || isSpace(p2) || p2 === '\n' || (prevCh === '.' && isLetter(p2))) return true;
  }
  // `COVID-19`, `68/12`, and a value glued to a colon after a word (`margin:0cm`, CSS pasted from Word).
  if ((prevCh === '-' || prevCh === '/' || prevCh === ':') && /[\p{L}\p{N}]/u.test(text[pos - 2] ?? '')) return true;
  if (prevCh === '+' || prevCh === '#' || prevCh === '№') return true;
  // A number right after another number is a code or a phone number in parts.
  if (isSpace(prevCh) && isDigit(text[pos - 2])) return true;
  const prev = before[0];
  return prev !== undefined && n.spelled && n.value === 5 && n.spelledWords === 1 && YEAR_NAM_PRECEDERS.has(prev.lower);
}

/** Whether a lower-case noun that is no calendar word follows the number (`1 tài xế`, not `2 năm`). */
function countedNounAfter(text: string, numberEnd: number): boolean {
  const noun = readNoun(text, numberEnd, false);
  return noun !== null && /^\p{Ll}/u.test(noun.noun) && !DATE_CUES.has(lowerCase(noun.noun.split(' ')[0] ?? ''));
}

/**
 * Whether the words before the number name it rather than measure with it: a label, address or
 * date word (`số 12`, `tổ 5`, `Điều 5`, `ngày 15`, `năm 2020`) or a capitalised word inside the
 * sentence (`Quận 12`, `Hẻm 68`, `Covid 19`). A named number is no count, but stays a measure
 * when a unit follows (`ngân sách TP 5 tỷ đồng`), and a distributive turns a label back into a
 * plain noun (`mỗi tuần 3 buổi`, `hằng năm 500 suất`).
 */
export function namedBefore(text: string, before: readonly WordBefore[], numberEnd: number): boolean {
  const labelled = phraseBefore(before, (p) => isLabel(p) || DATE_CUES.has(p) || LABEL_EXCEPTIONS.has(p));
  // A document type names a number only as a title ("Kế hoạch 45"); in lower case it is a
  // verb or a noun of the sentence ("đã hướng dẫn 436 người dân").
  const verbNotTitle = labelled !== null && DOC_TYPES_LOWER.has(labelled.word) && !LABEL_PRECEDERS.has(labelled.word)
    && !isUpper(text[labelled.start]);
  // `vụ 1 tài xế`: an incident cue names the number only when no counted noun follows it.
  const incident = labelled !== null && INCIDENT_CUES.has(labelled.word) && countedNounAfter(text, numberEnd);
  if (labelled && !verbNotTitle && !incident && !LABEL_EXCEPTIONS.has(labelled.word)) {
    const preceding = before[labelled.word.split(' ').length];
    return !(preceding && DISTRIBUTIVES.has(preceding.lower));
  }
  const prev = before[0];
  if (prev === undefined || !isUpper(prev.word[0]) || opensSentence(text, prev.start) || hasQualifier(prev.lower)) return false;
  // An agency acronym before a count of a known noun does not name the number (`UBND 11 phường`).
  const after = stickyExec(WORD_AT, text, numberEnd);
  return !(ACRONYM.test(prev.word) && after?.[1] !== undefined && isKnownNoun(after[1]));
}
