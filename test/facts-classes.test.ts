// Classes of misses and false facts found on the real annotated paragraphs
// (fixtures/facts-paragraphs): each test states one class with sentences of its own.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/facts/index.js';
import { extractDocumentRefs } from '../src/references/index.js';
import type { NumericFact } from '../src/types.js';

const facts = (s: string) => extractFacts(s).map((f) => ({ value: f.value, max: f.max ?? null, unit: f.unit, noun: f.noun, qualifier: f.qualifier, per: f.per }));
const only = (s: string): NumericFact => {
  const all = extractFacts(s);
  expect(all.map((f) => f.raw), s).toHaveLength(1);
  return all[0]!;
};

describe('a label word that closes a compound word labels nothing', () => {
  it('`nông thôn`, `dịch vụ`, `nhiệm vụ` before a number', () => {
    expect(only('đào tạo nghề cho lao động nông thôn 2 năm qua').value).toBe(2);
    const r = only('cơ cấu theo hướng dịch vụ 61-62%');
    expect([r.value, r.max, r.unit]).toEqual([61, 62, '%']);
    expect(only('hoàn thành nhiệm vụ 3 năm liền').value).toBe(3);
  });
  it('the label words alone still label', () => {
    expect(extractFacts('người dân thôn 2 đã đóng góp')).toEqual([]);
    expect(extractFacts('gieo cấy lúa vụ 2 năm nay')).toEqual([]);
  });
});

describe('unit symbols outside the normalised list, glued to the number', () => {
  it('are counts of the symbol as written', () => {
    const f = only('lượng mưa đo được 111mm');
    expect([f.value, f.unit, f.noun]).toEqual([111, 'count', 'mm']);
    expect(only('công suất bức xạ lên tới 1012W').noun).toBe('W');
    expect([only('có nơi trên 250mm').qualifier]).toEqual(['over']);
    const r = only('tổng lượng mưa từ 150 – 250mm');
    expect([r.value, r.max, r.noun]).toEqual([150, 250, 'mm']);
  });
  it('a glued letter that is no unit symbol still gives nothing', () => {
    expect(extractFacts('đường 12A và lô 5B')).toEqual([]);
    expect(extractFacts('mạng 4G/5G')).toEqual([]);
  });
});

describe('comparatives are hedges', () => {
  it('`thấp hơn`, `ít hơn`, `nhỏ hơn` are under; `cao hơn`, `nhiều hơn` over', () => {
    expect(only('trên tần phổ thấp hơn 11GHz').qualifier).toBe('under');
    expect(only('tỷ lệ ít hơn 5%').qualifier).toBe('under');
    expect(only('cao hơn 20 ha').qualifier).toBe('over');
  });
});

describe('a plural marker between the number and its noun', () => {
  it('`101 các tiêu chuẩn` counts the noun after the marker', () => {
    const f = only('hủy bỏ 101 các tiêu chuẩn ngành về viễn thông');
    expect([f.value, f.unit]).toEqual([101, 'count']);
    expect(f.noun?.startsWith('tiêu chuẩn')).toBe(true);
  });
  it('but a year or a label before `các` stays what it was', () => {
    expect(extractFacts('đến năm 2020 các xã đều đạt chuẩn')).toEqual([]);
    expect(extractFacts('theo Điều 5 các bên thỏa thuận')).toEqual([]);
  });
});

describe('titles of office and capitalised compound nouns are counted nouns', () => {
  it('`01 Phó Chủ tịch UBND`, `2 Phó Giám đốc`, `14 Dịch vụ`', () => {
    expect(only('phải có 01 Phó Chủ tịch UBND và').noun).toBe('Phó Chủ tịch');
    expect(only('gồm 2 Phó Giám đốc Sở').noun).toBe('Phó Giám đốc');
    expect(only('gồm: 14 Dịch vụ của sở Kế hoạch').noun).toBe('Dịch vụ');
  });
  it('an address is still no count', () => {
    expect(extractFacts('trụ sở tại 789 Giải Phóng, Hà Nội')).toEqual([]);
  });
});

describe('a bound before a distributive bounds the fact it governs', () => {
  it('`tối thiểu mỗi xã phát triển 1 cộng tác viên` is atLeast, per xã', () => {
    const f = only('mục tiêu tối thiểu mỗi xã phát triển 1 cộng tác viên');
    expect([f.qualifier, f.per, f.raw]).toEqual(['atLeast', 'xã', 'tối thiểu mỗi xã phát triển 1 cộng tác viên']);
  });
});

describe('a list of bare numbers shares the unit of its last item', () => {
  it('noun and unit (`27, 16 và 7 tầng`)', () => {
    expect(facts('khối công trình cao 27, 16 và 7 tầng').map((f) => [f.value, f.noun])).toEqual([[27, 'tầng'], [16, 'tầng'], [7, 'tầng']]);
  });
  it('the thousands written on the last item only, and its rate (`33, 66 và 88.000 đồng/tháng`)', () => {
    expect(facts('3 gói cước 33, 66 và 88.000 đồng/tháng').map((f) => [f.value, f.unit, f.per])).toEqual([
      [3, 'count', null], [33000, 'VND', 'tháng'], [66000, 'VND', 'tháng'], [88000, 'VND', 'tháng'],
    ]);
  });
  it('a scale word of the last item applies to all (`2, 3 và 5 tỷ đồng`)', () => {
    expect(facts('các gói 2, 3 và 5 tỷ đồng').map((f) => f.value)).toEqual([2e9, 3e9, 5e9]);
  });
  it('labels, dates and years in a list stay what they are', () => {
    expect(extractFacts('Trong các ngày 12 và 13 tháng 7 năm 2018')).toEqual([]);
    expect(extractFacts('theo Điều 5, 6 và 7 Luật này')).toEqual([]);
    expect(extractFacts('các năm 2018, 2019 và 2020')).toEqual([]);
  });
});

describe('a Roman numeral after the noun makes the noun a label', () => {
  it('`Trung ương 4 khóa XI` gives nothing', () => {
    expect(extractFacts('thực hiện Nghị quyết Trung ương 4 khóa XI')).toEqual([]);
  });
  it('a noun not followed by one still counts', () => {
    expect(only('đã tổ chức 4 khóa đào tạo').value).toBe(4);
  });
});

describe('a dash between two numbers of one unit is a range', () => {
  it('`từ 2% – 3%` is one range', () => {
    const f = only('mức tiết kiệm năng lượng từ 2% – 3% mức tiêu hao');
    expect([f.value, f.max, f.unit, f.raw]).toEqual([2, 3, '%', 'từ 2% – 3%']);
  });
  it('`từ 3,5 m đến 5 m` stays two facts (the fixtures annotate it so)', () => {
    expect(facts('mặt đường rộng từ 3,5 m đến 5 m').map((f) => f.value)).toEqual([3.5, 5]);
  });
});

describe('references', () => {
  it('stay exact on the paragraphs of these classes', () => {
    expect(extractDocumentRefs('theo Quyết định số 23/2010/QĐ-UBND, 27, 16 và 7 tầng')).toEqual(['23/2010/QĐ-UBND']);
  });
});
