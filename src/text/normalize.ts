// Characters that render as nothing or as a plain space but survive \s in JS regexes
// differently: zero-width joiners/spaces, soft hyphens, BOM; and the control characters
// that are not whitespace (NUL and the like: binary debris, never text).
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

// Tests that let most strings skip the costly steps (the regex engine scans faster than a JS loop).
const HAS_INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]/;
const NEEDS_COLLAPSE = /[^\S ]| {2}|[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
// A string made only of these is NFC already (none decomposes, none composes with its neighbour,
// checked over every pair): ASCII, Latin-1 and the Latin extensions, the precomposed Vietnamese
// letters (U+1E00–U+1EFF), general punctuation. ICU's own check costs ten times this scan.
const MAY_NEED_NFC = /[^\u0000-\u02FF\u1E00-\u1EFF\u2002-\u206F]/;

/** `s.normalize('NFC')`, without ICU's pass over text made only of characters that are always NFC. */
export function nfc(s: string): string {
  return MAY_NEED_NFC.test(s) ? s.normalize('NFC') : s;
}

/** NFC, invisible characters removed, every whitespace run (nbsp included) collapsed to one space, trimmed. */
export function cleanText(s: string): string {
  // Invisibles go before NFC: a soft hyphen between a letter and its accent blocks composition.
  let t = HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s;
  t = nfc(t);
  return (NEEDS_COLLAPSE.test(t) ? t.replace(SPACES, ' ') : t).trim();
}
