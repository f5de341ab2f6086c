/**
 * Lexicon matching: does a line start with one of a list of cue phrases (case-insensitive,
 * NFC, as a whole word)?
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

// Lower-cased words by word: a page's words repeat (a few thousand syllables make most
// Vietnamese text), and lower-casing a non-ASCII string is slow in V8. Only short strings
// are kept, as copies: a longer one is mostly seen once, and a string cut from a page may
// hold the whole page in memory. Bounded, as the words of a crawl are not.
const LOWER_CACHE_MAX = 8192;
const LOWER_CACHE_LONGEST = 24;
const lowerCache = new Map<string, string>();

/** `s.toLowerCase()`, remembered for short strings. */
export function lowerCase(s: string): string {
  if (s.length > LOWER_CACHE_LONGEST) return s.toLowerCase();
  let l = lowerCache.get(s);
  if (l === undefined) {
    l = s.toLowerCase();
    if (lowerCache.size >= LOWER_CACHE_MAX) lowerCache.clear();
    lowerCache.set(detached(s), detached(l));
  }
  return l;
}

/**
 * A copy of `s` that shares no memory with the string it was cut from: V8 keeps a slice's
 * whole parent (a page of HTML) alive, so anything a cache keeps across pages is copied.
 */
export function detached(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** `s` with the characters that mean something in a regex escaped. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex that finds any of `phrases` as written: one scan of the text instead of one
 * `includes` per phrase (lexicons hold up to a hundred).
 */
export function anyPhrase(phrases: readonly string[]): RegExp {
  return new RegExp([...phrases].sort((a, b) => b.length - a.length).map(escapeRegex).join('|'));
}

/** The cue that `text` starts with (longest first in the list wins ties), or undefined. */
export function startsWithCue(text: string, cues: readonly string[]): string | undefined {
  const lower = lowerPrefix(text, cues);
  let found: string | undefined;
  for (const cue of cues) {
    if (lower.startsWith(cue) && !(WORD_CHAR.test(cue.at(-1)!) && WORD_CHAR.test(lower.charAt(cue.length)))) {
      if (!found || cue.length > found.length) found = cue;
    }
  }
  return found;
}

const longestCue = new WeakMap<readonly string[], number>();

/**
 * `text` lower-cased as far as a cue of `cues` and the character after it can reach: a line
 * of prose is hundreds of characters, a cue a few words (lower-casing ends nothing earlier).
 */
function lowerPrefix(text: string, cues: readonly string[]): string {
  let longest = longestCue.get(cues);
  if (longest === undefined) {
    longest = 0;
    for (const c of cues) longest = Math.max(longest, c.length);
    longestCue.set(cues, longest);
  }
  // Two characters past the longest cue: the one after a cue, and one more that a
  // context-sensitive mapping (a final sigma) may look at.
  return lowerCase(text.length > longest + 2 ? text.slice(0, longest + 2) : text);
}

/** Strips leading punctuation and brackets that portals put around labels ("(Nguồn: ...)"). */
export function stripWrapping(text: string): string {
  return text.replace(/^[\s([{“"'«*–—-]+/u, '').replace(/[\s)\]}”"'»*]+$/u, '').trim();
}

/** Separators of the items of a meta line written as text ("08/03/2023 · 4 phút đọc · Ban biên tập"). */
export const ITEM_SEPARATOR = /\s+[·•|/]\s+/u;

/** Letters and digits only, lower case, without marks: how names compare across spellings ("Cleveland.com", "cleveland com"). */
export function foldLetters(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
