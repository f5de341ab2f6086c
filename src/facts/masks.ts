/**
 * Spans where numbers are not facts: quotations, phone numbers (document numbers come from
 * `references/`).
 */
import { PHONE_CUES, PHONE_FILLERS, QUOTE_PAIRS } from '../lexicon/numbers.js';
import { alternation, L } from './patterns.js';

export interface Span { start: number; end: number }

/** Quotations (“…”, «…», and straight "…" paired on a line): they name campaigns, slogans, titles. */
export const OPENERS = new RegExp(`["${Object.keys(QUOTE_PAIRS).map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'gu');

export function quoteSpans(text: string): Span[] {
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

export const PHONE = new RegExp(
  `(?<![${L}])(?:${alternation(PHONE_CUES)})(?![${L}])(?:[ \\u00A0:()]|(?:${alternation(PHONE_FILLERS)})(?![${L}])){0,40}` +
  `(\\+?\\d[\\d.\\- \\u00A0()]*\\d|\\d)`,
  'giu',
);

export const PHONE_HINT = new RegExp(alternation(PHONE_CUES), 'iu');

/** Phone and fax numbers after their cue word (`đường dây nóng 0234.3551.246`, `số điện thoại khẩn cấp 114`). */
export function phoneSpans(text: string): Span[] {
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
export class SpanCursor {
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
