/**
 * Vietnamese vocabulary of counted nouns: the nouns and compounds that head a count (`350 hộ
 * nghèo`, `3 hợp tác xã`), classifiers, agent suffixes, and the small classes of words that
 * stand between a number and its noun or look like one. Data only; the rules live in
 * `src/facts/`. Every entry is lower case NFC; matching is case-insensitive.
 */

/**
 * Counted nouns of several syllables, so that the noun phrase of a count covers the whole
 * compound (`3 hợp tác xã`, `26 câu lạc bộ`, `2.400 lượt người`). Spelled numbers
 * (`ba nhóm`) count only before a noun of this list or {@link COUNT_NOUNS}.
 */
export const COMPOUND_NOUNS: readonly string[] = [
  'tổ dân phố', 'tổ công nghệ số', 'tổ hợp tác', 'tổ tự quản', 'tổ chức', 'tổ công tác',
  'hợp tác xã', 'câu lạc bộ', 'khu dân cư', 'khu phố', 'khối phố', 'khu vực', 'khu công nghiệp',
  'hộ nghèo', 'lượt người', 'lượt hộ', 'lượt khách', 'lượt nông dân', 'lượt cán bộ', 'lượt học sinh',
  'ngày công', 'đại biểu', 'tập thể', 'cá nhân', 'đối tượng', 'ngôi nhà', 'căn nhà', 'lao động', 'tờ rơi',
  'hội viên', 'gia đình', 'ổ dịch', 'dụng cụ', 'cán bộ', 'công chức', 'viên chức', 'đảng viên', 'đoàn viên',
  'trường hợp', 'bảng hiệu', 'mái che', 'cây xanh', 'tuyến đường', 'tuyến phố', 'bóng đèn', 'thành viên',
  'hồ sơ', 'phần quà', 'học sinh', 'sinh viên', 'doanh nghiệp', 'thanh niên', 'cơ sở', 'sản phẩm',
  'công trình', 'dự án', 'tiêu chí', 'chỉ tiêu', 'nhà văn hóa', 'người dân', 'nhân khẩu', 'công nhân',
  'nông dân', 'phụ nữ', 'trẻ em', 'người cao tuổi', 'cựu chiến binh', 'chiến sĩ', 'dân quân',
  'tình nguyện viên', 'xe ô tô', 'ô tô', 'xe máy', 'mô hình', 'phong trào', 'chương trình', 'hội nghị',
  'lớp học', 'phòng học', 'trường học', 'điểm trường', 'giấy khen', 'bằng khen', 'vụ án', 'vi phạm',
  'văn bản', 'thủ tục', 'biên bản', 'buổi họp', 'trụ điện', 'cột điện', 'camera', 'con giống', 'cây giống',
  'máy tính', 'tấm lợp', 'học bổng', 'thẻ bảo hiểm y tế', 'giường bệnh', 'bác sĩ', 'y tá', 'nhân viên',
  'cơ quan', 'đơn vị', 'cửa hàng', 'diện tích', 'nhà ở', 'nhà trọ', 'vỉa hè', 'chợ tạm', 'thùng rác',
  'xe rác', 'nhà tạm', 'lượt xe', 'lượt hồ sơ', 'khu vui chơi', 'sân chơi', 'nhà vệ sinh',
  'đồng chí', 'đồng bào', 'đồng hồ', 'đồng phục', 'đồng nghiệp', 'điện thoại', 'máy tính bảng',
  'phần thưởng', 'nhiệm vụ', 'giải pháp', 'nội dung', 'mục tiêu', 'lĩnh vực', 'hạng mục', 'khâu đột phá',
  'vấn đề', 'kiến nghị', 'ý kiến', 'lượt ý kiến', 'cây cầu', 'bệnh nhân', 'ca bệnh', 'cử tri',
  'khẩu trang', 'hội thi', 'cuộc thi', 'giải thưởng', 'tuyến kênh',
  'công viên', 'địa phương', 'khu đất', 'lô đất', 'thửa đất', 'mặt bằng', 'thị trấn', 'thành phố',
  'phương án', 'kế hoạch', 'đề án', 'hội thảo', 'lớp tập huấn', 'tuyến kiệt', 'tuyến hẻm', 'nhà máy',
  'hộ gia đình', 'hộ dân', 'hộ kinh doanh', 'tiểu thương', 'gian hàng', 'ki-ốt', 'bao cát', 'áo phao',
  'thị xã', 'xã viên', 'thôn bản', 'buôn làng', 'tuyến đê', 'trạm bơm', 'hồ chứa', 'nhà tình nghĩa', 'nhà đại đoàn kết',
  'dịch vụ', 'lượt truy cập', 'thuê bao', 'đầu người', 'bài viết', 'bài báo', 'tin bài', 'di tích', 'gói cước', 'tác phẩm', 'tiêu chuẩn',
  // Offices: counted even when capitalised (`01 Phó Chủ tịch UBND`, `2 Phó Giám đốc Sở`).
  'chủ tịch', 'phó chủ tịch', 'giám đốc', 'phó giám đốc', 'tổng giám đốc', 'phó tổng giám đốc', 'bí thư',
  'phó bí thư', 'trưởng phòng', 'phó trưởng phòng', 'trưởng ban', 'phó trưởng ban', 'chánh văn phòng',
  'phó chánh văn phòng', 'hiệu trưởng', 'phó hiệu trưởng', 'bộ trưởng', 'thứ trưởng', 'chủ nhiệm',
  'phó chủ nhiệm', 'ủy viên', 'thẩm phán', 'chánh án', 'phó chánh án', 'viện trưởng', 'phó viện trưởng',
  'trưởng thôn', 'trưởng ấp', 'tổ trưởng', 'tổ phó', 'đội trưởng', 'đội phó', 'lãnh đạo',
];

