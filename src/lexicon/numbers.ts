/**
 * Vietnamese vocabulary of numeric facts: scale words, spelled numbers, measure units,
 * hedges, counted nouns and the context words that make a number a date, a label or a
 * phone number instead of a fact. Data only; the rules live in `src/facts/`.
 * Every entry is lower case NFC; matching is case-insensitive.
 */
import type { FactQualifier, FactQuantity, FactUnit } from '../types.js';

/** Scale words and the power of ten they multiply by (`1,5 tỷ` = 1.5e9, `3 nghìn tỷ` = 3e12). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  'chục': 1,
  'trăm': 2,
  // Ten thousand, as in `11 vạn tấn` (older and Sino-Vietnamese usage).
  'vạn': 4,
  'nghìn': 3,
  'ngàn': 3,
  'triệu': 6,
  'tỷ': 9,
  'tỉ': 9,
};

/** Spelled digits. `mốt`, `tư`, `lăm`, `nhăm` are the forms used after `mươi` / `mười`. */
export const SPELLED_DIGITS: Readonly<Record<string, number>> = {
  'một': 1, 'mốt': 1,
  'hai': 2,
  'ba': 3,
  'bốn': 4, 'tư': 4,
  'năm': 5, 'lăm': 5, 'nhăm': 5,
  'sáu': 6,
  'bảy': 7, 'bẩy': 7,
  'tám': 8,
  'chín': 9,
};

/** Digit forms that only occur after a tens word (`hai mươi mốt`, `mười lăm`), never alone. */
export const SPELLED_DIGITS_AFTER_TENS: ReadonlySet<string> = new Set(['mốt', 'tư', 'lăm', 'nhăm']);

/** Words that build spelled numbers besides digits and scale words. */
/** Five, which after tens is written `lăm`: `hai mươi năm` is "twenty years", not 25. */
export const SPELLED_FIVE = 'năm';

export const SPELLED_TEN = 'mười';
export const SPELLED_TENS = 'mươi';
export const SPELLED_HUNDRED = 'trăm';
/** "zero hundreds" as in `một nghìn không trăm linh năm` (1005); `không` alone means "not". */
export const SPELLED_ZERO_HUNDREDS = 'không trăm';
/** "zero tens" as in `một trăm linh năm` (105). */
export const SPELLED_ZERO_TENS: ReadonlySet<string> = new Set(['linh', 'lẻ']);

/**
 * Words before a lone spelled `năm` that make it "year" rather than "five"
 * (`trong năm người dân…`, `cả năm`, `hằng năm`).
 */
export const YEAR_NAM_PRECEDERS: ReadonlySet<string> = new Set([
  'trong', 'cả', 'mỗi', 'hằng', 'hàng', 'cuối', 'đầu', 'giữa', 'các', 'những', 'một', 'nhiều',
  'qua', 'của', 'từ', 'đến', 'tới', 'vào', 'sang', 'năm', 'này', 'cùng', 'nửa', 'là',
]);

/** A measure unit: how it is written, what it normalises to, what it measures. */
export interface MeasureUnit {
  readonly unit: FactUnit;
  readonly quantity: FactQuantity;
}

const AREA_HA: MeasureUnit = { unit: 'ha', quantity: 'area' };
const AREA_M2: MeasureUnit = { unit: 'm2', quantity: 'area' };
const AREA_KM2: MeasureUnit = { unit: 'km2', quantity: 'area' };
const LENGTH_M: MeasureUnit = { unit: 'm', quantity: 'length' };
const LENGTH_KM: MeasureUnit = { unit: 'km', quantity: 'length' };
const VOLUME_M3: MeasureUnit = { unit: 'm3', quantity: 'volume' };
const MASS_T: MeasureUnit = { unit: 't', quantity: 'mass' };
const MASS_KG: MeasureUnit = { unit: 'kg', quantity: 'mass' };
const MONEY_VND: MeasureUnit = { unit: 'VND', quantity: 'money' };
const MONEY_USD: MeasureUnit = { unit: 'USD', quantity: 'money' };
const PERCENT: MeasureUnit = { unit: '%', quantity: 'percent' };

