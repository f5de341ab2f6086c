/**
 * What completes a fact once its number and unit are read: the denominator of a rate
 * (`5 triệu đồng/tháng`, `mỗi hộ … 5 triệu đồng`), a bound written after it (`… trở lên`), and
 * the whole of a measured part (`21.500ha/58.785ha`).
 */
import { ADMINISTRATIVE_DIVISIONS, BOUNDS_AFTER, LEVEL_WORD, LIST_CONJUNCTIONS, LOCATIVE_QUALIFIER, NON_NOUNS, QUALIFIER_FILLERS, QUALIFIERS, RANGE_OPENERS, RATE_DENOMINATORS, RATE_DISTRIBUTIVES } from '../lexicon/numbers.js';
import type { FactQualifier } from '../types.js';
import { lowerCase } from '../text/match.js';
import { RATE_DISTRIBUTIVE_WINDOW, RATE_GAP_REACH } from '../tuning.js';
import { readNumberAt } from './numbers.js';
import { hasQualifier, phraseBefore, wordsBefore } from './qualifiers.js';
import { alternation, COMPOUNDS_BY_HEAD, FALSE_FRIEND_AT, L, SLASH_WORD_AT, SP, stickyExec, UNIT_AT } from './patterns.js';
import { readNoun, readTail, type FoundFact } from './units.js';

const NEXT_WORD_AT = new RegExp(`${SP}+([${L}]+)`, 'uy');
// The word every bound after a number starts with (`trở lên`, `trở xuống`), tested before the regex.
const BOUND_AFTER_HEAD = 'trở';
const BOUND_AFTER_AT = new RegExp(`${SP}+(${alternation(Object.keys(BOUNDS_AFTER))})(?![${L}])`, 'iuy');
// `từ` (and a filler: `từ đủ 80 tuổi trở lên`) right before a number bounded after it.
const OPENER_BEFORE = new RegExp(`(?<![${L}])(?:${alternation(RANGE_OPENERS)})(?:${SP}+(?:${alternation(QUALIFIER_FILLERS)}))?${SP}+$`, 'iu');
const DISTRIBUTIVE = new RegExp(`(?<![${L}])(?:${alternation(RATE_DISTRIBUTIVES)})(?![${L}])`, 'giu');
const DISTRIBUTIVE_RHYMES = RATE_DISTRIBUTIVES.map((d) => d.slice(1));
// Where a clause ends: a distributive before it does not reach the number. Punctuation ends
// a clause only before a space (`5.000`, and the broken entity in `x;ét`, do not).
const CLAUSE_END = /[.;:!?](?=\s|$)|[\n\r]/;
const ARTICLE = 'một';
const ARTICLE_AT = new RegExp(`${SP}+${ARTICLE}(?![${L}])`, 'iuy');
const CLAUSE_START_AFTER = new Set(['.', ';', ':', '!', '?', ',', '\n', '\r', '(']);
const DISTRIBUTIVE_AFTER_AT = new RegExp(`${SP}+(?:${alternation(RATE_DISTRIBUTIVES)})(?![${L}])`, 'iuy');
// Three more syllables (at most 7 letters each) and their spaces before `trở`.
const LATER_BOUND_REACH = 3 * 8 + 1;
// A bound after a noun phrase longer than the one read (`từ 500 lao động phổ thông trở lên`).
const LATER_BOUND_AT = new RegExp(`(?:${SP}+[${L}]+){1,3}?${SP}+(${alternation(Object.keys(BOUNDS_AFTER))})(?![${L}])`, 'iuy');
// One or two words between a unit or noun and its rate (`3,2 bản sách/người`, `11.600 tấn lợn hơi/tháng`).
const GAP_BEFORE_SLASH_AT = new RegExp(`((?:${SP}+\\p{Ll}[${L}]*){1,2})(?=${SP}?\\/${SP}?[${L}])`, 'uy');
// An administrative level after a distributive's noun (`mỗi chức danh cấp xã`).
const LEVEL_AT = new RegExp(`${SP}+${LEVEL_WORD}${SP}+(?:${alternation(ADMINISTRATIVE_DIVISIONS)})(?![${L}])`, 'iuy');
// What may stand between two facts of one list: the rest of the previous noun phrase, then a
// separator right before the next number (`01 giải Nhất, 02 giải Nhì; 03 giải Ba và 05 …`).
const CONJ = `(?:${alternation(LIST_CONJUNCTIONS)})`;
const LIST_GAP = new RegExp(`^[^\\d.!?:\\n\\r,;]{0,40}(?:[,;]${SP}*(?:${CONJ}${SP}+)?|${SP}${CONJ}${SP}+)$`, 'iu');

