/**
 * Number reading: digits with Vietnamese separators (`15.400`, `44,5`), scale words (`2 tỷ`) and
 * spelled numbers (`hai mươi lăm`), as a value and where it ends.
 */
import { SPELLED_DIGITS_AFTER_TENS, SPELLED_FIVE, SPELLED_HUNDRED, SPELLED_TEN, SPELLED_TENS, SPELLED_ZERO_HUNDREDS, SPELLED_ZERO_TENS } from '../lexicon/numbers.js';
import { lowerCase } from '../text/match.js';
import { DIGIT_LOOKUP, DIGITS_AT, isDigit, LETTERS_AT, MAX_SPELLED_WORDS, SCALE_AT, SCALE_LOOKUP, SEGMENT_AT, SPELLED_TOKENS, stickyExec, WORD_AT } from './patterns.js';

/** A number read from the text: its value and how it was written. */
export interface ReadNumber {
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
  /**
   * Written with a dot and one or two digits after it (`2.7`, `111.8`): an English decimal
   * point, read so only before a measure (`2.7 tỷ đồng`, `5.3%`).
   */
  dotDecimal?: boolean;
  /** The first word of a spelled number, lower case (`bẩy` and `bảy` are both 7, only one is ambiguous). */
  firstWord?: string;
}

/**
 * Parse digits in Vietnamese notation: `.` groups thousands in threes, `,` is the decimal
 * mark (`12.860`, `44,5`, `4.420,6`, `02`). Returns the decimal mantissa as a string
 * (`"4420.6"`) so that scale words can be applied exactly, or null for anything else
 * (`1.2.3`, `1,234.5`, `0234.3551.246`, `0905123456`).
 */
export function parseDigitToken(tok: string): string | null {
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(tok);
  if (!m || m[1] === undefined) return null;
  const int = m[1].replace(/\./g, '');
  const grouped = m[1].includes('.');
  // A leading zero only pads short numbers (`02 hecta`); long zero-led runs are phone numbers.
  if (int.length > 1 && int.startsWith('0') && (grouped || int.length > 3) && m[2] === undefined) return null;
  if (grouped && m[1].startsWith('0')) return null;
  return m[2] === undefined ? int : `${int}.${m[2]}`;
}

// A dot followed by one or two digits: no thousands group, an English decimal point.
const DOT_DECIMAL = /^\d+\.\d{1,2}$/;

export function withScale(mantissa: string, exponent: number): number {
  return Number(`${mantissa}e${exponent}`);
}

export const ZERO_HUNDREDS_DIGIT = SPELLED_ZERO_HUNDREDS.split(' ')[0];

/**
 * Value of the spelled number whose words `word(0)`, `word(1)`, … yield (`mười lăm`,
 * `ba trăm linh năm`, `hai tỷ`) and how many words it used; words are read only as needed.
 */
export function parseSpelledWords(word: (i: number) => string | undefined): { value: number; used: number } | null {
  const digit = (w: string | undefined, afterTens: boolean): number | null => {
    if (w === undefined) return null;
    const d = DIGIT_LOOKUP.get(w);
    if (d === undefined) return null;
    if (!afterTens && SPELLED_DIGITS_AFTER_TENS.has(w)) return null;
    // After tens, 5 is written `lăm`: `hai mươi năm` is "twenty years".
    if (afterTens && w === SPELLED_FIVE) return null;
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
export function readNumberAt(text: string, pos: number): ReadNumber | null {
  if (isDigit(text[pos])) {
    const tok = stickyExec(DIGITS_AT, text, pos);
    if (!tok) return null;
    const dotDecimal = tok[0].includes('.') && DOT_DECIMAL.test(tok[0]);
    const mantissa = dotDecimal ? tok[0] : parseDigitToken(tok[0]);
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
    return { value, end, bareEnd, spelled: false, scale: exp, plainInt: /^\d+$/.test(tok[0]), spelledWords: 0, ...(dotDecimal ? { dotDecimal } : {}) };
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
  return { value: parsed.value, end, bareEnd, spelled: true, scale, plainInt: false, spelledWords: parsed.used, firstWord: words[0]?.w };
}

// A bracket right after a number: `15 (mười lăm) ngày`, as legal texts spell their numbers out.
const BRACKET_AT = /[ \u00A0]*\(([^()\n]{1,80})\)/y;

/** Where a bracketed repeat of the number in words ends (`15 (mười lăm)`), or null. */
export function bracketedRepeatEnd(text: string, n: ReadNumber): number | null {
  if (text[n.end] !== '(' && text[n.end + 1] !== '(') return null;
  BRACKET_AT.lastIndex = n.end;
  const m = BRACKET_AT.exec(text);
  if (!m || m[1] === undefined) return null;
  const inner = readNumberAt(m[1].trim(), 0);
  return inner?.spelled && inner.value === n.value && inner.end === m[1].trim().length ? n.end + m[0].length : null;
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
  return r !== null && r.end === t.length && r.dotDecimal !== true ? r.value : null;
}