/**
 * Spellings of measure units after a number, with or without a space (`6m`, `6 m`).
 * Anything not listed here that follows a number is a counted noun (`80 tuổi`, `5 tạ`).
 */
export const MEASURE_UNITS: Readonly<Record<string, MeasureUnit>> = {
  'ha': AREA_HA, 'hecta': AREA_HA, 'héc-ta': AREA_HA, 'hécta': AREA_HA, 'hec-ta': AREA_HA, 'héc ta': AREA_HA,
  'm2': AREA_M2, 'm²': AREA_M2, 'mét vuông': AREA_M2,
  'km2': AREA_KM2, 'km²': AREA_KM2, 'ki-lô-mét vuông': AREA_KM2, 'kilômét vuông': AREA_KM2, 'cây số vuông': AREA_KM2,
  'm': LENGTH_M, 'mét': LENGTH_M,
  'km': LENGTH_KM, 'ki-lô-mét': LENGTH_KM, 'kilômét': LENGTH_KM, 'kilomet': LENGTH_KM, 'cây số': LENGTH_KM,
  'm3': VOLUME_M3, 'm³': VOLUME_M3, 'mét khối': VOLUME_M3,
  'tấn': MASS_T,
  'kg': MASS_KG, 'ki-lô-gam': MASS_KG, 'kilôgam': MASS_KG, 'kilogam': MASS_KG,
  'đồng': MONEY_VND, 'đ': MONEY_VND, 'vnđ': MONEY_VND, 'vnd': MONEY_VND, 'việt nam đồng': MONEY_VND,
  'usd': MONEY_USD, 'đô la mỹ': MONEY_USD, 'đô la': MONEY_USD, 'đô-la': MONEY_USD, 'đôla': MONEY_USD,
  '%': PERCENT, 'phần trăm': PERCENT,
};

/**
 * Nouns that begin with a unit spelling (`5 đồng chí` is five comrades, not 5 đồng):
 * after a number they are counted nouns, never units.
 */
export const UNIT_FALSE_FRIENDS: readonly string[] = [
  'đồng chí', 'đồng bào', 'đồng hồ', 'đồng ruộng', 'đồng lúa', 'đồng đội', 'đồng phục', 'đồng nghiệp',
  'đồng môn', 'đồng hương', 'tấn công',
];

/**
 * Unit symbols outside {@link MEASURE_UNITS} (`111mm`, `11GHz`, `1012W`): the contract has no
 * unit for them, so they are counts of the symbol as written. One-letter symbols count only
 * glued to the number (`1012W`; `5 W` may be anything).
 */
export const OTHER_UNIT_SYMBOLS: readonly string[] = [
  'mm', 'cm', 'dm', 'ml', 'mg', 'µm', 'nm', 'hz', 'khz', 'mhz', 'ghz', 'w', 'kw', 'mw', 'gw', 'kwh', 'mwh',
  'kv', 'kva', 'mva', 'gb', 'mb', 'tb', 'kb', 'mbps', 'gbps', 'kbps', 'db', 'lux', '°c',
];

/** Scale exponent from which a bare scaled number is money (`hơn 5 tỷ, tăng…` → VND). */
export const MONEY_SCALE_MIN_EXPONENT = 6;

