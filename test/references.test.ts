import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocumentRefs, findDocumentRefs } from '../src/references/index.js';

const DIR = 'fixtures/ward';
const pages = readdirSync(DIR).sort().map((id) => {
  const e = JSON.parse(readFileSync(join(DIR, id, 'expected.json'), 'utf8')) as { text: string; documentRefs: string[] };
  return { id, text: e.text, expected: e.documentRefs };
});

describe('fixtures', () => {
  it.each(pages)('$id: documentRefs are exact', ({ text, expected }) => {
    expect(extractDocumentRefs(text)).toEqual(expected);
  });
});

describe('document numbers', () => {
  it('reads party-style and state-style numbers, each once, in order of first citation', () => {
    expect(extractDocumentRefs(
      'Thực hiện Quyết định 217-QĐ/TW, Thông tư số 02/2013/TT-BVHTTDL, Nghị quyết số 15/NQ-HĐND, ' +
      'Quyết định số 23/2021/QĐ-TTg, Nghị quyết 09-NQ/ĐU và lại Quyết định 217-QĐ/TW; Công văn 123/UBND-VX.',
    )).toEqual(['217-QĐ/TW', '02/2013/TT-BVHTTDL', '15/NQ-HĐND', '23/2021/QĐ-TTg', '09-NQ/ĐU', '123/UBND-VX']);
  });

  it('names typeless codes by the type word before them', () => {
    expect(extractDocumentRefs('theo Luật số 45/2013/QH13 và Luật Đất đai số 45/2013/QH13')).toEqual(['Luật số 45/2013/QH13']);
    expect(extractDocumentRefs('Nghị quyết 68/2022/QH15 của Quốc hội')).toEqual(['Nghị quyết số 68/2022/QH15']);
    expect(extractDocumentRefs('Quyết định mới và Bộ luật Dân sự số 91/2015/QH13')).toEqual(['Bộ luật số 91/2015/QH13']);
    expect(extractDocumentRefs('mã 45/2013/QH13')).toEqual(['45/2013/QH13']);
  });

  it('normalises stray spaces and the legacy Ð', () => {
    expect(extractDocumentRefs('Kế hoạch số 45/KH - UBND, Quyết định 217 - QĐ/TW, Nghị quyết 15/NQ-HÐND'))
      .toEqual(['45/KH-UBND', '217-QĐ/TW', '15/NQ-HĐND']);
  });

  it('ignores dates, ratios, ranges, addresses and codes that are not document numbers', () => {
    expect(extractDocumentRefs('ngày 12/5/2020, đạt 18/24 tiêu chí, giai đoạn 2021-2025, 45/2 Nguyễn Trãi, COVID-19, ISO 9001:2015')).toEqual([]);
  });

  it('reads text that is not NFC', () => {
    expect(extractDocumentRefs('theo Luật số 45/2013/QH13 và Quyết định 217-QĐ/TW'.normalize('NFD')))
      .toEqual(['Luật số 45/2013/QH13', '217-QĐ/TW']);
  });

  it('gives the offsets of each code', () => {
    const text = 'theo Quyết định số 217-QĐ/TW.';
    const [span] = findDocumentRefs(text);
    expect(span && text.slice(span.start, span.end)).toBe('217-QĐ/TW');
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      expect(Array.isArray(extractDocumentRefs(s))).toBe(true);
    }), { numRuns: 500 });
    expect(extractDocumentRefs('1/'.repeat(10000) + 'QĐ')).toEqual([]);
  });
});
