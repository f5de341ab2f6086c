/**
 * The headline: the line near the start of the article that best matches what the page
 * declares as its title (`<title>`, `og:title`, JSON-LD `headline`), preferring headings
 * and title-classed elements; else the declared title without the site name.
 */
import { TITLE_CLASS_WORDS, TITLE_LABELS } from '../lexicon/boilerplate.js';
import { foldLetters, startsWithCue } from '../text/match.js';
import { hostNames } from '../text/url.js';
import { hasClassWord } from '../parse/dom.js';
import type { Block } from '../blocks/index.js';
import { parseVietnameseDate } from '../text/dates.js';
import type { PageMetadata } from '../metadata/index.js';
import { LINK_LIST_DENSITY, SET_APART_SHARE, TITLE_COVERAGE_WEIGHT, TITLE_DECLARED_PART_SHARE, TITLE_LABEL_MAX_WORDS, TITLE_DECLARED_LINES_INTO_BODY, TITLE_DISTANCE_PENALTY, TITLE_EXACT_BONUS, TITLE_LENGTH_CAP_WORDS, TITLE_LENGTH_DIVISOR, TITLE_LINES_ABOVE, TITLE_LINES_INTO_BODY, TITLE_MAX_CHARS, TITLE_MIN_CHARS, TITLE_MIN_COVERAGE, TITLE_PART_MIN_WORDS, TITLE_SITE_BONUS, TITLE_UNSTYLED_PENALTY } from '../tuning.js';
import { nfc } from '../text/normalize.js';

/** The chosen headline and the block it was read from (null when it came from metadata only). */
export interface TitleResult {
  title: string;
  block: Block | null;
  /** A date printed on the headline's own line ("Tiêu đề [05/10/2009]"), taken out of the title. */
  dateText: string | null;
}

// Old portals print the date in brackets right after the headline, on the same line.
const BRACKETED_DATE = /\s*[[(]([^\])[(]{6,40})[\])]\s*$/u;