/** A noun after a slash or a distributive: one word, or a compound of the lexicon (`máy tính`, `người dân`). */
function wordOrCompound(text: string, first: string, end: number): { phrase: string; end: number } {
  const head = lowerCase(first);
  for (const c of COMPOUNDS_BY_HEAD.get(head) ?? []) {
    let p = end;
    let ok = true;
    for (const w of c.slice(1)) {
      const m = stickyExec(NEXT_WORD_AT, text, p);
      if (!m || lowerCase(m[1] ?? '') !== w) { ok = false; break; }
      p += m[0].length;
    }
    if (ok) return { phrase: c.join(' '), end: p };
  }
  return { phrase: head, end };
}

/** The slash denominators after `at` (`/người/tháng`, `/ máy tính`), joined by `/`, and where they end. */
function slashParts(text: string, at: number): { parts: string[]; end: number } {
  const parts: string[] = [];
  let end = at;
  if (text[at] !== '/' && text[at + 1] !== '/') return { parts, end };
  for (let m = stickyExec(SLASH_WORD_AT, text, end); m && m[1] !== undefined; m = stickyExec(SLASH_WORD_AT, text, end)) {
    const w = wordOrCompound(text, m[1], end + m[0].length);
    parts.push(w.phrase);
    end = w.end;
  }
  return { parts, end };
}

/** Whether a noun phrase is, or ends in, an administrative division (the alternatives test). */
const isDivision = (phrase: string): boolean => {
  const p = lowerCase(phrase);
  return ADMINISTRATIVE_DIVISIONS.has(p) || ADMINISTRATIVE_DIVISIONS.has(p.split(' ').pop() ?? '');
};

/** The noun of a `mỗi X` in the same clause before `start` (`mỗi xã/phường`, `mỗi người dân`) and where `mỗi` stands, or null. */
function distributiveBefore(text: string, start: number, taken: number | undefined): { per: string; at: number } | null {
  const from = Math.max(0, start - RATE_DISTRIBUTIVE_WINDOW);
  const window = text.slice(from, start);
  // Most facts have no distributive before them: a substring test of the window spares the
  // regex (the text is NFC, so every spelling of `mỗi` holds this syllable's rhyme).
  if (!DISTRIBUTIVE_RHYMES.some((r) => window.includes(r))) return null;
  let last: RegExpExecArray | null = null;
  DISTRIBUTIVE.lastIndex = 0;
  for (let m = DISTRIBUTIVE.exec(window); m; m = DISTRIBUTIVE.exec(window)) last = m;
  // A `mỗi X` that gave the fact before it its rate (`8 trận đấu mỗi ngày và kéo dài 3 ngày`) is spent.
  if (!last || from + last.index === taken) return null;
  // `mỗi một điểm`: the article after `mỗi` is not its noun.
  const article = text[from + last.index + last[0].length + 1] === ARTICLE[0] ? stickyExec(ARTICLE_AT, text, from + last.index + last[0].length) : null;
  const at = from + last.index + last[0].length + (article ? article[0].length : 0);
  const noun = perNounAt(text, at);
  if (!noun || noun.end > start) return null;
  const level = text[noun.end + 1] === LEVEL_WORD[0] ? stickyExec(LEVEL_AT, text, noun.end) : null;
  const nounEnd = level ? noun.end + level[0].length : noun.end;
  const alt = slashParts(text, nounEnd);
  if (alt.end > start) return null;
  const between = text.slice(alt.end, start);
  // Up to the number no clause end; a comma only when one right after the noun fronts the
  // distributive, which then governs its sentence (`Mỗi năm, các cơ sở … sửa chữa, bảo dưỡng 5.000 km`).
  // Fronted means first in its clause: no number before it there (`hỗ trợ 2,5 triệu đồng mỗi tháng, …`).
  if (CLAUSE_END.test(between)) return null;
  if (between.includes(',') && !(between[0] === ',' && opensClause(text.slice(from, from + last.index)))) return null;
  return { per: [lowerCase(text.slice(at, nounEnd).trim().replace(/[ \u00A0]+/g, ' ')), ...alt.parts].join('/'), at: from + last.index };
}

