/**
 * Reading a byline line (shared by the chrome filter of `frame/` and the credits of
 * `fields/`, so it lives below both). A closing byline (the last short lines of the body: a name,
 * "Tác giả: ...", "Name - Unit", "(Nguồn: ...)") outranks a header credit ("Viết bởi ...")
 * which outranks a CMS account ("Đăng bởi: admin") and `<meta name="author">`.
 */
import {
  ACCOUNT_DESK_WORDS, ACCOUNT_LABELS, ACCOUNT_NAMES, AUTHOR_WIDGET_PHRASES, BYLINE_QUALIFIERS, NAME_PARTICLES, AUTHOR_LABELS, CLOSING_ONLY_SOURCE_LABELS, DESK_WORDS, PHOTO_LABELS, SOURCE_LABELS,
  AUTHOR_BOX_LABELS, DESK_TAIL_WORDS, NAME_JOIN_WORDS, BYLINE_LEAD_WORDS, BYLINE_PREPOSITIONS, NEWS_AGENCIES, BYLINE_TAIL_WORDS, BYLINE_WITH_WORDS, CREDENTIALS, PHOTO_AGENCY_PHRASES, ROLE_QUALIFIERS, ROLE_WORDS,
} from '../lexicon/credits.js';
import { FOREIGN_CALENDAR_WORDS, FOREIGN_WEEKDAYS } from '../lexicon/dates.js';
import { CAPTION_CUES } from '../lexicon/sections.js';
import { foldLetters, ITEM_SEPARATOR, startsWithCue, stripWrapping } from './match.js';
import { BYLINE_LIST_MAX_NAMES, BYLINE_UNIT_MAX_WORDS, CREDIT_LINE_MAX } from '../tuning.js';

/** What a byline line says. */
export type Credit =
  | { kind: 'author'; value: string }
  | { kind: 'source'; value: string }
  | { kind: 'account'; value: string };

const LABEL_SEP = /^[\s:：.-]*/;
// A capitalised word, an initial, an acronym, or a Central Highlands name ("H'Linh", "Y'Tâm").
const NAME_WORD = /^(?:\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]*\.?|\p{Lu}{2,}[\p{L}-]*)$/u;

function afterLabel(text: string, label: string): string {
  return stripWrapping(text.slice(label.length).replace(LABEL_SEP, ''));
}

