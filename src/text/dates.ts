/**
 * Dates as Vietnamese portals print them, to ISO 8601 in Asia/Ho_Chi_Minh (+07:00, no DST).
 */

import { FOREIGN_MONTHS, DATELINE_WORDS, HOUR_WORDS, MERIDIEM_WORDS, MINUTE_WORDS, MONTH_WORD, YEAR_WORD } from '../lexicon/dates.js';
import { nfc } from './normalize.js';

/** Asia/Ho_Chi_Minh's offset from UTC in milliseconds (+07:00 all year: no daylight saving). */
export const VN_OFFSET_MS = 7 * 3_600_000;

/** A calendar date with an optional time of day, in Vietnam time. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/** `n` as at least `w` digits. */
export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function valid(d: LocalDateTime): boolean {
  if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  const days = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  if (d.day > days) return false;
  if (d.hour === undefined) return true;
  return d.hour < 24 && (d.minute ?? 0) < 60 && (d.second ?? 0) < 60;
}

/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss+07:00` when the time is known. */
function formatLocal(d: LocalDateTime): string {
  const date = `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
  if (d.hour === undefined) return date;
  return `${date}T${pad(d.hour)}:${pad(d.minute ?? 0)}:${pad(d.second ?? 0)}+07:00`;
}

/** An instant (epoch ms) as Vietnam wall-clock time in ISO 8601 with +07:00. */
export function formatInstant(ms: number): string {
  const t = new Date(ms + VN_OFFSET_MS);
  return formatLocal({
    year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(),
    hour: t.getUTCHours(), minute: t.getUTCMinutes(), second: t.getUTCSeconds(),
  });
}

// ISO 8601 / RFC 3339 as in <time datetime> and article:published_time.
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
// Day-first numeric date: 15/06/2020, 15-6-2020, 15.06.2020.
const DMY = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
// Spelled month: "ngày 15 tháng 6 năm 2020", "15 Tháng 6 2020", "15 tháng 06, 2020".
const SPELLED = new RegExp(String.raw`(?<!\d)(\d{1,2})\s+${MONTH_WORD}\s+(\d{1,2})\s*(?:,|${YEAR_WORD})?\s*(\d{4})(?!\d)`, 'iu');
// Time of day: 08:30, 8:30:15, 8h30, 8 giờ 30.
const TIME = new RegExp(
  String.raw`(?<![\d:/])(\d{1,2})\s*(?::|h|${HOUR_WORDS.join('|')})\s*(\d{2})(?:\s*(?::|${MINUTE_WORDS.join('|')})\s*(\d{2}))?(?![\d/])\s*(${MERIDIEM_WORDS.join('|')})?`,
  'iu',
);

/**
 * Parses the first date (with its time, when printed next to it) in a line of text.
 * Accepts ISO 8601 (an offset is converted to +07:00), day-first numeric dates and
 * spelled months; returns null when there is no valid date.
 */
export function parseVietnameseDate(text: string): string | null {
  const s = nfc(text);
  const iso = ISO.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, se, zone] = iso;
    const dt: LocalDateTime = { year: +y!, month: +mo!, day: +d! };
    if (h !== undefined) Object.assign(dt, { hour: +h, minute: +mi!, second: se ? +se : 0 });
    if (valid(dt)) {
      if (h !== undefined && zone) {
        const off = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(-2));
        const ms = Date.UTC(dt.year, dt.month - 1, dt.day, dt.hour, dt.minute, dt.second) - off * 60_000;
        return formatInstant(ms);
      }
      return formatLocal(dt);
    }
  }
  const m = DMY.exec(s) ?? SPELLED.exec(s);
  if (!m) return null;
  const dt: LocalDateTime = { year: +m[3]!, month: +m[2]!, day: +m[1]! };
  if (!valid(dt)) return null;
  // A time counts only when printed within a few characters of the date, before or after it.
  const before = s.slice(Math.max(0, m.index - 16), m.index);
  const after = s.slice(m.index + m[0].length, m.index + m[0].length + 24);
  const t = TIME.exec(after) ?? lastTime(before);
  if (t) {
    let hour = +t[1]!;
    const ampm = t[4]?.toUpperCase();
    if ((ampm === 'CH' || ampm === 'PM') && hour < 12) hour += 12;
    if ((ampm === 'SA' || ampm === 'AM') && hour === 12) hour = 0;
    const withTime = { ...dt, hour, minute: +t[2]!, second: t[3] ? +t[3] : 0 };
    if (valid(withTime)) return formatLocal(withTime);
  }
  return formatLocal(dt);
}

function lastTime(s: string): RegExpExecArray | null {
  const re = new RegExp(TIME.source, 'giu');
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m;
  return last;
}

const WORDS = /[\p{L}]+/gu;
const DATE_BITS = new RegExp(String.raw`\d{1,4}\s*(?:[/.:-]\s*\d{1,4})*|(?<!\p{L})(?:${DATELINE_WORDS.join('|')})(?!\p{L})|[(),|+-]`, 'giu');

/** Number of words left in a lower-cased line once dates, times, weekdays and the given phrases are taken out. */
export function wordsBesides(lower: string, phrases: readonly string[]): number {
  let left = lower;
  for (const p of phrases) if (left.includes(p)) left = left.split(p).join(' ');
  return left.replace(DATE_BITS, ' ').match(WORDS)?.length ?? 0;
}

const MONTH_OF = new Map(FOREIGN_MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const MONTH_NAME = FOREIGN_MONTHS.flat().sort((a, b) => b.length - a.length).join('|');
// "November 20, 2019 13:42", "Tue Nov 19 2019 03:05:46 GMT+0000": the month before the day …
const MONTH_FIRST = new RegExp(String.raw`(?<![\p{L}])(${MONTH_NAME})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`, 'iu');
// … "19 Nov 2019 07:09 GMT", "Mon, 18 Nov 2019 16:07:38 -0600", "4. Mai 2015": the day before the month.
const DAY_FIRST = new RegExp(String.raw`(?<![\p{N}])(\d{1,2})\.?\s+(?:de\s+)?(${MONTH_NAME})\.?,?\s+(?:de\s+)?(\d{4})`, 'iu');
const CLOCK = /^,?\s*(?:at\s+|um\s+|à\s+)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(gmt|utc|z|[+-]\d{2}:?\d{2}|gmt[+-]\d{2}:?\d{2})?/iu;

/**
 * A date written with a foreign month name (machine-readable values some sites write that
 * way, and a foreign site's printed dates): ISO with its zone when the text gives a time and
 * a zone, else the day only. Null when there is none.
 */
export function parseForeignDate(text: string): string | null {
  const first = MONTH_FIRST.exec(text);
  const m = first ?? DAY_FIRST.exec(text);
  if (!m) return null;
  const monthFirst = first !== null;
  const month = MONTH_OF.get((monthFirst ? m[1]! : m[2]!).toLowerCase());
  const day = Number(monthFirst ? m[2] : m[1]), year = Number(m[3]);
  if (!month) return null;
  const date = { year, month, day, hour: 0, minute: 0, second: 0 };
  if (!valid(date)) return null;
  const ymd = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const clock = CLOCK.exec(text.slice(m.index + m[0].length));
  if (!clock || !clock[5]) return ymd;
  let hour = Number(clock[1]);
  const meridiem = clock[4]?.toLowerCase()[0];
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  const zone = clock[5].toLowerCase().replace(/^gmt(?=[+-])/u, '');
  const offset = /^(?:gmt|utc|z)$/u.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return parseVietnameseDate(`${ymd}T${pad(hour)}:${clock[2]}:${clock[3] ?? '00'}${offset}`);
}
