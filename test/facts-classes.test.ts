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

// The classes below were found on set 2 (fixtures/facts-paragraphs/paragraphs-2.jsonl) after
// it had been measured untouched.
describe('a dot followed by fewer than three digits is a decimal point before a measure', () => {
  it('`2.7 tỷ đồng`, `5.3%`, `111.8mm`', () => {
    expect(only('kinh phí lên tới 2.7 tỷ đồng').value).toBe(2.7e9);
    expect(only('tăng 5.3% so với').value).toBe(5.3);
    expect(only('Thanh Oai (111.8mm)').value).toBe(111.8);
  });
  it('but no fact without a measure, and thousands stay thousands', () => {
    expect(extractFacts('Công nghiệp 4.0 và phiên bản 3.2.2, mục 2.1 Tổ chức')).toEqual([]);
    expect(only('có 1.200 hộ').value).toBe(1200);
  });
});

describe('a time word with a rate after it is a duration', () => {
  it('`24 giờ/ngày`', () => {
    const f = only('hoạt động 24 giờ/ngày');
    expect([f.value, f.noun, f.per]).toEqual([24, 'giờ', 'ngày']);
    expect(extractFacts('khai mạc lúc 8 giờ sáng')).toEqual([]);
  });
});

describe('anniversaries: `N năm ngày …` names a day, it counts no years', () => {
  it('gives nothing, while a plain duration stays', () => {
    expect(extractFacts('chào mừng 130 năm ngày Quốc tế lao động')).toEqual([]);
    expect(only('trong 82 năm qua').value).toBe(82);
  });
});

describe('bounds after a longer noun phrase, or after no noun', () => {
  it('`từ 4 thuê bao trở lên`, `từ 500 lao động phổ thông trở lên`', () => {
    expect(only('cá nhân có từ 4 thuê bao trở lên').qualifier).toBe('atLeast');
    const f = only('doanh nghiệp có từ 500 lao động phổ thông trở lên');
    expect([f.qualifier, f.raw]).toEqual(['atLeast', 'từ 500 lao động phổ thông trở lên']);
  });
  it('`độ tuổi từ 18 trở lên` counts the noun before it', () => {
    const f = only('công dân trong độ tuổi từ 18 trở lên');
    expect([f.value, f.unit, f.noun, f.qualifier]).toEqual([18, 'count', 'tuổi', 'atLeast']);
  });
});

describe('a rate one word after the unit or noun', () => {
  it('`3,2 bản sách/người`, `15m2 sàn/đầu người`', () => {
    expect(only('bình quân 3,2 bản sách/người').per).toBe('người');
    expect(only('tối thiểu là 15m2 sàn/đầu người').per).toBe('đầu người');
  });
  it('two divisions are still alternatives', () => {
    expect(only('thuộc 30 xã phường/thị trấn').per).toBeNull();
  });
});

describe('what a distributive reaches', () => {
  it('a list of facts of one kind after it', () => {
    expect(facts('mỗi thể loại gồm 01 giải Nhất, 02 giải Nhì; 03 giải Ba và 05 giải Khuyến khích').map((f) => f.per))
      .toEqual(['thể loại', 'thể loại', 'thể loại', 'thể loại']);
  });
  it('the whole sentence when fronted with a comma (`Mỗi năm, …`)', () => {
    expect(facts('Mỗi năm, các cơ sở Đoàn tham gia sửa chữa, bảo dưỡng được tối thiểu 5.000 km đường giao thông nông thôn; 2.000 km thủy lợi nội đồng.').map((f) => f.per))
      .toEqual(['năm', 'năm']);
  });
  it('not a fact of another kind after the first', () => {
    expect(facts('mỗi hộ được hỗ trợ 5 triệu đồng, tổng kinh phí 2 tỷ đồng').map((f) => f.per)).toEqual(['hộ', null]);
  });
  it('across a semicolon glued inside a word (a broken entity), not a real one', () => {
    expect(only('mỗi đơn vị tiến hành x;ét chọn 01 cá nhân').per).toBe('đơn vị');
    expect(only('mỗi đơn vị có kế hoạch; xã chọn 01 cá nhân').per).toBeNull();
  });
  it('its noun keeps an administrative level (`mỗi chức danh cấp xã`)', () => {
    expect(only('do mỗi chức danh cấp xã chỉ có từ 1 đến 2 người').per).toBe('chức danh cấp xã');
  });
});