/**
 * Single-syllable nouns and classifiers that head counts (`38 ngõ`, `47 ca`, `ba nhóm`).
 * Digit counts accept any noun; this list is what spelled numbers require.
 */
export const COUNT_NOUNS: readonly string[] = [
  'hộ', 'người', 'ngõ', 'kiệt', 'hẻm', 'tuyến', 'nhóm', 'con', 'suất', 'thùng', 'bao', 'túi', 'bóng',
  'cây', 'buổi', 'bảng', 'cuộc', 'nhà', 'căn', 'ngôi', 'ca', 'tin', 'bài', 'tổ', 'trang', 'điểm', 'lớp',
  'vụ', 'lượt', 'bộ', 'đợt', 'viên', 'bình', 'phòng', 'bản', 'phiếu', 'trụ', 'cột', 'chiếc', 'cái',
  'xe', 'tấm', 'bức', 'đoàn', 'đội', 'khu', 'khối', 'lần', 'năm', 'tháng', 'ngày', 'tuần', 'tuổi',
  'xã', 'phường', 'ấp', 'thôn', 'xóm', 'làng', 'trường', 'gói', 'phần', 'tạ', 'yến',
  'lít', 'em', 'cháu', 'cụ', 'đơn', 'thư', 'giải', 'quyển', 'cuốn', 'chuyến', 'cầu', 'cống', 'giếng',
  'ao', 'đập', 'kênh', 'mương', 'tàu', 'thuyền', 'máy', 'lô', 'thửa', 'quầy', 'sạp', 'vùng', 'mặt',
  'ban', 'ngành', 'cấp', 'huyện', 'tỉnh', 'quận', 'ô', 'điều', 'khoản',
];

/**
 * Classifiers that combine with a following noun of {@link COMPOUND_NOUNS} /
 * {@link COUNT_NOUNS} into the noun phrase (`7 ngôi nhà`, `2.400 lượt người`).
 */
export const CLASSIFIERS: ReadonlySet<string> = new Set([
  'lượt', 'căn', 'ngôi', 'chiếc', 'cái', 'tấm', 'bức', 'quyển', 'cuốn', 'con',
]);

/**
 * Sino-Vietnamese agent suffixes that close a noun of people (`thuyền viên`, `ứng cử viên`,
 * `nghệ sĩ`, `tác giả`): the noun phrase takes them.
 */
export const AGENT_SUFFIXES: ReadonlySet<string> = new Set(['viên', 'sĩ', 'giả']);

/**
 * Plural markers that may stand between a number and its noun (`101 các tiêu chuẩn ngành`):
 * the count is of the noun after them.
 */
export const PLURAL_MARKERS: ReadonlySet<string> = new Set(['các', 'những']);

/** Nouns that are also prepositions: counted with no object after them (`không quá 1.500 từ`, words). */
export const PREPOSITION_NOUNS: ReadonlySet<string> = new Set(['từ']);

/** Abbreviated nouns written with a slash or a dot, which is no rate (`2 đ/c Phó bí thư`, comrades). */
export const ABBREVIATED_NOUNS: readonly string[] = ['đ/c', 'đ.c', 'b/c'];

/** Relational nouns: `hai bên`, `ba phía` name sides, not things counted. */
export const RELATIONAL_NOUNS: ReadonlySet<string> = new Set(['bên', 'phía']);
