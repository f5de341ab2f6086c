/**
 * Legal document numbers cited in Vietnamese text (`Quyết định số 217-QĐ/TW`,
 * `Thông tư 02/2013/TT-BVHTTDL`, `Luật số 45/2013/QH13`), normalised.
 */
import { DOCUMENT_TYPE_CODES, DOCUMENT_TYPES, NUMBER_WORD } from '../lexicon/legal.js';
import { REFERENCE_LOOKBACK } from '../tuning.js';

/** One citation of a legal document: the normalised number and where it stands. */
export interface DocumentRefSpan {
  /** The normalised reference, e.g. `15/NQ-HĐND` or `Luật số 45/2013/QH13`. */
  ref: string;
  /** Offset of the document number (the code, without `số`) in the text. */
  start: number;
  /** End offset (exclusive) of the document number. */
  end: number;
}

// One segment of a document code: an upper-case letter (Đ, and the look-alike Ð of
// legacy encodings, included), then letters, digits or `&` (TTg, BNN&PTNT, QH13).
const SEG = '[A-ZĐÐ][A-Za-zĐđÐ0-9&]*';
// Separators tolerate one stray space on each side (`45/KH - UBND`), as pasted text often has.
const SL = '[ \\u00A0]?/[ \\u00A0]?';
// An en dash may stand for the hyphen (`2496/QĐ –XPVPHC`); it is normalised to `-`.
const DA = '[ \\u00A0]?[-–][ \\u00A0]?';
// A code of one type part and no issuer: `95/GPXD`, `12/QĐ`.
const TYPE_CODE = `(?:${[...DOCUMENT_TYPE_CODES].sort((a, b) => b.length - a.length).join('|')})[A-ZĐ]*`;
// `217-QĐ/TW` (party style) | `02/2013/TT-BVHTTDL`, `15/NQ-HĐND` (state style) |
// `45/2013/QH13` (a code without type part: laws and resolutions of the National Assembly).
// The "not inside a token" condition before the code is checked on the previous character in
// `findDocumentRefs`: a look-behind here would be tried at every position of the text.
const CODE = new RegExp(
  `(?:` +
    `\\d{1,5}${DA}${SEG}${SL}${SEG}(?:${DA}${SEG})*` +
    `|\\d{1,5}(?:${SL}\\d{4})?${SL}${SEG}(?:${DA}${SEG})+` +
    `|\\d{1,5}${SL}\\d{4}${SL}${SEG}` +
    `|\\d{1,5}(?:${SL}\\d{4})?${SL}${TYPE_CODE}` +
  `)(?![\\p{L}\\p{N}])`,
  'gu',
);

const TOKEN_CHAR = /[\p{L}\p{N}/]/u;
// `V/v` (về việc, "on the matter of") glued after a code: `1956/STTTT-BCXBTTv/v tăng cường`.
const GLUED_VV_AT = /\/[vV](?![\p{L}\p{N}])/uy;
// A joint plan's agencies after a colon: `3393/KH-LN: STTTT-SGDĐT-TĐHN-BĐHN` (two or more, all capitals).
const AGENCIES_AT = /:[ \u00A0]?[A-ZĐ]{2,}(?:-[A-ZĐ]{2,})+(?![\p{L}\p{N}])/uy;

// A document type word just before the code, optionally followed by the document's name
// and `số` (`Luật Đất đai số`), for codes that do not state their type themselves.
const TYPES_BY_LENGTH = [...DOCUMENT_TYPES].sort((a, b) => b.length - a.length);
// The greedy lead makes the nearest type word win (`Quyết định … và Luật số 45/2013/QH13`).
const TYPE_BEFORE = new RegExp(
  `^[\\s\\S]*(?<![\\p{L}\\p{M}])(${TYPES_BY_LENGTH.join('|')})(?:,?[ \\u00A0]+[\\p{L}\\p{M}-]+){0,16}?[ \\u00A0]+(?:${NUMBER_WORD}[ \\u00A0]*)?$`,
  'diu',
);
// A code whose last part carries no document type (no hyphen): QH13, UBTVQH14.
const TYPELESS = /^\d+\/\d{4}\/[^-]+$/u;

/** Normalise a code as written: no spaces, the legacy `Ð` mapped to `Đ`, NFC. */
function normaliseCode(code: string): string {
  return code.replace(/[ \u00A0]/g, '').replace(/–/g, '-').replace(/Ð/g, 'Đ').normalize('NFC');
}

/** The type word that names a typeless code, capitalised as in {@link DOCUMENT_TYPES}. */
function typeBefore(text: string, start: number): string | null {
  const window = text.slice(Math.max(0, start - REFERENCE_LOOKBACK), start);
  const typeEnd = TYPE_BEFORE.exec(window)?.indices?.[1]?.[1];
  if (typeEnd === undefined) return null;
  // The longest type ending there (`Bộ luật`, not `Luật`).
  const head = window.slice(0, typeEnd).toLowerCase();
  return TYPES_BY_LENGTH.find((t) => {
    const from = head.length - t.length;
    return from >= 0 && head.endsWith(t.toLowerCase()) && !/[\p{L}\p{M}]/u.test(head[from - 1] ?? '');
  }) ?? null;
}

/**
 * Every citation of a legal document number in `text` (NFC), in order, repeats included.
 * Used by {@link extractDocumentRefs} and to keep document numbers out of the numeric facts.
 */
export function findDocumentRefs(text: string): DocumentRefSpan[] {
  const spans: DocumentRefSpan[] = [];
  if (typeof text !== 'string') return spans;
  for (const m of text.matchAll(CODE)) {
    const start = m.index;
    if (start > 0 && TOKEN_CHAR.test(text[start - 1]!)) continue;
    let written = m[0];
    GLUED_VV_AT.lastIndex = start + written.length;
    if (/[vV]$/.test(written) && GLUED_VV_AT.test(text)) written = written.slice(0, -1);
    AGENCIES_AT.lastIndex = start + written.length;
    const agencies = AGENCIES_AT.exec(text);
    if (agencies) written += agencies[0];
    const code = normaliseCode(written);
    let ref = code;
    if (TYPELESS.test(code)) {
      const type = typeBefore(text, start);
      if (type !== null) ref = `${type} ${NUMBER_WORD} ${code}`;
    }
    spans.push({ ref, start, end: start + written.length });
  }
  return spans;
}

/**
 * The legal documents cited in `text`, normalised (`217-QĐ/TW`, `02/2013/TT-BVHTTDL`,
 * `Luật số 45/2013/QH13`), each once, in order of first citation. Never throws.
 */
export function extractDocumentRefs(text: string): string[] {
  const seen = new Set<string>();
  if (typeof text !== 'string') return [];
  for (const { ref } of findDocumentRefs(text.normalize('NFC'))) seen.add(ref);
  return [...seen];
}
