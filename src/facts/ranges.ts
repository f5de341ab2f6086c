/**
 * Ranges (`từ 5 đến 7 ha`, `5-7%`) and slash ratios (`18/24`, `12/14 tổ`).
 */
import { DATE_NEIGHBOURS, LIST_CONJUNCTIONS, RANGE_OPENERS, RATIO_CUES } from '../lexicon/numbers.js';
import { MAX_LIST_ITEMS } from '../tuning.js';
import type { FactQualifier } from '../types.js';
import { type ReadNumber, readNumberAt } from './numbers.js';
import { alternation, CONNECTOR_AT, isLetter, QUALIFIER_LOOKUP, SLASH_INT_AT, SP, stickyExec } from './patterns.js';
import { hasQualifier, phraseBefore, type WordBefore, wordsBefore } from './qualifiers.js';
import { isKnownNoun, readNoun, readTail, type FactRead, type Tail } from './units.js';


/**
 * A ratio written with a slash (`18/24`, `12/14 tổ`), or none (with how far to skip) when the
 * slash writes a date (`25/5`, `10/6/2020`, `11/2021`) or a house number (`12/34 Nguyễn Trãi`).
 */
export function readRatio(
  text: string, n: ReadNumber, before: readonly WordBefore[], rawStart: number, qualifier: FactQualifier | null,
): FactRead {
  const miss = { fact: null, skipTo: n.bareEnd };
  const b = stickyExec(SLASH_INT_AT, text, n.bareEnd);
  if (!b || b[1] === undefined) return miss;
  const bEnd = n.bareEnd + b[0].length;
  if (text[bEnd] === '/' || text[bEnd] === '-') return { fact: null, skipTo: bEnd };
  const num = n.value;
  const den = Number(b[1].replace(/\./g, ''));
  const monthYear = num <= 12 && den >= 1900 && den <= 2100;
  const dayMonth = num <= 31 && den <= 12 && DATE_NEIGHBOURS.has(before[0]?.lower ?? '');
  if (den === 0 || num > den || monthYear || dayMonth) return { fact: null, skipTo: bEnd };
  // A part of a measured whole: `72/160 tỷ đồng` is 72 of 160 billion đồng.
  const whole = text[bEnd] === ' ' || isLetter(text[bEnd]) ? readNumberAt(text, n.bareEnd + 1) : null;
  const wTail = whole ? readTail(text, whole) : null;
  if (whole && wTail && wTail !== 'not-a-fact' && wTail.unit !== 'count' && (whole.scale > 0 || wTail.end > whole.end)) {
    const part = whole.scale > 0 ? num * 10 ** whole.scale : num;
    return { fact: { rawStart, rawEnd: wTail.end, value: part, qualifier, part, whole: whole.value, tail: wTail }, skipTo: wTail.end };
  }
  // `12/34 Nguyễn Trãi` is a house number.
  if (/^[ \u00A0]+\p{Lu}/u.test(text.slice(bEnd, bEnd + 3))) return { fact: null, skipTo: bEnd };
  const noun = readNoun(text, bEnd, false);
  // `2/9`, `1/5` may be a holiday's day and month: a ratio then needs a counted noun after it.
  if (den <= 12 && !(noun && isKnownNoun(noun.noun)) && !RATIO_CUES.has(before[0]?.lower ?? '')) {
    return { fact: null, skipTo: bEnd };
  }
  return {
    fact: {
      rawStart, rawEnd: bEnd, value: num / den, qualifier, part: num, whole: den,
      tail: { unit: 'ratio', quantity: 'ratio', noun: noun?.noun ?? null, end: bEnd },
    },
    skipTo: noun?.end ?? bEnd,
  };
}

/**
 * A range that starts with the number read at `pos` (`từ 5 đến 7 ha`, `5-7%`, `từ 2 đến 3 tỷ
 * đồng`): one fact with `max`, its unit from the upper bound, its hedge from before `từ`.
 */
export function readRange(
  text: string, pos: number, n: ReadNumber, before: readonly WordBefore[], q: WordBefore | null,
): FactRead | null {
  const c = stickyExec(CONNECTOR_AT, text, n.end);
  if (c) {
    const yPos = n.end + c[0].length;
    const y = readNumberAt(text, yPos);
    const yTail = y ? readTail(text, y) : null;
    if (y && yTail && yTail !== 'not-a-fact') {
      const low = n.scale === 0 && y.scale > 0 ? n.value * 10 ** y.scale : n.value;
      if (low <= y.value) return rangeFact(text, pos, before, q, low, y.value, yTail);
    }
  }
  return null;
}