/** True when a string reads like a person's name, initials or a desk ("Nguyễn Văn A", "BBT", "PV"). */
export function looksLikeName(s: string): boolean {
  const lower = s.toLowerCase();
  if (DESK_WORDS.includes(lower)) return true;
  const words = s.split(/\s+/);
  if (words.length < 1 || words.length > 6) return false;
  // One word: a desk's initials ("BBT"), or a single Central Highlands name ("H'Linh").
  if (words.length === 1) return /^\p{Lu}{2,5}$/u.test(s) || /^\p{Lu}['’]\p{Lu}[\p{Ll}\p{M}]+$/u.test(s);
  return words.every((w) => NAME_WORD.test(w));
}

// "(tổng hợp)" after a closing name.
// (stripWrapping has already taken the closing bracket off the line.)
const PRINTED_QUALIFIER = /\s*[(（]([^()（）]{1,30})[)）]?$/u;

/** True when a bare closing line is a byline: a name, a desk, or "Name - Unit". */
function bareByline(text: string): boolean {
  if (text.length > 70 || /[.;!?]$/.test(text)) return false;
  if (looksLikeName(text)) return true;
  const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(text);
  return !!dash && looksLikeName(dash[1]!) && dash[2]!.split(/\s+/).length <= 8;
}

/** "Đài Truyền thanh xã", "Văn phòng UBND": a unit named in capitals, a few words, no sentence. */
function bracketedUnit(s: string): boolean {
  return /^\p{Lu}/u.test(s) && s.split(/\s+/).length <= BYLINE_UNIT_MAX_WORDS && !/[.,;:!?]/u.test(s);
}

// A Vietnamese syllable ends in a vowel or in c, ch, m, n, ng, nh, p, t ("Writer", "Insider" do not).
const VIETNAMESE_SYLLABLE = /^\p{L}[\p{L}\p{M}]*(?:[aeiouy\p{M}]|ch?|m|ng?|nh|p|t)$/iu;

/**
 * "Minh Anh, Thu Hà": a few Vietnamese names of two words or more, joined by commas ("Tom
 * Krisher, AP Auto Writer" is a name and a role, and stays as it was read).
 */
function namesList(text: string): boolean {
  const names = text.split(/\s*,\s+/u);
  return names.length >= 2 && names.length <= BYLINE_LIST_MAX_NAMES && names.every((n) => n.split(/\s+/).length >= 2 && looksLikeName(n)
    && n.normalize('NFD').split(/\s+/u).every((w) => VIETNAMESE_SYLLABLE.test(w)));
}

// "Tác giả: Ngọc Trâm - Nguồn: Văn phòng UBND": one line, two credits.
const CREDIT_SPLIT = new RegExp(
  String.raw`\s+[-–—|;]\s+(?=[(]?(?:${[...SOURCE_LABELS, ...AUTHOR_LABELS, ...ACCOUNT_LABELS].filter((l) => l.length > 3).join('|')})(?!\p{L}))`,
  'iu',
);

const PHOTO_CREDIT = new RegExp(String.raw`\s+[-–—|;,]\s+(?:${PHOTO_LABELS.join('|')})\s*[:：].*$`, 'iu');
const TRAILING_DATE = /\s*[-–—,|(]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[,-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?\)?\s*$/u;
// "Dan Goodin - Apr 16, 2015 8:02 pm UTC": a spelled date in a foreign language after the name.
const TRAILING_WORD_DATE = new RegExp(String.raw`\s+[-–—|,]\s+(?:${FOREIGN_CALENDAR_WORDS.join('|')})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b.*$`, 'iu');


/**
 * Reads one short line as credits (a line may hold an author and a source), or [] when it
 * is not a credit line. `closing` allows bare names (only at the end of an article is a
 * lone name a byline).
 */
export function parseCredits(line: string, closing: boolean): Credit[] {
  if (line.length > 160) return [];
  // "Bài: Ngọc Mai - Ảnh: Quốc Huy": the photo credit is not the article's.
  line = line.replace(PHOTO_CREDIT, '');
  // Meta lines join unrelated items with dots and bars ("Tin, ảnh: Minh Châu · Tin tức"):
  // each item is read on its own, and the line is a credit line when any item is one.
  const items = line.split(ITEM_SEPARATOR);
  if (items.length > 1) return items.flatMap((item) => parseCredits(item, false));
  const credits: Credit[] = [];
  for (const part of line.split(CREDIT_SPLIT)) {
    const c = parseCredit(part, closing);
    if (!c) return [];
    credits.push(c);
  }
  return credits;
}

function parseCredit(line: string, closing: boolean): Credit | null {
  if (line.length > CREDIT_LINE_MAX) return null;
  const text = stripWrapping(line);
  if (!text || startsWithCue(text, CAPTION_CUES)) return null;
  const account = startsWithCue(text, ACCOUNT_LABELS);
  if (account) {
    const v = afterLabel(text, account);
    return v ? { kind: 'account', value: v } : null;
  }
  const by = prepositionByline(text);
  if (by) return { kind: 'author', value: by };
  const source = startsWithCue(text, SOURCE_LABELS);
  if (source) {
    const v = afterLabel(text, source);
    // "Theo kế hoạch, ..." opens a sentence; an attribution is short and ends without a full stop.
    // A colon-labelled one may name an agency with commas ("Sở Văn hóa, Thể thao và Du lịch").
    const colon = text.slice(source.length).trimStart().startsWith(':');
    if (v && v.length <= 80 && !/[.,;]$/.test(v) && (colon || !v.includes(', ')) && (!CLOSING_ONLY_SOURCE_LABELS.includes(source) || closing)) {
      return { kind: 'source', value: v };
    }
    return null;
  }
  const author = startsWithCue(text, AUTHOR_LABELS);
  if (author) {
    const v = afterLabel(text, author);
    if (v && v.length <= 80 && (text.slice(author.length).trimStart().startsWith(':') || author.length > 4)
      && !/[.;]$/.test(v)) return { kind: 'author', value: v };
    return null;
  }
  if (closing) {
    // "Minh Trí – 19/08/2024 15:40": a byline that carries the date (read by the date stage).
    const name = text.replace(TRAILING_DATE, '').replace(TRAILING_WORD_DATE, '');
    const q = PRINTED_QUALIFIER.exec(name);
    const qualified = q && BYLINE_QUALIFIERS.includes(q[1]!.trim().toLowerCase().normalize('NFC'));
    // "Nguyễn Văn An (Đài Truyền thanh xã)": a name with its unit in brackets, as printed.
    const unit = q && !qualified && bracketedUnit(q[1]!.trim()) && looksLikeName(name.slice(0, q.index).trim());
    const bare = qualified ? name.slice(0, q.index) : name;
    if (unit) return { kind: 'author', value: `${name.slice(0, q.index).trim()} (${q[1]!.trim()})` };
    if (bareByline(bare) || namesList(bare)) return { kind: 'author', value: qualified ? `${bare} (${q[1]!.trim()})` : name };
  }
  return null;
}

const foldMarks = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
const FOLDED_DESK_WORDS = ACCOUNT_DESK_WORDS.map(foldMarks);

/**
 * True for a CMS account name that never is a byline: a generic account ("admin admin",
 * "Ad Min", "quantri"), or a desk title typed without diacritics ("Pho Ban bien tap").
 */
export function isAccountName(name: string): boolean {
  const lower = name.toLowerCase().trim();
  if (ACCOUNT_NAMES.includes(lower)) return true;
  const words = lower.split(/\s+/);
  if (ACCOUNT_NAMES.includes(words.join('')) || words.every((w) => ACCOUNT_NAMES.includes(w))) return true;
  // Unaccented text that spells an accented desk word: an account's display name.
  // Run together, too: "BienTapVien".
  const joined = words.join('');
  return /^[\x00-\x7f]+$/.test(lower) && FOLDED_DESK_WORDS.some((w) => lower.includes(w) || joined.includes(w.replace(/ /g, '')));
}

// A login: one lower-case word of ASCII letters and digits ("phuonghonai", "bientap01");
// people's names are written capitalised, with diacritics and spaces.
const LOGIN_NAME = /^[a-z][a-z0-9._-]{2,31}$/;

/**
 * True for a declared author that is a login ("phuonghonai"): WordPress declares the posting
 * account's login as the author when it has no display name. Only for metadata: a lone
 * lower-case word printed on a page is as often a widget's label ("close", "linkedin").
 */
export function isLoginName(name: string): boolean {
  return LOGIN_NAME.test(name.trim());
}

/** True for widget text printed in a byline's place ("ABOUT THE AUTHOR", "of the article:", "Getty Images"). */
export function isWidgetText(text: string): boolean {
  const lower = text.toLowerCase().replace(/[\s:：.…-]+$/u, '').trim();
  if (PHOTO_AGENCY_PHRASES.some((p) => lower.includes(p))) return true;
  return AUTHOR_WIDGET_PHRASES.some((p) => lower === p || (lower.startsWith(p) && p.length >= 8 && lower.length <= p.length + 12));
}

// A capitalised word, possibly in brackets ("Richard (R.J.) Eskow").
const DECLARED_WORD = /^[(]?(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)[)]?$/u;

/**
 * True when a declared author (metadata, not printed) reads like a person's or a desk's name
 * in any language: two to six capitalised words (particles like "van" allowed), a single
 * capitalised word, or a desk word; no digits, no address, no widget text.
 */
export function looksLikeDeclaredName(s: string): boolean {
  if (s.length < 2 || s.length > 80 || /\d|@|https?:|www\.|\//iu.test(s) || isWidgetText(s) || isAccountName(s)) return false;
  if (looksLikeName(s) || CASELESS_NAME.test(s)) return true;
  const words = s.split(/\s+/);
  // "Science X staff": a desk named with a lower-case word after its capitalised name.
  const last = words.length > 1 && DESK_TAIL_WORDS.includes(words[words.length - 1]!) ? words.length - 1 : words.length;
  return words.length <= 6 && DECLARED_WORD.test(words[0]!)
    && words.every((w, i) => i >= last || DECLARED_WORD.test(w) || NAME_PARTICLES.includes(w));
}

// Scripts without letter case (Chinese, Japanese, Korean, Thai, Arabic, Hebrew, Devanagari):
// a short run of their letters is as much a name as capitalised Latin words are.
const CASELESS_NAME = /^(?=.{2,24}$)[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{M}·・]+(?:\s[\p{sc=Han}\p{sc=Hangul}\p{sc=Thai}\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{M}·・]+){0,2}$/u;

// "Lan Anh, Minh Đức và Thu Hà", "A and B": names joined in one printed byline.
// "Finian Cunningham. Sputnik International": a full stop after a word (not an initial) parts them too.
const NAME_JOINS = new RegExp(String.raw`\s*(?:[,;&]|(?<=\p{Ll}{2})\.\s(?=\p{Lu})|\s(?:${NAME_JOIN_WORDS.join('|')})\s)\s*`, 'u');
// "Phạm Linh (tổng hợp)": a qualifier of the byline, not part of the name.
const QUALIFIER = /\s*[(（][^()（）]*[)）]\s*$/u;

/**
 * The persons or desks a byline string credits, in order: split where names are joined
 * ("A, B và C"), each part kept only when the whole split reads as names; else the one string.
 */
export function splitAuthors(author: string): string[] {
  const bare = author.replace(QUALIFIER, '').trim() || author;
  const parts = bare.split(NAME_JOINS).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => looksLikeDeclaredName(p) || looksLikeName(p))) return parts;
  return [bare];
}

const CALENDAR = new Set(FOREIGN_CALENDAR_WORDS);
const WITH_MORE = new RegExp(String.raw`\s*[(（](?:${BYLINE_WITH_WORDS.join('|')})\s+([^()（）]+)[)）]`, 'iu');
const WEEKDAYS = new Set(FOREIGN_WEEKDAYS);
// A word with digits or a second capitalised word run onto its end (four or more lower-case letters, then capitals).
const GLUED = /^([\p{L}\p{M}.'’-]+?)(\d.*)$|^(\p{Lu}[\p{L}\p{M}'’-]*?\p{Ll}{4})(\p{Lu}.*)$/u;
const PREPOSITION = new RegExp(String.raw`^(?:(?:${BYLINE_LEAD_WORDS.join('|')})\s+)?(?:${BYLINE_PREPOSITIONS.join('|')})(?:\s*[:：])?\s+`, 'iu');
// Names joined in a byline ("A, B and C", "A und B", "A et B", "A y B", "A e B", "A & B").
const JOIN_WORDS = new Set([...NAME_JOIN_WORDS, '&']);
// A word of a printed name: capitalised or all capitals, an initial, possibly hyphenated or with an apostrophe.
const PRINTED_NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;

/**
 * The names a byline opened by a preposition credits ("By Erin Cunningham March 18 at 3:57
 * PM", "Written by Rachael Link, MS, RD on November 14, 2019", "Par Sébastien Farcis", "Von
 * Anna Meier und Jan Roth"), joined by ", ", or null. The names are the capitalised words
 * after the cue, up to a date, a separator or a tail word; anything else after them (a
 * sentence opening "By Tuesday, the city …") makes the line no byline.
 */
export function prepositionByline(text: string): string | null {
  const cue = PREPOSITION.exec(text);
  if (!cue) return null;
  // "Par Martin Untersinger (avec Damien Leloup et Morgane Tual)": more authors in brackets.
  const words = text.slice(cue[0].length).replace(WITH_MORE, ', $1').split(/\s+/u).filter(Boolean);
  const names: string[] = [];
  let current: string[] = [];
  let stopped = false;
  const close = () => { if (current.length) names.push(current.join(' ')); current = []; };
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    // "Nolan22", "GarberFOXBusiness": the name run into the date or the desk printed after it.
    const glued = GLUED.exec(raw);
    const word = (glued ? glued[1] ?? glued[3]! : raw).replace(/[,;]+$/u, '');
    const lower = word.toLowerCase().replace(/\.$/u, '');
    if (!word) { close(); continue; }
    if (JOIN_WORDS.has(lower) && current.length) { close(); continue; }
    // A month stops the names only as a date ("March 18"; "Laura June Topolsky" is a name).
    const date = CALENDAR.has(lower) && (/^\d/u.test(words[i + 1] ?? '') || WEEKDAYS.has(lower));
    if (date || (current.length >= 2 && BYLINE_TAIL_WORDS.includes(lower))
      || !(PRINTED_NAME_WORD.test(word) || (current.length && NAME_PARTICLES.includes(word)))) {
      stopped = !(date || BYLINE_TAIL_WORDS.includes(lower) || /^[\d|·•/–—-]/u.test(raw) || raw.startsWith('@'));
      break;
    }
    current.push(word);
    if (glued || /[,;]$/u.test(raw)) { close(); if (glued) break; }
  }
  close();
  if (stopped || !names.length) return null;
  return names.every((n) => looksLikeDeclaredName(n) || looksLikeName(n) || CREDENTIALS.includes(n.toLowerCase())) ? names.join(', ') : null;
}

