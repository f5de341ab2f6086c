// How the field accuracy on the ward fixtures is judged, the same for every contender.

/** NFC, whitespace (nbsp included) collapsed, trimmed; '' for null. */
export function norm(s) {
  return (s ?? '').normalize('NFC').replace(/[\s\u00A0\u200B\uFEFF]+/g, ' ').trim();
}

const pad = (n) => String(n).padStart(2, '0');

/**
 * A date as a library gives it, to our form: `YYYY-MM-DD` when it carries no time,
 * else `YYYY-MM-DDTHH:mm:ss+07:00` (the instant shown in Vietnam time). Strings that
 * `Date` cannot read are kept as they are (they match nothing). null for none.
 */
export function toVietnamIso(value) {
  if (value == null || value === '') return null;
  const s = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return s;
  const d = new Date(t + 7 * 3600e3);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
    + `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+07:00`;
}

/** Both null, or the same `YYYY-MM-DD` day in Vietnam time. */
export function sameDay(expected, predicted) {
  const p = toVietnamIso(predicted);
  if (expected == null || p == null) return expected == null && p == null;
  return p.slice(0, 10) === expected.slice(0, 10) && /^\d{4}-\d{2}-\d{2}/.test(p);
}

/**
 * Both null, or the same value: the same instant when the expected value has a time, the
 * same date-only string when it has none (a made-up midnight is not an exact answer).
 */
export function sameExact(expected, predicted) {
  const p = toVietnamIso(predicted);
  if (expected == null || p == null) return expected == null && p == null;
  if (expected.length === 10) return p === expected;
  return p.length > 10 && Date.parse(p) === Date.parse(expected);
}

/** Title or author: equal after NFC and whitespace collapse; '' and null are the same. */
export function sameText(expected, predicted) {
  return norm(expected) === norm(predicted);
}