/** Whether the text before a distributive, back to its clause's start, holds no number. */
function opensClause(lead: string): boolean {
  let k = lead.length;
  while (k > 0 && !CLAUSE_START_AFTER.has(lead[k - 1]!)) k--;
  return !/\d/.test(lead.slice(k));
}

/** The noun of a `mỗi X` right after the fact (`2,5 triệu đồng mỗi tháng`) and where `mỗi` stands, or null. */
function distributiveAfter(text: string, f: FoundFact): { per: string; at: number } | null {
  if (!DISTRIBUTIVE_RHYMES.some((r) => text.startsWith(r, f.rawEnd + 2))) return null;
  const m = stickyExec(DISTRIBUTIVE_AFTER_AT, text, f.rawEnd);
  if (!m) return null;
  const noun = perNounAt(text, f.rawEnd + m[0].length);
  if (!noun) return null;
  const parts = [lowerCase(noun.noun)];
  // `135 triệu đồng mỗi héc-ta mỗi năm` → `héc-ta/năm`.
  let end = noun.end;
  for (let k = 0; k < 2; k++) {
    const more = stickyExec(DISTRIBUTIVE_AFTER_AT, text, end);
    const next = more ? perNounAt(text, end + more[0].length) : null;
    if (!more || !next) break;
    parts.push(lowerCase(next.noun));
    end = next.end;
  }
  // `20 hộ mỗi hộ được …` opens a new clause about each of them.
  if (f.tail.unit === 'count' && lowerCase(f.tail.noun ?? '').split(' ')[0] === (parts[0] ?? '').split(' ')[0]) return null;
  return { per: parts.join('/'), at: f.rawEnd + m[0].length - m[0].trimStart().length };
}

/** The noun of a `mỗi X` at `at`: a unit as written (`héc-ta`), or a noun phrase. */
function perNounAt(text: string, at: number): { noun: string; end: number } | null {
  // `mỗi đồng chí` is a comrade, not a đồng.
  const u = stickyExec(FALSE_FRIEND_AT, text, at) ? null : stickyExec(UNIT_AT, text, at);
  if (u?.[1] !== undefined) return { noun: u[1], end: at + u[0].length };
  return readNoun(text, at, false);
}

/** Whether `f` continues the list of `prev` (same unit, same counted head, no qualifier, only a separator and a few words between). */
function continuesList(text: string, prev: FoundFact, f: FoundFact): boolean {
  // A hedge or bound of its own makes another statement (`mỗi hộ … 5 triệu đồng, tối đa 10 tỷ đồng`).
  if (prev.tail.unit !== f.tail.unit || f.rawStart < prev.rawEnd || f.qualifier !== null) return false;
  if (f.tail.unit === 'count' && lowerCase(prev.tail.noun ?? '').split(' ')[0] !== lowerCase(f.tail.noun ?? '').split(' ')[0]) return false;
  const between = text.slice(prev.rawEnd, f.rawStart);
  return LIST_GAP.test(between);
}

// The words between two counts of `a … trên b` ("a out of b"): no punctuation, a short stretch.
const OUT_OF_GAP = /^[^\d.,;:!?()\n\r]{0,40}$/;

/**
 * Whether `f`, hedged by `trên`, is the whole of the count before it (`3126 trường hợp mắc bệnh
 * trên 8441 người`, `25 trường hợp … trên 108 trường hợp`): the same counted noun, or at most
 * three content words between.
 */