/** The text without a byline cue at its start ("By ", "Analysis by ", "Par "). */
export function withoutBylineCue(s: string): string {
  return s.replace(PREPOSITION, '');
}

/**
 * The persons and desks of a split byline without what is printed beside them: credentials
 * ("MS", "RDN"), job titles ("AP Auto Writer", "Bruce Lee Senior Contributor" keeps "Bruce
 * Lee"), an author box's heading ("About …"), a news agency or the site run onto a name, and
 * the site's own name ("Troy L. Smith, cleveland.com"). `siteNames` are the names the site goes
 * by (its host among them). [] when the site alone is credited; the list as printed when only
 * titles or credentials would be left.
 */
export function creditedPersons(names: readonly string[], siteNames: readonly string[]): string[] {
  const sites = siteNames.map(foldLetters).filter((s) => s.length >= 3);
  const out: string[] = [];
  let site = 0;
  for (const raw of names) {
    if (CREDENTIALS.includes(raw.toLowerCase())) continue;
    const name = withoutTrailingDesk(withoutBoxLabel(raw), sites);
    const f = foldLetters(name);
    if (sites.some((s) => f === s || (f.startsWith(s) && names.length > 1))) { site++; continue; }
    const kept = withoutRole(name);
    if (kept && !out.includes(kept)) out.push(kept);
  }
  // Only the site's own name: no author at all; only titles or credentials: kept as printed.
  return out.length || site ? out : [...names];
}

