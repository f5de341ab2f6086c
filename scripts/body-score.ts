/**
 * Body similarity as the ScrapingHub article-extraction benchmark measures it: word
 * 4-gram shingles compared as multisets. Used by the tests and by `npm run eval`, so that
 * neither depends on ../shared.
 */

const WORD = /[\p{L}\p{N}_]+/gu; // Python's \w on str

function shingles(text: string, n = 4): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, words.length - n + 1);
  for (let i = 0; i < last && words.length; i++) {
    const key = words.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Precision, recall and F1 of `predicted` against `truth`. Two empty texts score 1. */
export function bodyScore(truth: string, predicted: string): { precision: number; recall: number; f1: number } {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, c] of t) { const d = p.get(k) ?? 0; tp += Math.min(c, d); fn += Math.max(0, c - d); }
  for (const [k, c] of p) fp += Math.max(0, c - (t.get(k) ?? 0));
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Precision and recall of a list of headings against the expected list (multiset match on exact text). */
export function headingScore(expected: readonly string[], actual: readonly string[]): { precision: number; recall: number; matched: number } {
  const left = new Map<string, number>();
  for (const h of expected) left.set(h, (left.get(h) ?? 0) + 1);
  let matched = 0;
  for (const h of actual) {
    const n = left.get(h) ?? 0;
    if (n > 0) { matched++; left.set(h, n - 1); }
  }
  return {
    precision: actual.length ? matched / actual.length : expected.length ? 0 : 1,
    recall: expected.length ? matched / expected.length : 1,
    matched,
  };
}