/** Hedges written before a number, longest phrases matched first. */
export const QUALIFIERS: Readonly<Record<string, FactQualifier>> = {
  'gần': 'nearly',
  'hơn': 'over',
  'trên': 'over',
  'khoảng': 'about',
  'ước': 'about',
  'ước tính': 'about',
  'ước tính khoảng': 'about',
  'ước khoảng': 'about',
  'ước đạt': 'about',
  'ước tính đạt': 'about',
  'xấp xỉ': 'about',
  'chừng': 'about',
  'khoảng chừng': 'about',
  'trên dưới': 'about',
  'dưới': 'under',
  // Comparatives: `thấp hơn 11GHz` is under, `cao hơn 20 ha` over.
  'thấp hơn': 'under',
  'ít hơn': 'under',
  'nhỏ hơn': 'under',
  'cao hơn': 'over',
  'lớn hơn': 'over',
  'nhiều hơn': 'over',
  // Negated: `chưa đến 5%` is under.
  'chưa đến': 'under',
  'chưa tới': 'under',
  'không đến': 'under',
  'không tới': 'under',
  // Bounds: they outrank a hedge (`trên 5 năm trở lên` is atLeast).
  'ít nhất': 'atLeast',
  'tối thiểu': 'atLeast',
  'không dưới': 'atLeast',
  'không ít hơn': 'atLeast',
  'mức thấp nhất': 'atLeast',
  'mức tối thiểu': 'atLeast',
  'không quá': 'atMost',
  'tối đa': 'atMost',
  'không vượt quá': 'atMost',
  'không nhiều hơn': 'atMost',
  'nhiều nhất': 'atMost',
  'mức cao nhất': 'atMost',
  'mức tối đa': 'atMost',
  // Negated comparatives and deadlines (`không thấp hơn 80%`, `chậm nhất 30 ngày`).
  'không thấp hơn': 'atLeast',
  'không nhỏ hơn': 'atLeast',
  'không cao hơn': 'atMost',
  'không lớn hơn': 'atMost',
  'không vượt': 'atMost',
  'chậm nhất': 'atMost',
  'muộn nhất': 'atMost',
};

/**
 * Words that may stand between a hedge or bound and its number without breaking it
 * (`hơn là 874 tỷ đồng`, `ít nhất là 3%`, `tối thiểu đủ 04 cán bộ`, `từ đủ 80 tuổi trở lên`).
 */
export const QUALIFIER_FILLERS: ReadonlySet<string> = new Set(['là', 'đủ']);

/** Nouns of measure before `từ N trở lên` that the bare number counts (`độ tuổi từ 18 trở lên` → 18 tuổi). */
export const BOUNDED_NOUNS: ReadonlySet<string> = new Set(['tuổi', 'năm', 'tháng', 'ngày', 'giờ', 'điểm', 'lần', 'người']);

/** Bounds written after a number and its noun (`từ 500 lao động trở lên`, `15 tuổi trở xuống`). */
export const BOUNDS_AFTER: Readonly<Record<string, FactQualifier>> = {
  'trở lên': 'atLeast',
  'trở xuống': 'atMost',
};

/**
 * Distributives that make the facts after them in the clause a rate over their noun
 * (`mỗi hộ được hỗ trợ 5 triệu đồng` → per `hộ`). `hằng` / `hàng` (`hằng năm`) mark a
 * habit, not a denominator.
 */
export const RATE_DISTRIBUTIVES: readonly string[] = ['mỗi'];

/**
 * Denominators of rates (time, people, households, land and measures): a slash one word after
 * the unit or noun gives a rate only with one of these (`3,2 bản sách/người`, `15m2 sàn/đầu
 * người`, `0,2 lít xăng/km`); `100% cổng/trang`, `21 tỉnh ủy/ thành ủy` list alternatives.
 */
export const RATE_DENOMINATORS: ReadonlySet<string> = new Set([
  'năm', 'tháng', 'ngày', 'tuần', 'quý', 'giờ', 'phút', 'h', 'vụ', 'đợt', 'lần', 'kỳ',
  'người', 'đầu người', 'người dân', 'hộ', 'khẩu', 'nhân khẩu', 'học sinh', 'lao động', 'cán bộ',
  'ha', 'hecta', 'sào', 'mẫu', 'km', 'km2', 'm', 'm2', 'kg', 'tấn', 'lít', 'con', 'xã', 'thôn',
]);

