import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { extractFacts, parseVietnameseNumber } from '../src/facts/index.js';
import { SENTENCE_WINDOW } from '../src/tuning.js';
import type { NumericFact } from '../src/types.js';
import { precisionRecall, scoreFacts, type ScoredFact } from '../scripts/fact-score.js';

const DIR = 'fixtures/ward';
const pages = readdirSync(DIR).sort().map((id) => {
  const e = JSON.parse(readFileSync(join(DIR, id, 'expected.json'), 'utf8')) as { text: string; facts: ScoredFact[] };
  return { id, text: e.text, expected: e.facts, facts: extractFacts(e.text) };
});

/** The single fact of `text`, failing when there is not exactly one. */
function only(text: string): NumericFact {
  const facts = extractFacts(text);
  expect(facts.map((f) => f.raw), text).toHaveLength(1);
  return facts[0]!;
}

const brief = (f: NumericFact) => ({ raw: f.raw, value: f.value, unit: f.unit, qualifier: f.qualifier });

describe('fixtures', () => {
  it('facts match the annotation on (value, unit, qualifier): precision and recall >= 0.97', () => {
    let matched = 0, expected = 0, actual = 0;
    const misses: string[] = [];
    for (const p of pages) {
      const s = scoreFacts(p.expected, p.facts);
      matched += s.matched; expected += s.expected; actual += s.actual;
      for (const f of s.missed) misses.push(`${p.id} missed ${f.raw}`);
      for (const f of s.extra) misses.push(`${p.id} extra ${f.raw}`);
    }
    const pr = precisionRecall({ matched, expected, actual });
    expect(pr.precision, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(pr.recall, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it.each(pages)('$id: facts are spans of the text, in reading order, with their sentence', ({ text, facts }) => {
    let last = -1;
    for (const f of facts) {
      expect(text.slice(f.start, f.end)).toBe(f.raw);
      expect(f.start).toBeGreaterThan(last);
      last = f.start;
      expect(f.sentence).toContain(f.raw);
      expect(f.sentence).not.toContain('\n');
      expect(f.section).toBeNull();
      expect(Number.isFinite(f.value)).toBe(true);
      if (f.unit === 'count') expect(f.noun).toMatch(/^\p{Ll}/u);
      else if (f.unit !== 'ratio') expect(f.noun).toBeNull();
    }
  });
});

describe('Vietnamese notation', () => {
  it('reads `.` as thousands and `,` as the decimal mark', () => {
    expect(brief(only('tổng chiều dài 12.860m'))).toEqual({ raw: '12.860m', value: 12860, unit: 'm', qualifier: null });
    expect(only('cây ổi 44,5 hecta').value).toBe(44.5);
    expect(only('diện tích 1.234,5 m2').value).toBe(1234.5);
    expect(only('diện tích 02 hecta').value).toBe(2);
  });

  it('applies scale words, combined or not', () => {
    expect(only('kinh phí 1,5 tỷ đồng').value).toBe(1_500_000_000);
    expect(only('kinh phí 1 tỷ 200 triệu đồng').value).toBe(1_200_000_000);
    expect(only('thu 3 nghìn tỷ đồng').value).toBe(3e12);
    expect(brief(only('dân số 1,2 triệu người'))).toEqual({ raw: '1,2 triệu người', value: 1_200_000, unit: 'count', qualifier: null });
    // A bare `tỷ` / `triệu` is money.
    expect(brief(only('vốn hơn 5 tỷ, tăng mạnh'))).toEqual({ raw: 'hơn 5 tỷ', value: 5e9, unit: 'VND', qualifier: 'over' });
  });

  it('reads spelled numbers', () => {
    expect(only('kinh phí hai tỷ đồng').value).toBe(2e9);
    expect(brief(only('có mười lăm hộ'))).toEqual({ raw: 'mười lăm hộ', value: 15, unit: 'count', qualifier: null });
    expect(only('được một trăm suất quà').value).toBe(100);
    expect(only('xác định ba nhóm giải pháp').noun).toBe('nhóm');
    expect(only('hai mươi mốt hộ').value).toBe(21);
  });

  it('normalises units written with or without a space', () => {
    const units = extractFacts('rộng 6m, 6 m, 3 km, 5 ha, 5 héc-ta, 20 m2, 20 m², 20 mét vuông, 2 km2, 9 m3, 5 tấn, 16 kg, 100 USD, 5.000 đồng, 5.000đ, 5.000 VNĐ, 95%, 5 phần trăm')
      .map((f) => f.unit);
    expect(units).toEqual(['m', 'm', 'km', 'ha', 'ha', 'm2', 'm2', 'm2', 'km2', 'm3', 't', 'kg', 'USD', 'VND', 'VND', 'VND', '%', '%']);
  });

  it('reads ratios', () => {
    expect(brief(only('đạt 18/24 tiêu chí'))).toEqual({ raw: '18/24', value: 0.75, unit: 'ratio', qualifier: null });
    expect(only('có 12/14 tổ đạt chuẩn').noun).toBe('tổ');
    expect(only('kết quả đạt 9/10, vượt kế hoạch').value).toBe(0.9);
  });

  it('keeps counts with their noun phrase', () => {
    expect(only('mở rộng 38 ngõ').noun).toBe('ngõ');
    expect(only('giảm 350 hộ nghèo').noun).toBe('hộ nghèo');
    expect(only('thu hút 1.200 lượt người').noun).toBe('lượt người');
    expect(only('cụ ông 80 tuổi').noun).toBe('tuổi');
    expect(only('thành lập 3 hợp tác xã nông nghiệp').noun).toBe('hợp tác xã');
    expect(only('tặng 5 đồng chí').unit).toBe('count');
    expect(only('ngân sách TP 5 tỷ đồng').unit).toBe('VND');
    expect(only('mỗi tuần 3 buổi').noun).toBe('buổi');
    expect(only('bê tông hóa đường 2 km').unit).toBe('km');
    expect(only('hơn 120 cử tri góp ý').noun).toBe('cử tri');
    expect(only('duy trì 26 CLB văn nghệ').noun).toBe('CLB');
  });

  it('reads hedges', () => {
    const q = (s: string) => only(s).qualifier;
    expect(q('gần 2 tỷ đồng')).toBe('nearly');
    expect(q('hơn 80 đại biểu')).toBe('over');
    expect(q('trên 90%')).toBe('over');
    expect(q('khoảng 1.950 tấn')).toBe('about');
    expect(q('ước tính khoảng 150 triệu đồng')).toBe('about');
    expect(q('xấp xỉ 3 km')).toBe('about');
    expect(q('chừng 20 người')).toBe('about');
    expect(q('trên dưới 100 hộ')).toBe('about');
    expect(q('dưới 3 m')).toBe('under');
    expect(q('tối thiểu 1,5 m')).toBe('atLeast');
    expect(only('ước tính khoảng 150 triệu đồng').raw).toBe('ước tính khoảng 150 triệu đồng');
  });

  it('reads a range as one fact with `max`; two measured ends stay two facts', () => {
    const r = only('chuyển đổi từ 5 đến 7 ha lúa');
    expect({ ...brief(r), max: r.max }).toEqual({ raw: 'từ 5 đến 7 ha', value: 5, unit: 'ha', qualifier: null, max: 7 });
    expect(only('từ 2 đến 3 tỷ đồng')).toMatchObject({ value: 2e9, max: 3e9, unit: 'VND' });
    expect(only('tăng 5-7%')).toMatchObject({ value: 5, max: 7, unit: '%' });
    expect(extractFacts('mặt đường rộng từ 3,5 m đến 5 m').map(brief)).toEqual([
      { raw: '3,5 m', value: 3.5, unit: 'm', qualifier: null },
      { raw: '5 m', value: 5, unit: 'm', qualifier: null },
    ]);
  });
});

describe('text that is not NFC', () => {
  it('gives the same facts, with offsets into the text as given', () => {
    const nfc = 'Có gần 2 tỷ đồng và hơn 80 đại biểu, “5 không”.';
    const nfd = nfc.normalize('NFD');
    const a = extractFacts(nfc);
    const b = extractFacts(nfd);
    expect(b.map(brief)).toEqual(a.map(brief));
    for (const f of b) expect(nfd.slice(f.start, f.end).normalize('NFC')).toBe(f.raw);
  });
});

describe('not facts', () => {
  const none = (s: string) => expect(extractFacts(s).map((f) => f.raw), s).toEqual([]);

  it('dates, years and times', () => {
    none('Sáng ngày 18/5/2020, UBND xã tổ chức hội nghị vụ Đông Xuân 2019 - 2020 năm 2020.');
    none('từ ngày 25/5 đến ngày 10/6/2020, trước ngày 30/8/2020, từ 1/6 đến 30/6, tháng 12/2021');
    none('ngày 15 tháng 6 năm 2020, giai đoạn 2021-2025, từ năm 1976 đến nay, trong 6 tháng đầu năm');
    none('lúc 8h30, 14h, 7:30, 8 giờ 30 phút sáng');
  });

  it('phone numbers, house numbers, labels and ordinals', () => {
    none('đường dây nóng 0234.3551.246 hoặc số điện thoại khẩn cấp 114 và 0905123456');
    none('tại số 12 đường Lê Lợi, Hẻm 68 Trần Quang Khải, 45/2 Nguyễn Trãi, Quận 12 tổ chức');
    none('1. Công tác giảm nghèo\n2) Chăm sóc sức khỏe\nThứ nhất: Điều 5 khoản 2, lần thứ 3, tổ 5, khu phố 3');
    none('Hai Bà Trưng, hai bên đường, một số hộ, mỗi một cán bộ, trong năm người dân');
    none('tại 45 đường Trần Hưng Đạo, bộ phận 1 cửa, 1 số hộ, gia đình 3 sạch');
    none('dịp Quốc khánh 2/9 vừa qua, ngày 1/5 các em, đường 30/4');
  });

  it('numbers inside quotation marks and legal document numbers', () => {
    none('cuộc vận động “5 không, 3 sạch” và phong trào "Ngày 20 tuổi"');
    none('theo Quyết định số 217-QĐ/TW, Thông tư 02/2013/TT-BVHTTDL, Nghị định 100, Kế hoạch số 45/KH-UBND');
  });
});

// ---------------------------------------------------------------------------------------
// Properties

/** Format a non-negative number in Vietnamese notation: `.` groups thousands, `,` marks decimals. */
function vnFormat(int: bigint, decimals: string): string {
  const grouped = int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return decimals === '' ? grouped : `${grouped},${decimals}`;
}

const UNITS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
/** Spell 0 < n < 1000 the way Vietnamese writes it (`hai mươi mốt`, `một trăm linh năm`, `mười lăm`). */
function spellGroup(n: number, inner: boolean): string[] {
  const h = Math.floor(n / 100), t = Math.floor((n % 100) / 10), u = n % 10;
  const words: string[] = [];
  if (h > 0 || inner) words.push(h === 0 ? 'không' : UNITS[h - 1]!, 'trăm');
  if (t === 0 && u > 0 && words.length > 0) words.push('linh');
  if (t === 1) words.push('mười');
  if (t > 1) words.push(UNITS[t - 1]!, 'mươi');
  if (u > 0) words.push(t > 1 && u === 1 ? 'mốt' : t > 1 && u === 4 ? 'tư' : t >= 1 && u === 5 ? 'lăm' : UNITS[u - 1]!);
  return words;
}
function spell(n: number): string {
  const groups: [number, string][] = [[1e9, 'tỷ'], [1e6, 'triệu'], [1e3, 'nghìn'], [1, '']];
  const words: string[] = [];
  for (const [size, name] of groups) {
    const g = Math.floor(n / size) % 1000;
    if (g === 0) continue;
    words.push(...spellGroup(g, words.length > 0), ...(name ? [name] : []));
  }
  return words.join(' ');
}

describe('properties', () => {
  const integer = fc.bigInt({ min: 0n, max: 10n ** 15n });
  const decimals = fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,3}$/));

  it('a number in Vietnamese notation parses back to itself', () => {
    fc.assert(fc.property(integer, decimals, (i, d) => {
      const text = vnFormat(i, d);
      const value = Number(d === '' ? i.toString() : `${i}.${d}`);
      expect(parseVietnameseNumber(text)).toBe(value);
    }), { numRuns: 500 });
  });

  it('with a scale word it parses back to itself times the scale', () => {
    const scales = fc.constantFrom(['nghìn', 3], ['ngàn', 3], ['triệu', 6], ['tỷ', 9]) as fc.Arbitrary<[string, number]>;
    fc.assert(fc.property(fc.bigInt({ min: 1n, max: 999_999n }), decimals, scales, (i, d, [word, exp]) => {
      const mantissa = d === '' ? i.toString() : `${i}.${d}`;
      expect(parseVietnameseNumber(`${vnFormat(i, d)} ${word}`)).toBe(Number(`${mantissa}e${exp}`));
    }), { numRuns: 500 });
  });

  it('a measure in running text comes back as one fact with that value', () => {
    fc.assert(fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), decimals, fc.constantFrom('ha', 'm2', 'km', 'tấn', 'đồng', '%'), (i, d, unit) => {
      const num = vnFormat(i, d);
      const facts = extractFacts(`Kết quả đạt ${num} ${unit} trong năm.`);
      expect(facts).toHaveLength(1);
      expect(facts[0]!.value).toBe(Number(d === '' ? i.toString() : `${i}.${d}`));
    }), { numRuns: 300 });
  });

  it('spelled numbers parse back to themselves', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
      expect(parseVietnameseNumber(spell(n))).toBe(n);
    }), { numRuns: 1000 });
    expect(spell(1005)).toBe('một nghìn không trăm linh năm');
  });

  it('ugly inputs give a sensible result or none, never a throw', () => {
    expect(parseVietnameseNumber('1.2.3')).toBeNull();
    expect(parseVietnameseNumber(',5')).toBeNull();
    expect(parseVietnameseNumber('1,234.5')).toBeNull();
    expect(parseVietnameseNumber('10.000.000.000.000.000')).toBe(1e16);
    expect(extractFacts('1.2.3 ha, ,5 ha, 1,234.5 ha').map((f) => f.raw)).toEqual([]);
    expect(only('10.000.000.000.000.000 đồng').value).toBe(1e16);
    expect(extractFacts('9'.repeat(400) + ' ha')).toEqual([]);
    const alphabet = fc.constantFrom(...'0123456789.,/%-– “”"\n'.split(''), ' ha', ' hộ', ' tỷ', ' triệu', ' hơn', ' gần', ' năm', ' hai', ' mươi', ' trăm', ' ngày', 'QĐ-UBND');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (text) => {
      for (const f of extractFacts(text)) {
        expect(text.slice(f.start, f.end)).toBe(f.raw);
        expect(Number.isFinite(f.value)).toBe(true);
      }
      const p = parseVietnameseNumber(text);
      expect(p === null || Number.isFinite(p)).toBe(true);
    }), { numRuns: 2000 });
    expect(extractFacts(undefined as unknown as string)).toEqual([]);
  });
});

