/**
 * Vietnamese cues of printed dates: the labels that say which date a line gives, and the
 * words of a written date and time ("15 tháng 6 năm 2020", "8 giờ 30 phút", "Thứ Hai"). Data only.
 */

/** Date labels that give the publication (creation) date. */
export const PUBLISHED_DATE_LABELS = [
  'ngày đăng', 'đăng ngày', 'ngày tạo', 'ngày xuất bản', 'xuất bản', 'ngày đưa tin', 'thời gian đăng',
  'đăng lúc', 'ngày viết', 'published', 'posted on', 'created',
];

/** Date labels of a later revision: publication date only when no creation date is printed. */
export const UPDATED_DATE_LABELS = [
  'ngày cập nhật', 'cập nhật lúc', 'cập nhật ngày', 'cập nhật', 'sửa lần cuối', 'chỉnh sửa lần cuối',
  'ngày sửa', 'last updated', 'updated', 'modified',
];

/** Date labels of other things (a document's issue date, a permit): never the article's date. */
export const OTHER_DATE_LABELS = ['ngày ban hành', 'ngày hiệu lực', 'ngày có hiệu lực', 'cấp ngày', 'hết hiệu lực'];

/** The month word of a spelled date ("15 tháng 6 năm 2020"); also a counted period ("6 tháng"). */
export const MONTH_WORD = 'tháng';

/** The year word between a spelled date's month and year ("tháng 6 năm 2020"). */
export const YEAR_WORD = 'năm';

/** Hour and minute words of a written time ("8 giờ 30 phút"), besides `h` and `:`. */
export const HOUR_WORDS = ['giờ'];
export const MINUTE_WORDS = ['phút'];

/** Morning / afternoon markers after a time (SA = sáng, CH = chiều). */
export const MERIDIEM_WORDS = ['SA', 'CH', 'AM', 'PM'];

/**
 * Words a dateline is made of besides its numbers (weekdays, "ngày", "lúc", "GMT"): what is left
 * of a line once these are taken out tells a dateline from a sentence that holds a date.
 */
export const DATELINE_WORDS = [
  'thứ', 'chủ nhật', 'ngày', 'tháng', 'năm', 'lúc', 'giờ', 'sa', 'ch', 'am', 'pm', 'gmt', 'hai', 'ba', 'tư', 'sáu', 'bảy', 'cn',
];

/**
 * Month names of the languages of foreign news sites, January first (full and short forms,
 * lower case): a machine-readable date written in words ("Mon, 18 Nov 2019 16:07:38 -0600",
 * "November 20, 2019 13:42") and where a printed byline's names stop.
 */
export const FOREIGN_MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'janvier', 'enero', 'gennaio', 'janeiro'],
  ['february', 'feb', 'februar', 'février', 'febrero', 'febbraio', 'fevereiro'],
  ['march', 'mar', 'märz', 'mars', 'marzo', 'março'],
  ['april', 'apr', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho'],
  ['august', 'aug', 'août', 'agosto'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro'],
  ['october', 'oct', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'décembre', 'diciembre', 'dicembre', 'dezembro'],
];

/** English weekday names (full and short, lower case). */
export const ENGLISH_WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];

/** Weekday names of the same languages (full and short, lower case). */
export const FOREIGN_WEEKDAYS = [
  ...ENGLISH_WEEKDAYS,
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
];

/** Every month and weekday name above. */
export const FOREIGN_CALENDAR_WORDS = [...FOREIGN_MONTHS.flat(), ...FOREIGN_WEEKDAYS];

/**
 * Month names and abbreviations of dates spelled in English ("November 20, 2019", "Nov. 19"),
 * as publishers' pages print them; a spelled month next to a day number makes a date.
 */
export const ENGLISH_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** Labels of an English dateline: with a time alone ("Updated at 1:23 p.m.") they make one too. */
export const FOREIGN_DATE_LABELS = ['updated', 'published', 'posted', 'original', 'originally', 'modified'];

/**
 * Words an English dateline is made of besides its date: labels, weekdays, meridiem and time
 * zones ("Updated 5:27 am CST, Wednesday, November 20, 2019 / Original …").
 */
export const FOREIGN_DATELINE_WORDS = [
  ...FOREIGN_DATE_LABELS, 'first', 'last', 'on', 'at', 'date', ...ENGLISH_WEEKDAYS, 'am', 'pm', 'a', 'p', 'm',
  'st', 'nd', 'rd', 'th', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'hst', 'gmt', 'utc',
  'bst', 'cet', 'cest', 'ist', 'aest', 'et', 'ct', 'pt',
];
