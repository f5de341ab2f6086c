// Issue 17: rates (`per`), bounds (`atLeast` / `atMost`), parts of a whole, and the causes of
// misses and false facts found on real paragraphs, each fixed by a general rule.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/facts/index.js';
import { extractDocumentRefs } from '../src/references/index.js';
import { cpuMs } from './helpers/cost.js';

const brief = (s: string) => extractFacts(s).map((f) => ({ raw: f.raw, value: f.value, unit: f.unit, qualifier: f.qualifier, per: f.per }));
const only = (s: string) => {
  const all = extractFacts(s);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('rates', () => {
  it('keep the denominator written after a slash, lower-cased', () => {
    expect(only('hỗ trợ 300 triệu đồng/ha').per).toBe('ha');
    expect(only('lương 5 triệu đồng/tháng').per).toBe('tháng');
    expect(only('tốc độ 80 km/h').per).toBe('h');
    expect(only('bán 20 ngàn đồng/SIM').per).toBe('sim');
    expect(only('trợ cấp 2 triệu đồng/người/tháng').per).toBe('người/tháng');
    expect(only('19 học sinh/ máy tính').per).toBe('máy tính');
    const range = only('giá 150.000 - 200.000 đồng/kg');
    expect({ value: range.value, max: range.max, per: range.per, raw: range.raw }).toEqual({ value: 150000, max: 200000, per: 'kg', raw: '150.000 - 200.000 đồng/kg' });
  });
  it('take the noun of `mỗi X` before the fact in the same clause', () => {
    expect(only('mỗi hộ được hỗ trợ 5 triệu đồng').per).toBe('hộ');
    expect(only('mỗi người dân trung bình đọc 4 cuốn sách/năm').per).toBe('người dân/năm');
    expect(only('trung bình mỗi tháng, Cổng đã đăng khoảng 300 tin').per).toBe('tháng');
    expect(extractFacts('mỗi hộ được nhận quà. Xã có 300 hộ')[0]?.per).toBeNull();
  });
  it('a slash between two administrative divisions lists alternatives, not a rate', () => {
    expect(only('thuộc 30 xã/phường').per).toBeNull();
  });
  it('plain amounts have no denominator', () => {
    expect(only('kinh phí 5 tỷ đồng').per).toBeNull();
    expect(only('hằng năm hỗ trợ 500 suất').per).toBeNull();
  });
});

describe('bounds', () => {
  it('before the number', () => {
    const q = (s: string) => only(s).qualifier;
    expect(q('ít nhất 55 quốc gia')).toBe('atLeast');
    expect(q('tối thiểu 36 m2')).toBe('atLeast');
    expect(q('không dưới 20%')).toBe('atLeast');
    expect(q('không quá 30 năm')).toBe('atMost');
    expect(q('tối đa 10 tỷ đồng')).toBe('atMost');
    expect(q('không vượt quá 15%')).toBe('atMost');
    expect(q('ít nhất là 3%')).toBe('atLeast');
    expect(q('tối thiểu đủ 04 cán bộ')).toBe('atLeast');
  });
  it('after the number, spanning the opener, outranking a hedge', () => {
    const f = only('doanh nghiệp từ 500 lao động trở lên');
    expect({ raw: f.raw, qualifier: f.qualifier }).toEqual({ raw: 'từ 500 lao động trở lên', qualifier: 'atLeast' });
    expect(only('trẻ em từ 15 tuổi trở xuống').qualifier).toBe('atMost');
    expect(only('hơn 5 năm trở lên').qualifier).toBe('atLeast');
  });
  it('a hedge one filler word away still counts', () => {
    const f = only('thu ngân sách hơn là 874 tỷ đồng');
    expect({ raw: f.raw, qualifier: f.qualifier }).toEqual({ raw: 'hơn là 874 tỷ đồng', qualifier: 'over' });
  });
});

describe('parts of a whole', () => {
  it('a/b keeps its ratio and gains part and whole', () => {
    const f = only('đạt 18/24 tiêu chí');
    expect({ value: f.value, part: f.part, whole: f.whole, noun: f.noun }).toEqual({ value: 0.75, part: 18, whole: 24, noun: 'tiêu chí' });
  });
  it('with a unit after it, the value is the part in that unit and whole the total', () => {
    const f = only('đã giải ngân gần 72/160 tỷ đồng');
    expect({ value: f.value, unit: f.unit, part: f.part, whole: f.whole, qualifier: f.qualifier }).toEqual({ value: 72e9, unit: 'VND', part: 72e9, whole: 160e9, qualifier: 'nearly' });
    const g = only('gieo cấy 21.500ha/58.785ha');
    expect({ value: g.value, unit: g.unit, whole: g.whole, raw: g.raw }).toEqual({ value: 21500, unit: 'ha', whole: 58785, raw: '21.500ha/58.785ha' });
  });
  it('other facts have neither', () => {
    const f = only('có 38 hộ');
    expect([f.part, f.whole]).toEqual([null, null]);
  });
});

describe('causes of misses and false facts (issue 17 item 4)', () => {
  it('vạn is a scale word', () => {
    expect(only('sản lượng 11 vạn tấn').value).toBe(110000);
  });
  it('a spelled number before a plain noun counts', () => {
    expect(only('mở rộng thành sáu làn xe').value).toBe(6);
    expect(only('nuôi hai lồng cá').value).toBe(2);
  });
  it('`vụ` before a number with a counted noun after it is "the case of", a count', () => {
    expect(only('trong vụ 1 tài xế bị thương').value).toBe(1);
    expect(extractFacts('gieo cấy lúa vụ 2 năm nay')).toEqual([]);
  });
  it('a spelled number glued to an abbreviation is a place name', () => {
    expect(extractFacts('tại H.Năm Căn, tỉnh Cà Mau')).toEqual([]);
  });
  it('a patient number is a label', () => {
    expect(extractFacts('bệnh nhân (BN) 2910 ngồi ghế')).toEqual([]);
    expect(extractFacts('bệnh nhân 2910 ngồi ghế')).toEqual([]);
  });
  it('an address is no count even when its first word is a noun', () => {
    expect(extractFacts('trụ sở tại 789 Giải Phóng, Hà Nội')).toEqual([]);
  });
  it('compounds with an agent suffix are counted whole', () => {
    expect(only('cứu 7.508 thuyền viên').noun).toBe('thuyền viên');
    expect(only('danh sách 16 ứng cử viên').noun).toBe('ứng cử viên');
  });
  it('document codes with an en dash or without an issuer', () => {
    expect(extractDocumentRefs('Quyết định số 2496/QĐ –XPVPHC ngày 5/6')).toEqual(['2496/QĐ-XPVPHC']);
    expect(extractDocumentRefs('Giấy phép xây dựng số 95/GPXD')).toEqual(['95/GPXD']);
    expect(extractFacts('Giấy phép xây dựng số 95/GPXD')).toEqual([]);
    expect(extractDocumentRefs('đạt 18/24 tiêu chí, 12/14 tổ')).toEqual([]);
  });
});

describe('brief sanity', () => {
  it('a sentence with several kinds', () => {
    expect(brief('mỗi hộ được hỗ trợ 5 triệu đồng, tối đa 10 tỷ đồng')).toEqual([
      { raw: '5 triệu đồng', value: 5e6, unit: 'VND', qualifier: null, per: 'hộ' },
      { raw: 'tối đa 10 tỷ đồng', value: 1e10, unit: 'VND', qualifier: 'atMost', per: null },
    ]);
  });
});

describe('cost', () => {
  // The distributive search once scanned back through the whole text from every fact.
  it('stays linear in the text: four times the text costs about four times the CPU, not sixteen', () => {
    const text = (n: number) => 'Xã có 5 hộ, 300 triệu đồng/ha và 18/24 tiêu chí. '.repeat(n);
    const small = text(4000), large = text(16000);
    cpuMs(() => extractFacts(small)); // warm-up
    expect(cpuMs(() => extractFacts(large)) / cpuMs(() => extractFacts(small))).toBeLessThan(8);
  });
});