function outOf(text: string, prev: FoundFact | undefined, f: FoundFact): boolean {
  if (!prev || prev.tail.unit !== 'count' || f.tail.unit !== 'count' || prev.value >= f.value || f.rawStart < prev.rawEnd) return false;
  if (!text.startsWith(LOCATIVE_QUALIFIER, f.rawStart)) return false;
  const between = text.slice(prev.rawEnd, f.rawStart);
  if (!OUT_OF_GAP.test(between)) return false;
  const head = (noun: string | null): string => lowerCase(noun ?? '').split(' ')[0] ?? '';
  if (head(prev.tail.noun) === head(f.tail.noun)) return true;
  const words = lowerCase(between).split(/[ \u00A0]+/).filter((w) => w !== '');
  return words.length <= 3 && !words.some((w) => NON_NOUNS.has(w));
}

/** The rate one or two words after the unit or noun (`bản sách/người`), the words, and where it ends; or null. */
function rateAfterGap(text: string, f: FoundFact): { parts: string[]; word: string; end: number } | null {
  // Most facts have no slash close after them: a bounded character scan spares the regex
  // (`indexOf` would run on to the next slash of the text, however far).
  let k = f.rawEnd;
  const stop = Math.min(text.length, f.rawEnd + RATE_GAP_REACH);
  while (k < stop && text[k] !== '/') k++;
  if (k === stop) return null;
  const gap = stickyExec(GAP_BEFORE_SLASH_AT, text, f.rawEnd);
  const words = gap?.[1]?.trim().split(/[ \u00A0]+/) ?? [];
  if (!gap || words.length === 0 || words.some((w) => NON_NOUNS.has(w))) return null;
  const parts = slashParts(text, f.rawEnd + gap[0].length);
  // Only a denominator of the lexicon: `cổng/trang`, `tỉnh ủy/ thành ủy` are alternatives.
  if (parts.parts.length === 0 || !RATE_DENOMINATORS.has(parts.parts[0] ?? '')) return null;
  return { parts: parts.parts, word: words.join(' '), end: parts.end };
}

/** A bound after the number (`trở lên`), or after a longer noun phrase when `từ` opens it; with where it ends. */
export function boundAfter(text: string, at: number, opened: boolean): { qualifier: FactQualifier; end: number } | null {
  const bound = text.startsWith(BOUND_AFTER_HEAD, at + 1) ? stickyExec(BOUND_AFTER_AT, text, at)
    : opened ? stickyExec(LATER_BOUND_AT, text, at) : null;
  const qualifier = bound?.[1] !== undefined ? BOUNDS_AFTER[lowerCase(bound[1]).replace(/[ \u00A0]+/g, ' ')] : undefined;
  return bound && qualifier ? { qualifier, end: at + bound[0].length } : null;
}

/** The opener `từ` (with a filler) right before `start`, or null. */
export function openerBefore(text: string, start: number): RegExpExecArray | null {
  return OPENER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
}

/** A bound right before a distributive (`tối thiểu mỗi xã phát triển 1 …`): it bounds what `mỗi` governs. */
function boundBefore(text: string, at: number): { qualifier: FactQualifier; start: number } | null {
  const q = phraseBefore(wordsBefore(text, at, 3), hasQualifier);
  const qualifier = q ? QUALIFIERS[q.word] : undefined;
  return q && (qualifier === 'atLeast' || qualifier === 'atMost') ? { qualifier, start: q.start } : null;
}

/**
 * What the scan of one text carries from a fact to the next (kept off the facts, whose shape
 * stays one): the fact before, the `mỗi X` rate it shares with a list after it, and where a
 * `mỗi` written after it stands (spent on it).
 */
export interface ScanState {
  prev: FoundFact | undefined;
  distributive: string | undefined;
  distributiveAfterAt: number | undefined;
}

/** A fresh {@link ScanState} for a text. */
export const newScanState = (): ScanState => ({ prev: undefined, distributive: undefined, distributiveAfterAt: undefined });