describe('idioms with a number', () => {
  it('`đi 1 mình` (alone) is no count', () => {
    expect(extractFacts('Người lớn đi 1 mình sẽ mua vé')).toEqual([]);
  });
});

describe('document codes', () => {
  it('a glued `v/v` (về việc) is not part of the code', () => {
    expect(extractDocumentRefs('Công văn số 1956/STTTT-BCXBTTv/v tăng cường')).toEqual(['1956/STTTT-BCXBTT']);
  });
  it('a joint plan keeps its agencies after the colon', () => {
    expect(extractDocumentRefs('Kế hoạch số 3393/KH-LN: STTTT-SGDĐT-TĐHN-BĐHN ngày 5/6')).toEqual(['3393/KH-LN:STTTT-SGDĐT-TĐHN-BĐHN']);
    expect(extractDocumentRefs('Kế hoạch số 45/KH-UBND: Kế hoạch tuyên truyền')).toEqual(['45/KH-UBND']);
  });
});

describe('`a … trên b`: out of, not over', () => {
  it('a count of the same noun, or a few content words, before `trên`', () => {
    expect(facts('đã có 3126 trường hợp mắc bệnh trên 8441 người bị phát ban').map((f) => f.qualifier)).toEqual([null, null]);
    expect(facts('25 trường hợp tử vong do sởi đã được xác định trên 108 trường hợp tử vong').map((f) => f.qualifier)).toEqual([null, null]);
  });
  it('`trên` stays over after a function word or another clause', () => {
    expect(facts('xã có 10 thôn với trên 3.000 hộ').map((f) => f.qualifier)).toEqual([null, 'over']);
    expect(facts('có 5 xã, trên 300 hộ').map((f) => f.qualifier)).toEqual([null, 'over']);
  });
});

describe('a distributive right after the fact', () => {
  it('`2,5 triệu đồng mỗi tháng` is a rate per tháng', () => {
    expect(only('Tổ trưởng được hỗ trợ 2,5 triệu đồng mỗi tháng').per).toBe('tháng');
    expect(only('tập thể dục 30 phút mỗi ngày').per).toBe('ngày');
  });
  it('governs no later clause, and `20 hộ mỗi hộ …` starts a new one', () => {
    expect(facts('hỗ trợ 5 triệu đồng mỗi hộ, tổng kinh phí 2 tỷ đồng').map((f) => f.per)).toEqual(['hộ', null]);
    expect(facts('có 20 hộ mỗi hộ được nhận quà').map((f) => f.per)).toEqual([null]);
  });
});

describe('a Roman numeral after a label word', () => {
  it('names it, while other nouns still count (`2 giải I`)', () => {
    expect(only('đạt 2 giải I').value).toBe(2);
  });
});

describe('checks from the whole portal (2,901 pages, unannotated)', () => {
  it('a number naming a body before a plural marker counts nothing', () => {
    expect(extractFacts('các ngành và Ban chỉ đạo 389 các quận, huyện, thị xã')).toEqual([]);
  });
  it('`mức N` is a level', () => {
    expect(extractFacts('1.113 dịch vụ công trực tuyến mức 3 và 388 dịch vụ').map((f) => f.value)).toEqual([1113, 388]);
  });
  it('a slash one word after the noun gives a rate only with a denominator', () => {
    expect(only('100% cổng/trang thông tin').per).toBeNull();
    expect(only('có 21 tỉnh ủy/ thành ủy ban hành').per).toBeNull();
    expect(only('định mức 0,2 lít xăng/km').per).toBe('km');
  });
  it('a post-posed `mỗi X` is spent on its fact', () => {
    expect(facts('có 8 trận đấu mỗi ngày và kéo dài trong 3 ngày').map((f) => f.per)).toEqual(['ngày', null]);
  });
  it('a value glued to a colon after a word (CSS pasted from Word) gives nothing', () => {
    expect(extractFacts('mso-para-margin:0cm; font-size:10.0pt;')).toEqual([]);
  });
});