/**
 * Administrative divisions: `N xã/phường` or `mỗi tỉnh/thành phố` lists alternatives of one
 * kind, so a slash between two of them is no rate.
 */
export const ADMINISTRATIVE_DIVISIONS: ReadonlySet<string> = new Set([
  'tỉnh', 'thành phố', 'thành', 'quận', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn', 'thôn', 'tổ',
  'tổ dân phố', 'ấp', 'bản', 'làng', 'xóm', 'khu phố', 'khối phố', 'buôn', 'khóm', 'sở', 'ngành', 'ban',
]);

/** Words that open a range before its first number (`từ 5 đến 7 ha`). */
export const RANGE_OPENERS: ReadonlySet<string> = new Set(['từ']);
/** Words and dashes between the two ends of a range. */
export const RANGE_CONNECTORS: readonly string[] = ['đến', 'tới', '-', '–', '—', '~'];

/**
 * Words that, standing right before a number, make it part of a date or time
 * (`ngày 15`, `tháng 10`, `năm 2020`, `quý 3`, `lúc 8`).
 */
export const DATE_CUES: ReadonlySet<string> = new Set([
  'ngày', 'tháng', 'năm', 'quý', 'mùng', 'mồng', 'hôm', 'sáng', 'chiều', 'tối', 'trưa', 'đêm',
  'khuya', 'lúc', 'giờ', 'tuần', 'niên khóa', 'niên khoá', 'nhiệm kỳ', 'khóa', 'khoá', 'giai đoạn', 'thế kỷ',
  'thập niên', 'mùa', 'tết', 'vụ', 'kỳ',
]);

/** Words that announce a phone or fax number (`đường dây nóng 0234.3551.246`). */
export const PHONE_CUES: readonly string[] = [
  'điện thoại', 'đt', 'sđt', 'hotline', 'đường dây nóng', 'fax', 'số máy', 'zalo', 'tổng đài',
];

/**
 * Words that, standing right before a number, make it a label, an address or an ordinal
 * rather than a quantity (`số 12`, `Quận 12`, `hẻm 68`, `tổ 5`, `Điều 5`, `lần thứ 3`, `lớp 9`).
 */
export const LABEL_PRECEDERS: ReadonlySet<string> = new Set([
  'số', 'mã', 'mã số', 'biển số', 'ký hiệu', 'thứ', 'lần thứ', 'hạng',
  'quận', 'phường', 'huyện', 'hẻm', 'kiệt', 'ngõ', 'ngách', 'khu phố', 'khối phố', 'tổ dân phố', 'tổ',
  'khu', 'ấp', 'thôn', 'xóm', 'khóm', 'đội', 'lô', 'thửa', 'tờ', 'phòng', 'tầng', 'căn hộ',
  'đường', 'quốc lộ', 'tỉnh lộ', 'hương lộ', 'km', 'lớp', 'khối',
  'điều', 'khoản', 'điểm', 'chương', 'mục', 'bước', 'đợt', 'lần', 'phiên', 'kỳ họp',
  // Ordinal levels (`mức độ 3`, `bậc 2`, `cấp độ 4`) and anniversaries (`kỷ niệm 70 năm thành lập`).
  'mức', 'mức độ', 'cấp độ', 'bậc', 'kỷ niệm',
  // Identifiers of people and cases (`bệnh nhân 2910`, `(BN) 2910`): the number names one of them.
  'bệnh nhân', 'bn',
  'cụm', 'liên tổ', 'chi bộ', 'chi hội', 'chi đoàn', 'đơn nguyên', 'tòa', 'tòa nhà', 'block',
  ...PHONE_CUES,
]);

/**
 * Places and areas: before them `trên` means "on", not "over" (`lát đá vỉa hè trên 7 tuyến
 * phố`, `sản xuất trên 85% diện tích`).
 */