/**
 * The fact completed by what stands around it: `per` from slash denominators after it and a
 * distributive before it (`mỗi người dân … 4 cuốn sách/năm` → `người dân/năm`), a bound after
 * it (`trở lên`, `trở xuống`, which outranks a hedge), and for a measure `/N` of the same unit
 * its whole.
 */
export function completeFact(text: string, f: FoundFact, state: ScanState): FoundFact {
  const prev = state.prev;
  const prevDistributive = state.distributive;
  const taken = state.distributiveAfterAt;
  state.prev = f;
  state.distributive = undefined;
  state.distributiveAfterAt = undefined;
  // `f` is fresh from the scan and owned here: completed in place, with no copy per fact.
  if (f.qualifier === 'over' && outOf(text, prev, f)) {
    f.qualifier = null;
    f.rawStart += LOCATIVE_QUALIFIER.length;
    while (text[f.rawStart] === ' ' || text[f.rawStart] === '\u00A0') f.rawStart++;
  }
  // The whole of a measured part: `21.500ha/58.785ha`.
  if (text[f.rawEnd] === '/' && f.tail.unit !== 'count' && f.tail.unit !== 'ratio' && f.whole === undefined) {
    const w = readNumberAt(text, f.rawEnd + 1);
    const wTail = w ? readTail(text, w) : null;
    if (w && wTail && wTail !== 'not-a-fact' && wTail.unit === f.tail.unit && w.value >= f.value) {
      f.part = f.value;
      f.whole = w.value;
      f.rawEnd = wTail.end;
    }
  }
  const hedge = f.qualifier;
  const slash = slashParts(text, f.perAt ?? f.rawEnd);
  let per = slash.parts.length > 0 ? slash.parts.join('/') : null;
  // `N xã/phường` lists alternatives of one kind: no rate.
  if (per !== null && f.tail.unit === 'count' && isDivision(f.tail.noun ?? '') && isDivision(slash.parts[0] ?? '')) per = null;
  if (per !== null && f.perAt === undefined) f.rawEnd = slash.end;
  const gap = per === null && slash.parts.length === 0 && f.perAt === undefined ? rateAfterGap(text, f) : null;
  if (gap) {
    per = gap.parts.join('/');
    f.rawEnd = gap.end;
    if (f.tail.unit === 'count') f.tail = { ...f.tail, noun: `${f.tail.noun ?? ''} ${gap.word}`.trim() };
  }
  const distributive = distributiveBefore(text, f.rawStart, taken);
  if (distributive !== null) {
    per = per === null ? distributive.per : `${distributive.per}/${per}`;
    state.distributive = distributive.per;
    const bound = f.qualifier === null ? boundBefore(text, distributive.at) : null;
    if (bound) { f.qualifier = bound.qualifier; f.rawStart = bound.start; }
  } else if (prev !== undefined && prevDistributive !== undefined && continuesList(text, prev, f)) {
    per = per === null ? prevDistributive : `${prevDistributive}/${per}`;
    state.distributive = prevDistributive;
  } else if (per === null) {
    const after = distributiveAfter(text, f);
    if (after) { per = after.per; state.distributiveAfterAt = after.at; }
  }
  // `mỗi ngày … 3 ngày` counts no days per day.
  if (per !== null && f.tail.unit === 'count' && lowerCase(f.tail.noun ?? '') === per) per = null;
  f.per = per;
  // Most facts have no `trở` after them: the opener and bound regexes run only when one is near.
  const near = text.startsWith(BOUND_AFTER_HEAD, f.rawEnd + 1);
  if (near || (hedge === null && text.slice(f.rawEnd, f.rawEnd + LATER_BOUND_REACH).includes(BOUND_AFTER_HEAD))) {
    const opener = hedge === null ? openerBefore(text, f.rawStart) : null;
    const bound = boundAfter(text, f.rawEnd, opener !== null);
    if (bound) {
      f.qualifier = bound.qualifier;
      f.rawEnd = bound.end;
      if (opener) f.rawStart -= opener[0].length;
    }
  }
  return f;
}