describe('more classes from the whole portal', () => {
  it('a number spelled out again in brackets keeps its unit after the bracket', () => {
    const f = only('được cấp trong thời hạn không quá 15 (mười lăm) ngày làm việc');
    expect([f.value, f.noun, f.qualifier]).toEqual([15, 'ngày', 'atMost']);
  });
  it('`từ` is a counted noun (words) with no object after it', () => {
    expect(only('Mỗi bài viết không quá 1.500 từ (Một tác phẩm').per).toBe('bài viết');
    expect(facts('vốn đăng ký gần 28 tỷ từ 72 quốc gia').map((f) => f.unit)).toEqual(['VND', 'count']);
  });
  it('abbreviated nouns with a slash are no rate (`2 đ/c`)', () => {
    expect([only('và 2 đ/c Phó bí thư').unit, only('và 2 đ/c Phó bí thư').per]).toEqual(['count', null]);
  });
  it('`bẩy`, `chín` alone need a noun of the lexicon (`đòn bẩy`, `chín muồi`)', () => {
    expect(extractFacts('là đòn bẩy kích cầu tiêu dùng')).toEqual([]);
    expect(only('chín tháng qua').value).toBe(9);
  });
  it('a counted noun glued to the number, and a rate making a four-digit count no year', () => {
    expect(only('ghi nhận 40ca/ngày.').per).toBe('ngày');
    expect(only('tặng 2000 ly/ngày').value).toBe(2000);
  });
  it('`mỗi một X` is per X', () => {
    expect(only('mỗi một điểm diễn ra 4 hoạt động').per).toBe('điểm');
  });
});

describe('anniversaries and years, continued', () => {
  it('`chào mừng N năm …` is an anniversary; `là năm …` a year', () => {
    expect(extractFacts('Chào mừng 15 năm Hà Nội được UNESCO vinh danh')).toEqual([]);
    expect(extractFacts('năm 2020 là năm tổ chức Đại hội')).toEqual([]);
    expect(only('sau 15 năm xây dựng').value).toBe(15);
  });
});

describe('spelled ranges', () => {
  it('`một đến hai cây xanh` is a range, `một số` still nothing', () => {
    const f = only('Mỗi phòng đăng ký trồng và chăm sóc một đến hai cây xanh');
    expect([f.value, f.max, f.per]).toEqual([1, 2, 'phòng']);
    expect(extractFacts('một số đơn vị')).toEqual([]);
  });
});

describe('more bound and hedge cues of the same classes', () => {
  it('negated comparatives and deadlines are bounds, negated reach is under', () => {
    const q = (s: string) => only(s).qualifier;
    expect(q('tỷ lệ không thấp hơn 80%')).toBe('atLeast');
    expect(q('giá không cao hơn 5 triệu đồng')).toBe('atMost');
    expect(q('chậm nhất là 30 ngày')).toBe('atMost');
    expect(q('chưa đến 5%')).toBe('under');
    expect(q('thấp hơn 5%')).toBe('under');
  });
  it('`41 Điều` counts articles, `Điều 5` labels one', () => {
    expect(facts('Luật gồm 5 Chương, 41 Điều, quy định').map((f) => f.value)).toEqual([5, 41]);
    expect(extractFacts('theo Điều 5 của Luật')).toEqual([]);
  });
});

describe('rates two words after the unit, bare bounds of a measure noun', () => {
  it('`11.600 tấn lợn hơi/tháng` is per tháng', () => {
    expect(only('khoảng 11.600 tấn lợn hơi/tháng').per).toBe('tháng');
  });
  it('`từ 1,25 trở lên` after a noun that is no measure counts nothing named', () => {
    expect(only('hệ số phụ cấp chức vụ từ 1,25 trở lên').noun).toBeNull();
  });
});

describe('a post-posed mỗi with a unit, or two of them', () => {
  it('`135 triệu đồng mỗi héc-ta mỗi năm` is per héc-ta/năm', () => {
    expect(only('đạt bình quân 135 triệu đồng mỗi héc-ta mỗi năm').per).toBe('héc-ta/năm');
    expect(only('năng suất 5,8 tấn mỗi hecta').per).toBe('hecta');
    expect(only('mỗi héc-ta được hỗ trợ 5 triệu đồng').per).toBe('héc-ta');
  });
});