export const LOCATIVE_NOUNS: readonly string[] = [
  'tuyến', 'con đường', 'đoạn đường', 'đường', 'phố', 'địa bàn', 'khu vực', 'diện tích', 'tổng diện tích',
  'cánh đồng', 'mặt bằng', 'vùng', 'thửa ruộng', 'tuyến đường', 'tuyến phố', 'tuyến kênh',
];

/** The qualifier word that also means "on" before a place. */
export const LOCATIVE_QUALIFIER = 'trên';

/** Verbs of quantity: after them `trên` is "over" even before a place (`chiếm trên 80% diện tích`). */
export const QUANTITY_VERBS: ReadonlySet<string> = new Set([
  'chiếm', 'đạt', 'có', 'với', 'là', 'gồm', 'tăng', 'giảm', 'còn', 'lên', 'xuống', 'thu', 'bằng', 'vượt',
  'tới', 'đến', 'khoảng', 'tổng', 'số', 'được',
]);

/** Words before a label or date word that make it a plain noun again (`mỗi tuần 3 buổi`, `hằng năm 500 suất`). */
export const DISTRIBUTIVES: ReadonlySet<string> = new Set(['mỗi', 'hằng', 'hàng', 'từng', 'mọi', 'một']);

/** Phrases ending in a label word that still count (`tổng số 45 hộ`). */
export const LABEL_EXCEPTIONS: ReadonlySet<string> = new Set([
  'tổng số', 'dân số', 'con số', 'có số', 'chiếu sáng', 'buổi sáng', 'buổi chiều', 'buổi tối', 'ánh sáng',
  'dứt điểm', 'trọng điểm', 'địa điểm', 'thời điểm', 'cao điểm', 'ưu điểm', 'nhược điểm', 'quan điểm',
  // Words whose last syllable is a label or date word (`nông thôn 2 năm qua`, `dịch vụ 61-62%`).
  'nông thôn', 'dịch vụ', 'nhiệm vụ', 'nghiệp vụ', 'phục vụ', 'sự vụ', 'hạ tầng', 'quân đội', 'bộ đội',
  'tài khoản', 'hạng mục', 'danh mục', 'định kỳ', 'chu kỳ', 'định mức', 'vượt mức',
]);

/** Words that may stand between a phone cue and its digits (`điện thoại khẩn cấp 114`, `ĐT số: 0234…`). */
export const PHONE_FILLERS: readonly string[] = [
  'số', 'khẩn cấp', 'trực ban', 'di động', 'cố định', 'liên hệ', 'liên lạc', 'bàn', 'là',
];

/**
 * Words that never head a counted noun phrase: a number followed by one of these is not
 * a count (`114 và …`, `1976 đến nay`).
 */
export const NON_NOUNS: ReadonlySet<string> = new Set([
  'và', 'với', 'của', 'là', 'ở', 'tại', 'trong', 'ngoài', 'đến', 'tới', 'so', 'để', 'cho', 'theo', 'từ',
  'trên', 'dưới', 'hơn', 'nay', 'này', 'đó', 'kia', 'ấy', 'được', 'bị', 'có', 'đã', 'sẽ', 'đang', 'thì',
  'mà', 'nhưng', 'hoặc', 'hay', 'các', 'những', 'mỗi', 'cùng', 'về', 'vào', 'ra', 'lên', 'xuống', 'qua',
  'sau', 'trước', 'khi', 'nên', 'vì', 'do', 'bởi', 'đối', 'như', 'rồi', 'lại', 'cũng', 'chỉ', 'đều',
  'nữa', 'không', 'chưa', 'còn', 'đạt', 'gồm', 'bao', 'tăng', 'giảm', 'trở', 'nhằm', 'bằng', 'tính',
  'thuộc', 'gần', 'khoảng', 'nào', 'ngay', 'vẫn', 'rất', 'thêm', 'đi', 'hết',
]);

/**
 * Words that, after `N tháng`, name a calendar period rather than a count
 * (`6 tháng đầu năm`, `3 tháng cuối năm`).
 */
