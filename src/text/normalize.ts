// Characters that render as nothing or as a plain space but survive \s in JS regexes
// differently: zero-width joiners/spaces, soft hyphens, BOM.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** NFC, invisible characters removed, every whitespace run (nbsp included) collapsed to one space, trimmed. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}
