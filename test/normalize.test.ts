import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/text/normalize.js';

/** cleanText written plainly, every step always applied: the fast paths must never differ from it. */
const reference = (s: string): string =>
  s.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]/g, '')
    .normalize('NFC')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();

// Characters around every boundary the scan tests: controls, whitespace of all kinds,
// invisibles, combining marks, decomposed and precomposed Vietnamese letters, singletons.
const tricky = fc.constantFrom(
  'a', 'Đ', 'ế', 'e\u0302\u0301', ' ', '  ', '\t', '\n', '\r', '\u000B', '\u000C', '\u0000', '\u0008', '\u000E', '\u001F', '\u007F',
  '\u00A0', '\u00AD', '\u0300', '\u0301', '\u0323', '\u1680', '\u2000', '\u2001', '\u200A', '\u200B', '\u200D', '\u2028', '\u2029',
  '\u202F', '\u205F', '\u2060', '\u3000', '\uFEFF', '\u212B', '\u2126', 'A\u030A',
  // Hangul jamo that compose (L+V, LV+T), letters NFC decomposes or composes, an astral letter.
  '\u1100', '\u1161', '\u11A8', '\uAC00', '\u0958', '\u0915\u093C', '\uD835\uDC00', '\u0B47', '\u0B3E',
);

describe('cleanText', () => {
  it('gives what the plain pipeline gives (invisibles out, NFC, spaces collapsed, trimmed) on any string', () => {
    fc.assert(fc.property(fc.array(fc.oneof(tricky, fc.string({ unit: 'binary' })), { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      expect(cleanText(s)).toBe(reference(s));
    }), { numRuns: 3000 });
  });

  it('skips NFC only where it changes nothing: every pair of the characters it trusts (Latin, Vietnamese, punctuation)', () => {
    const trusted: string[] = [];
    for (const [a, b] of [[0, 0x2ff], [0x1e00, 0x1eff], [0x2002, 0x206f]] as const) for (let c = a; c <= b; c++) trusted.push(String.fromCharCode(c));
    // Each trusted character before and after a letter, a combining mark and every other trusted character.
    const around = [...trusted, 'a', '\u0301', '\u0323'];
    let differ = 0;
    for (const x of trusted) for (const y of around) if (cleanText(`a${x}${y}`) !== reference(`a${x}${y}`) || cleanText(`${y}${x}`) !== reference(`${y}${x}`)) differ++;
    expect(differ).toBe(0);
  });

  it('cleans real Vietnamese lines', () => {
    expect(cleanText('  Ngày\u00A0 12/3/2024\n\t– UBND  pho\u0302\u0300ng ')).toBe('Ngày 12/3/2024 – UBND phồng');
    expect(cleanText('Tr\u00ADường\u200B học')).toBe('Trường học');
    expect(cleanText('\u2000\u3000\uFEFF')).toBe('');
  });
});