export const PERIOD_AFTER_MONTHS: ReadonlySet<string> = new Set(['đầu', 'cuối']);

/** Street words: `N đường` followed by a name is a house number (`45 đường Trần Hưng Đạo`). */
export const STREET_WORDS: ReadonlySet<string> = new Set(['đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt']);

/** Calendar words that, followed by a number, label it (`15 tháng 6`, `hai năm 2015 - 2016`). */
export const CALENDAR_LABEL_WORDS: ReadonlySet<string> = new Set(['tháng', 'năm']);

/**
 * Spelled digits that are also other words (`một` the article, `năm` year, `ba` father, `bẩy`
 * in `đòn bẩy` a lever, `chín` ripe): alone
 * they count only before a noun of `COUNT_NOUNS` (`nouns.ts`); other spelled numbers count before any
 * noun (`sáu làn xe`, `hai lồng cá`).
 */
export const AMBIGUOUS_SPELLED: readonly string[] = ['một', 'năm', 'ba', 'bẩy', 'chín'];

/** Words that close a list of bare numbers sharing the last one's unit (`27, 16 và 7 tầng`). */
export const LIST_CONJUNCTIONS: readonly string[] = ['và', 'hoặc'];

/**
 * Date cues that are also nouns of incidents (`vụ` a crop season or "the case of"): they name
 * the number only when no counted noun follows it (`lúa vụ 2`, but `vụ 1 tài xế bị thương`).
 */
export const INCIDENT_CUES: ReadonlySet<string> = new Set(['vụ']);

/**
 * Words after `N năm` that make it an anniversary, a day named rather than years counted
 * (`130 năm ngày Quốc tế lao động`).
 */
export const ANNIVERSARY_AFTER_YEARS: ReadonlySet<string> = new Set(['ngày']);

/** Words before `N năm` that make it an anniversary (`chào mừng 15 năm Hà Nội được UNESCO vinh danh`). */
export const ANNIVERSARY_BEFORE_YEARS: ReadonlySet<string> = new Set(['chào mừng', 'mừng', 'kỷ niệm', 'kỉ niệm']);

/** The word of an administrative level that a noun may take (`chức danh cấp xã`, `cán bộ cấp huyện`). */
export const LEVEL_WORD = 'cấp';

/** Time-of-day words after a number (`8 giờ`, `14 giờ 30 phút`); with a rate after them they are durations (`24 giờ/ngày`). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['giờ']);

/**
 * Number + word phrases that name a model, a slogan or an office rather than count something,
 * often written without quotation marks (`bộ phận 1 cửa`, `gia đình 3 sạch`).
 */
export const NAMED_NUMBER_PHRASES: readonly string[] = [
  '1 cửa', '1 số', '1 cách', '1 mình', '3 sạch', '3 cứng', '3 giảm', '3 an', '5 không', '5 có', '3 không', '2 không', '4 tại chỗ',
];

/**
 * Words after an `a/b` that could be a day and month (`1/3`) and still make it a ratio
 * (`1/3 số hộ`), besides the counted nouns of `COUNT_NOUNS` and `COMPOUND_NOUNS` (`nouns.ts`).
 */
export const RATIO_FOLLOWERS: readonly string[] = ['số'];

/** Words before a `d/m` that make it a ratio even with no noun after it (`đạt 9/10`). */
export const RATIO_CUES: ReadonlySet<string> = new Set(['đạt']);

/** Quotation marks (open → close) whose content names a campaign, slogan or title: no facts inside. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '“': '”',
  '«': '»',
  '„': '“',
};

/** Words before a day/month that make `d/m` a date rather than a ratio (`từ 1/6`, `đến 30/6`). */
export const DATE_NEIGHBOURS: ReadonlySet<string> = new Set([
  ...DATE_CUES, 'từ', 'đến', 'tới', 'trước', 'sau', 'hết', 'vào', 'đầu', 'cuối', 'giữa', 'dịp', 'nay',
]);