describe('bounded sentence (issue 12 item 3)', () => {
  // Every fact used to copy its whole sentence: `'15% '.repeat(8000)` (32 KB) gave a 257 MB
  // article. The sentence is now a window around the number, so the size is linear in the page.
  const size = (n: number) => JSON.stringify(extract(`<html><body><p>${'15% '.repeat(n)}</p></body></html>`)).length;

  it('an article of one long sentence full of numbers grows linearly with the page', () => {
    const small = size(2000), large = size(4000);
    expect(large / small).toBeLessThan(2.2);
    // and stays within a small constant per fact (raw, fields and a bounded sentence)
    expect(large / 4000).toBeLessThan(2 * SENTENCE_WINDOW + 200);
  });

  it('a long sentence is cut to a window around the number, at word boundaries, still a slice of the text', () => {
    const words = Array.from({ length: 300 }, (_, i) => `từ${i}`).join(' ');
    const text = `${words} có 350 hộ nghèo ${words}.`;
    const [f] = extractFacts(text);
    expect(f!.raw).toBe('350 hộ nghèo');
    expect(f!.sentence.length).toBeLessThanOrEqual(2 * SENTENCE_WINDOW + f!.raw.length);
    expect(text).toContain(f!.sentence);
    expect(f!.sentence).toMatch(/^từ\d+ .* từ\d+$/);
    expect(f!.sentence).toContain('có 350 hộ nghèo');
  });

  it('a sentence shorter than the window is kept whole', () => {
    const [f] = extractFacts('Mở đầu. Năm nay phường có 350 hộ nghèo, giảm mạnh. Kết thúc.');
    expect(f!.sentence).toBe('Năm nay phường có 350 hộ nghèo, giảm mạnh.');
  });
});
