/**
 * The sentence a fact stands in, bounded by `SENTENCE_WINDOW`.
 */
import { SENTENCE_WINDOW } from '../tuning.js';

// Sentence ends: terminal punctuation (with closing quotes) before a space, or a line break.
export const SENTENCE_END = /[.!?…]+["”’»)]*(?=\s)|\n/g;

/** Offsets where sentences begin, for binary search. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_END)) starts.push(m.index + m[0].length);
  return starts;
}

export function sentenceAround(text: string, starts: readonly number[], start: number, end: number): string {
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