function splitDate(text: string): { title: string; dateText: string | null } {
  const m = BRACKETED_DATE.exec(text);
  if (m && m.index > 0 && parseVietnameseDate(m[1]!)) return { title: text.slice(0, m.index), dateText: m[1]! };
  return { title: text, dateText: null };
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;
// Vietnamese folds to ASCII once its Latin marks are off: then plain (much faster) classes do.
const LATIN_MARKS = /[\u0300-\u036f]/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_TOKEN = /[a-z0-9]+/g;
const SITE_SEPARATORS = /\s+(?:[-–—|:»]|::)\s+/;
const ALL_SITE_SEPARATORS = new RegExp(SITE_SEPARATORS.source, 'gu');

// Tokens without tone marks: some portals write <title> without diacritics ("Xa Quang Phu ...").
function tokens(s: string): string[] {
  const folded = s.normalize('NFD').replace(LATIN_MARKS, '').replace(/đ/gi, 'd').toLowerCase();
  if (ASCII_ONLY.test(folded)) return folded.match(ASCII_TOKEN) ?? [];
  return folded.replace(MARKS, '').match(TOKEN) ?? [];
}

/** Share of `a`'s tokens found in `b`, in order-insensitive multiset terms. */
function coverage(a: string[], bag: Map<string, number>): number {
  if (!a.length) return 0;
  const used = new Map<string, number>();
  let hit = 0;
  for (const t of a) {
    const n = used.get(t) ?? 0;
    if (n < (bag.get(t) ?? 0)) { hit++; used.set(t, n + 1); }
  }
  return hit / a.length;
}

function bagOf(ts: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of ts) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

const titleClassed = (b: Block): boolean => hasClassWord(b.el, TITLE_CLASS_WORDS);

/**
 * The declared title with a trailing (or leading) site-name segment removed: the parts that
 * name the site (`og:site_name`, JSON-LD publisher, the host) when the page says so
 * ("Mozilla - Wikipedia", "Site: Headline"), else the longest part.
 */
function trimSiteName(title: string, sites: readonly string[] = []): string {
  return withoutSiteParts(title, sites) ?? longestPart(title);
}

function longestPart(title: string): string {
  const parts = title.split(SITE_SEPARATORS);
  if (parts.length < 2) return title;
  // The site name is the short segment that names a portal; the headline is the longest part.
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** The title without the parts at its edges that name the site; null when no part does. */
function withoutSiteParts(title: string, sites: readonly string[]): string | null {
  const names = sites.map(foldLetters).filter((n) => n.length >= 3);
  if (!names.length) return null;
  const seps = [...title.matchAll(ALL_SITE_SEPARATORS)];
  if (!seps.length) return null;
  const bounds = [0, ...seps.flatMap((m) => [m.index!, m.index! + m[0].length]), title.length];
  const parts: string[] = [];
  for (let i = 0; i < bounds.length; i += 2) parts.push(title.slice(bounds[i], bounds[i + 1]));
  const isSite = (p: string): boolean => { const f = foldLetters(p); return f.length > 0 && names.some((n) => f === n || f === `${n}com` || n.startsWith(f) && f.length >= 4); };
  let first = 0, last = parts.length - 1;
  while (last > first && isSite(parts[last]!)) last--;
  while (first < last && isSite(parts[first]!)) first++;
  if (first === 0 && last === parts.length - 1) return null;
  return title.slice(bounds[first * 2], bounds[last * 2 + 1]).trim();
}

/** The names the page says its site goes by, and its host's. */
function siteNamesOf(meta: PageMetadata): string[] {
  return [...meta.siteNames, ...hostNames(meta.canonical)];
}

const comparable = (s: string): string => nfc(s).replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * A heading that runs a kicker or a widget label into the headline ("Chuyển đổi số Phường
 * Hoàng Liệt …", "Share this Story : …"): the headline is the part that is the declared title.
 * The printed text is kept when no declared title is a large enough part of it.
 */
function declaredPart(text: string, b: Block, declared: readonly string[], sites: readonly string[]): string {
  const lower = comparable(text);
  // The part left over must be printed as an element of its own (a kicker <span>, a widget label) …
  const runs = new Set(b.items.map((r) => comparable(r).replace(EDGE_PUNCTUATION, '')).filter(Boolean));
  if (runs.size < 2) return labelledPart(text, declared, sites);
  for (const d of declared.flatMap((t) => [t, trimSiteName(t, sites)])) {
    const want = comparable(d);
    if (want.length < TITLE_MIN_CHARS || want.length === lower.length || want.length < lower.length * TITLE_DECLARED_PART_SHARE) continue;
    // Only an edge part: a kicker before or a label after, never a fragment from the middle.
    if (!lower.endsWith(want) && !lower.startsWith(want)) continue;
    const flat = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
    const at = lower.endsWith(want) ? flat.length - want.length : 0;
    const rest = comparable(flat.slice(0, at) + flat.slice(at + want.length)).replace(EDGE_PUNCTUATION, '');
    if (runs.has(rest)) return flat.slice(at, at + want.length).trim();
  }
  return labelledPart(text, declared, sites);
}

// … or a short label set off by a colon or a bar ("Share this Story : …", "Politics: …").
const LABEL_BEFORE = /^([^:：|»–—]{1,40}?)\s*[:：|»–—]\s*$/u;
const LABEL_AFTER = /^\s*[:：|»–—]\s*([^:：|»–—]{1,40})$/u;

/**
 * The declared title out of a heading that prints a short label before or after it, set off
 * by a separator; the heading as printed when a declared title holds the label too ("Fact
 * Check: …" declared so), or when no declared title is such a part of it.
 */
function labelledPart(text: string, declared: readonly string[], sites: readonly string[]): string {
  const flat = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const lower = flat.toLowerCase();
  if (declared.some((d) => comparable(d).includes(lower))) return text;
  for (const d of declared.flatMap((t) => [t, trimSiteName(t, sites)])) {
    const want = comparable(d);
    if (want.length < TITLE_MIN_CHARS || want.length >= lower.length || want.length < lower.length * TITLE_DECLARED_PART_SHARE) continue;
    const before = lower.endsWith(want) ? LABEL_BEFORE.exec(flat.slice(0, flat.length - want.length)) : null;
    const after = !before && lower.startsWith(want) ? LABEL_AFTER.exec(flat.slice(want.length)) : null;
    const label = (before ?? after)?.[1];
    if (label && label.trim().split(/\s+/u).length <= TITLE_LABEL_MAX_WORDS) return before ? flat.slice(flat.length - want.length) : flat.slice(0, want.length);
  }
  return text;
}

const EDGE_PUNCTUATION = /^[\s:：|»·–—-]+|[\s:：|»·–—-]+$/gu;

/**
 * The first line before `before` printed exactly as the page declares its title (whole, or
 * without its site-name part): the headline as an anchor, whatever its styling. Failing that,
 * the first part of a title of several ("headline - section - site", where the site's name
 * may be the longest part). Null when none is.
 */
export function printedTitle(blocks: readonly Block[], before: number, meta: PageMetadata): Block | null {
  const declared = [meta.ogTitle, meta.headline, meta.documentTitle].filter((t): t is string => !!t);
  const sites = siteNamesOf(meta);
  return firstPrinted(blocks, before, declared.flatMap((t) => [t, longestPart(t), withoutSiteParts(t, sites) ?? t]))
    ?? firstPrinted(blocks, before, declared.map((t) => t.split(SITE_SEPARATORS)[0]!).filter((p) => p.trim().split(/\s+/u).length >= TITLE_PART_MIN_WORDS));
}

/** The first text block before `before` whose comparable form is one of `titles`. */
function firstPrinted(blocks: readonly Block[], before: number, titles: readonly string[]): Block | null {
  const want = new Set(titles.map(comparable).filter((t) => t.length >= TITLE_MIN_CHARS));
  if (!want.size) return null;
  // A block's text is clean already, so its comparable form is its lower case: as long, or
  // longer where a letter lower-cases to two (İ). Lines no title could be are not lower-cased.
  let shortest = Infinity, longest = 0;
  for (const t of want) { shortest = Math.min(shortest, t.length); longest = Math.max(longest, t.length); }
  for (let i = 0; i < before && i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'text' || b.chars > TITLE_MAX_CHARS || b.text.length > longest || b.text.length * 2 < shortest) continue;
    if (want.has(comparable(b.text))) return b;
  }
  return null;
}

/**
 * The first heading (or title-classed line) from `from` on, within a few text lines, printed
 * exactly as the page declares its title (whole, without its site part, or one part of three
 * words or more). Null when none is.
 */
function declaredHeading(blocks: readonly Block[], from: number, declared: readonly string[], sites: readonly string[]): Block | null {
  // A part of it counts too: "Opinion | Headline" declares a section label before the headline.
  const parts = declared.flatMap((t) => t.split(SITE_SEPARATORS)).filter((p) => p.trim().split(/\s+/u).length >= TITLE_PART_MIN_WORDS);
  const want = new Set([...declared.flatMap((t) => [t, withoutSiteParts(t, sites) ?? t]), ...parts].map(comparable).filter((t) => t.length >= TITLE_MIN_CHARS));
  let lines = 0;
  for (let i = from; i < blocks.length && lines < TITLE_DECLARED_LINES_INTO_BODY; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'text' || b.linkChars / b.chars > LINK_LIST_DENSITY) continue;
    lines++;
    if ((b.heading > 0 || titleClassed(b)) && want.has(comparable(b.text))) return b;
  }
  return null;
}

/**
 * Picks the headline among the blocks before (and just inside) the article body.
 * `bodyStart` is the index of the first body block; `preferred` marks the lines that stand
 * where the site's headline stood on most of its pages (a site profile's evidence).
 */
export function findTitle(blocks: readonly Block[], bodyStart: number, meta: PageMetadata, preferred?: (b: Block) => boolean): TitleResult {
  const declared = [meta.ogTitle, meta.headline, meta.documentTitle].filter((t): t is string => !!t);
  const declaredBag = bagOf(tokens(declared.join(' ')));
  // A line printed exactly as the page declares its title (or its description) is the strongest evidence.
  // (<title> only as a whole: its parts are as often the site's name, printed in the banner.)
  const exact = new Set(declared.map(comparable).filter(Boolean));
  // The description is as often the lead as the headline: it counts only for a line above the body.
  const described = meta.description ? comparable(meta.description) : '';
  const printedAsDeclared = (line: string, aboveBody: boolean): boolean => exact.has(line) || (aboveBody && described !== '' && line === described);
  let best: Block | null = null;
  let bestScore = -Infinity, bestCov = 0;
  const from = Math.max(0, bodyStart - TITLE_LINES_ABOVE);
  const to = Math.min(blocks.length, bodyStart + TITLE_LINES_INTO_BODY);
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'text' || b.text.length < TITLE_MIN_CHARS || b.text.length > TITLE_MAX_CHARS) continue;
    // "Tiêu đề: …" in a table of article details names the headline outright.
    const label = startsWithCue(b.text, TITLE_LABELS);
    if (label && /^[:：]/u.test(b.text.slice(label.length).trimStart())) {
      const title = b.text.slice(label.length).replace(/^\s*[:：]\s*/u, '');
      if (title.length >= TITLE_MIN_CHARS) return { title, block: b, dateText: null };
    }
    if (b.linkChars / b.chars > LINK_LIST_DENSITY && !titleClassed(b) && b.heading === 0) continue;
    const ts = tokens(b.text);
    if (ts.length < 2) continue;
    const cov = declared.length ? coverage(ts, declaredBag) : 0;
    const headingish = b.heading > 0 ? (b.heading === 1 ? 3 : 2) : 0;
    const styled = headingish + (titleClassed(b) ? 2 : 0) + (b.boldChars / b.chars > SET_APART_SHARE ? 1 : 0);
    if (cov < TITLE_MIN_COVERAGE && styled < 2) continue;
    const distance = Math.abs(bodyStart - i);
    // A plain line that only repeats the declared title is as often the site banner
    // ("UBND xã Ea Tiêu" when <title> is the site name) as the headline: styling decides.
    const score = cov * TITLE_COVERAGE_WEIGHT + (printedAsDeclared(comparable(b.text), i < bodyStart) ? TITLE_EXACT_BONUS : 0) + styled + Math.min(ts.length, TITLE_LENGTH_CAP_WORDS) / TITLE_LENGTH_DIVISOR
      - distance * TITLE_DISTANCE_PENALTY - (styled === 0 ? TITLE_UNSTYLED_PENALTY : 0) + (preferred?.(b) ? TITLE_SITE_BONUS : 0);
    if (score > bestScore) { bestScore = score; best = b; bestCov = cov; }
  }
  const sites = siteNamesOf(meta);
  // A heading that matches none of the declared title (a section's or a widget's) does not beat
  // one printed exactly as declared a little further into the body.
  if (declared.length && (!best || bestCov < TITLE_MIN_COVERAGE)) best = declaredHeading(blocks, to, declared, sites) ?? best;
  if (best) {
    const { title, dateText } = splitDate(best.text);
    return { title: declaredPart(title, best, declared, sites), dateText, block: best };
  }
  const og = meta.ogTitle ?? meta.headline;
  const fallback = og ? withoutSiteParts(og, sites) ?? og : meta.documentTitle ? trimSiteName(meta.documentTitle, sites) : '';
  return { title: fallback, block: null, dateText: null };
}