/** The range fact from `low` to `max`: `raw` from its opener `từ` or its hedge, the hedge from before `từ`. */
function rangeFact(
  text: string, pos: number, before: readonly WordBefore[], q: WordBefore | null, low: number, max: number, yTail: Tail,
): FactRead {
  const opener = before[0] && RANGE_OPENERS.has(before[0].lower) ? before[0] : null;
  const outer = opener ? phraseBefore(wordsBefore(text, opener.start, 3), hasQualifier) : q;
  const rangeQualifier = outer ? (QUALIFIER_LOOKUP.get(outer.word) ?? null) : null;
  const start = outer ? outer.start : opener ? opener.start : pos;
  return {
    fact: { rawStart: start, rawEnd: yTail.end, value: low, max, tail: yTail, qualifier: rangeQualifier },
    skipTo: yTail.end,
  };
}

const DASHES = new Set(['-', '–', '—']);
const DASH_AT = new RegExp(`${SP}*[-–—]${SP}*(?=\\d)`, 'y');

/**
 * A range whose ends both carry the unit, joined by a dash (`từ 2% – 3%`): one fact, as the
 * dash admits no other reading. Joined by `đến` (`từ 3,5 m đến 5 m`) they stay two facts.
 */
export function readDashRange(
  text: string, pos: number, n: ReadNumber, tail: Tail, before: readonly WordBefore[], q: WordBefore | null,
): FactRead | null {
  if (tail.unit === 'count' || tail.unit === 'ratio' || !(DASHES.has(text[tail.end] ?? '') || DASHES.has(text[tail.end + 1] ?? ''))) return null;
  const d = stickyExec(DASH_AT, text, tail.end);
  if (!d) return null;
  const y = readNumberAt(text, tail.end + d[0].length);
  const yTail = y ? readTail(text, y) : null;
  if (!y || !yTail || yTail === 'not-a-fact' || yTail.unit !== tail.unit || y.value < n.value) return null;
  return rangeFact(text, pos, before, q, n.value, y.value, yTail);
}

const LIST_HEADS = new Set(LIST_CONJUNCTIONS.map((w) => w[0]));
const LIST_SEP_AT = new RegExp(`${SP}*,${SP}*(?=\\d)`, 'y');
const LIST_LAST_AT = new RegExp(`${SP}*,?${SP}*(?:${alternation(LIST_CONJUNCTIONS)})${SP}+(?=\\d)`, 'iuy');
// Trailing `.000` groups of the last item: `33, 66 và 88.000 đồng` writes the thousands once.
const TRAILING_THOUSANDS = /^\d{1,3}((?:\.000)+)$/;

/** What the scan of one text remembers between list look-aheads, so that a run costs linear time. */
export interface ListMemo { deadEnd: number }

/**
 * A bare number opening a list that ends in a number with a unit or noun (`27, 16 và 7 tầng`,
 * `33, 66 và 88.000 đồng/tháng`, `2, 3 và 5 tỷ đồng`): the list's unit, the scale (a scale word
 * or trailing thousands of the last item) applied to this number, and where the unit ends (for
 * the rate after it). At most `MAX_LIST_ITEMS` items are read; the last is joined by `và`/`hoặc`.
 */
export function readListItem(text: string, n: ReadNumber, memo: ListMemo): { value: number; tail: Tail; unitEnd: number } | null {
  // A run that ended with no unit at `deadEnd`, or ran longer than a list, ends so for every
  // number of it up to there: each number of a run is looked ahead from once.
  if (n.end < memo.deadEnd) return null;
  // A list goes on with a comma or a conjunction (`và`, `hoặc`): a character test spares the regexes.
  const next = text[n.end] === ' ' ? text[n.end + 1] : text[n.end];
  if (next !== ',' && !LIST_HEADS.has(next ?? '')) return null;
  let at = n.end;
  const dead = (): null => { memo.deadEnd = at; return null; };
  for (let k = 0; k < MAX_LIST_ITEMS; k++) {
    const last = stickyExec(LIST_LAST_AT, text, at);
    const sep = last ?? stickyExec(LIST_SEP_AT, text, at);
    if (!sep) return k === 0 ? null : dead();
    const itemAt = at + sep[0].length;
    const m = readNumberAt(text, itemAt);
    if (!m) return dead();
    if (!last) { at = m.end; continue; }
    const tail = readTail(text, m);
    if (tail === null || tail === 'not-a-fact' || tail.unit === 'ratio') return dead();
    const thousands = m.scale === 0 && n.plainInt && n.value < 1000 ? TRAILING_THOUSANDS.exec(text.slice(itemAt, m.bareEnd)) : null;
    const exp = n.scale === 0 ? (m.scale > 0 ? m.scale : thousands ? 3 * ((thousands[1]?.length ?? 0) / 4) : 0) : 0;
    return { value: n.value * 10 ** exp, tail: { ...tail, end: n.end }, unitEnd: tail.end };
  }
  // Longer than a list: the numbers up to here are none (a table row, a run of codes).
  return dead();
}