// "Sobre Carlos Nadalim", "About Jane Doe": an author box's heading before the name.
const BOX_LABEL = new RegExp(String.raw`^(?:${AUTHOR_BOX_LABELS.join('|')})\s+(?=\p{Lu})`, 'iu');

function withoutBoxLabel(name: string): string {
  const rest = name.replace(BOX_LABEL, '');
  return rest !== name && rest.split(/\s+/u).length >= 2 ? rest : name;
}

/** "Tom Davies Associated Press", "Elliot Brownstein Florida Today": a name with a news agency or the site run onto it. */
function withoutTrailingDesk(name: string, sites: readonly string[]): string {
  // Only a bare name: "Phan Lan Tú - Giám đốc Sở TT&TT Hà Nội" prints a title, whose place stays.
  if (/\s[-–—|:]\s/u.test(name)) return name;
  const words = name.split(/\s+/u);
  for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
    const tail = foldLetters(words.slice(-k).join(' '));
    if (NEWS_AGENCIES.includes(words.slice(-k).join(' ').toLowerCase()) || sites.includes(tail)) return words.slice(0, -k).join(' ');
  }
  return name;
}

/** A name without the job title printed after it; null when the part is only a title. */
function withoutRole(name: string): string | null {
  const words = name.split(/\s+/u);
  const role = words.findIndex((w) => ROLE_WORDS.includes(w.toLowerCase()));
  if (role < 0) return name;
  let start = role;
  while (start > 0 && ROLE_QUALIFIERS.includes(words[start - 1]!.toLowerCase())) start--;
  return start >= 2 ? words.slice(0, start).join(' ') : null;
}
