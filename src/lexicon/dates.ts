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
 * Month and weekday names of the languages of foreign news sites (lower case, full and short),
 * where a printed byline's names stop ("By Erin Cunningham March 18 at 3:57 PM").
 */
export const FOREIGN_CALENDAR_WORDS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
];
