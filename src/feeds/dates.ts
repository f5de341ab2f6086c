/**
 * Feed date formats (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed) to and from the ISO 8601
 * +07:00 strings of {@link Article.publishedAt}.
 */
import { formatInstant, pad, parseVietnameseDate, VN_OFFSET_MS } from '../text/dates.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
// Zone names found in real feeds; ICT (Indochina Time) is what Vietnamese servers print.
const ZONES: Record<string, number> = {
  GMT: 0, UT: 0, UTC: 0, Z: 0, ICT: 420,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};
// "Fri, 26 Mar 2021 01:00:00 +0000", tolerant: weekday optional (and not checked), full month
// names, two-digit years, missing seconds or zone, "+07:00" offsets, a time without a zone.
const RFC822 = /(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{4}|\d{2})(?:[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,4}\b)?/i;

/** The instant of an ISO 8601 date; a date without time is midnight in Vietnam. Null when absent or unparsable. */
export function instantOf(iso: string | null): number | null {
  if (iso === null) return null;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  const ms = dateOnly
    ? Date.UTC(+dateOnly[1]!, +dateOnly[2]! - 1, +dateOnly[3]!) - VN_OFFSET_MS
    : Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** An instant as an RFC 822 date in Vietnam time: `Fri, 12 Mar 2021 07:45:00 +0700`. */
export function toRfc822(ms: number): string {
  const t = new Date(ms + VN_OFFSET_MS);
  const month = MONTHS[t.getUTCMonth()]!;
  return `${DAYS[t.getUTCDay()]}, ${pad(t.getUTCDate())} ${month[0]!.toUpperCase()}${month.slice(1)} ` +
    `${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} +0700`;
}

function parseRfc822(s: string): string | null {
  const m = RFC822.exec(s);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return null;
  let year = +m[3]!;
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  const day = +m[1]!;
  const [hour, minute, second] = [m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0];
  if (day < 1 || hour > 23 || minute > 59 || second > 60) return null;
  const zone = m[7];
  let offset = 420; // A date without a zone is the portal's local time.
  if (zone && /^[+-]/.test(zone)) {
    const digits = zone.replace(':', '');
    offset = (zone[0] === '-' ? -1 : 1) * (+digits.slice(1, 3) * 60 + +digits.slice(3, 5));
  } else if (zone) {
    offset = ZONES[zone.toUpperCase()] ?? 420;
  }
  const local = Date.UTC(year, month, day, hour, minute, second);
  // Reject 31 Feb and the like instead of letting Date roll them over.
  if (new Date(local).getUTCDate() !== day) return null;
  if (!m[4]) return `${year}-${pad(month + 1)}-${pad(day)}`;
  return formatInstant(local - offset * 60_000);
}

/**
 * Reads a date as feeds write it: RFC 822 (`pubDate`), RFC 3339 / W3C-DTF (Atom,
 * `dc:date`), or a date as Vietnamese pages print it (`15/06/2020 08:30`). Returns ISO
 * 8601 with +07:00 (`YYYY-MM-DD` when no time is given), or null when nothing valid is found.
 */
export function parseFeedDate(s: string): string | null {
  const text = s.trim();
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return parseVietnameseDate(text);
  return parseRfc822(text) ?? parseVietnameseDate(text);
}
