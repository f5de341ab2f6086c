/**
 * Author and source of a framed article: credit lines are read from the header, from the
 * opening of the body, from its closing lines and from just below it, and taken out of
 * the body. A closing byline outranks a header credit, which outranks a labelled account
 * that prints a person's name ("Đăng bởi Thanh Tâm") and then the authors the page
 * declares in metadata (JSON-LD, `article:author`, `<meta name="author">`, `rel=author`).
 *
 * CMS account lines (a generic account name, or any line in the element a CMS prints the
 * posting account in) are taken out of the body and never become the author: they are
 * `postedBy`. `authors` are the persons and desks credited, without credentials, job titles,
 * a news agency run onto a name, or the site's own name.
 */
import { ACCOUNT_CLASS_WORDS, AUTHOR_PAGE_SEGMENTS, BYLINE_CLASS_WORDS } from '../lexicon/credits.js';
import type { Element } from 'domhandler';
import { hasClassWord, namedLike, textContent } from '../parse/dom.js';
import { cleanText } from '../text/normalize.js';
import { lineItems, type Block } from '../blocks/index.js';
import { isMetaLine } from '../frame/filter.js';
import type { Frame } from '../frame/index.js';
import type { PageMetadata } from '../metadata/index.js';
import {
  creditedPersons, isAccountName, isLoginName, isWidgetText, looksLikeDeclaredName, looksLikeName, parseCredits, splitAuthors, withoutBylineCue, type Credit,
} from '../text/bylines.js';
import { foldLetters, stripWrapping } from '../text/match.js';
import { hostNames } from '../text/url.js';
import { CREDIT_LINE_MAX, CREDIT_NAME_MAX, PROSE_CHARS, SET_APART_SHARE } from '../tuning.js';

/** The credits found and the body without its credit lines. */
export interface TakenCredits {
  author: string | null;
  /** Every credited person or desk, in order (the printed byline split, else the declared authors). */
  authors: string[];
  /** The CMS account that posted the article, as printed, when the page prints one. */
  postedBy: string | null;
  source: string | null;
  body: Block[];
  /** The closing credit lines taken out of the body (a signature may carry the date). */
  closingLines: Block[];
}

function pick(credits: readonly Credit[]): { author: string | null; source: string | null; account: string | null } {
  let author: string | null = null, source: string | null = null, account: string | null = null;
  for (const c of credits) {
    if (c.kind === 'author') author ??= c.value;
    else if (c.kind === 'source') source ??= c.value;
    else account ??= c.value;
  }
  return { author, source, account };
}

const DATE_OR_META = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}/u;

/**
 * The credits of one line. A line of inline items ("Đăng lúc: 15:20 - 10/10/2023",
 * "Tác giả: Lê Minh", "673 lượt xem") is read item by item, a label item joined to the
 * value after it; it is a credit line when every item is a credit or a meta item, and a
 * bare name then counts too (it stands among the article's metadata).
 */
function lineCredits(b: Block, allowBare: boolean): Credit[] {
  const whole = parseCredits(b.text, allowBare);
  const parts = lineItems(b);
  if (parts.length <= 1 || (whole.length && !whole.some((c) => DATE_OR_META.test(c.value)))) return whole;
  const items = mergeLabels(parts);
  const metaItems = items.filter(isMetaLine).length;
  if (metaItems === 0) return whole;
  const credits: Credit[] = [];
  for (const item of items) {
    if (isMetaLine(item)) continue;
    const c = parseCredits(item, true);
    if (!c.length) return whole;
    credits.push(...c);
  }
  return credits;
}

/** Inline items with a label item ("Tác giả:") joined to the value after it. */
function mergeLabels(parts: readonly string[]): string[] {
  const items: string[] = [];
  for (const item of parts) {
    const last = items.length - 1;
    if (last >= 0 && /[:：]$/u.test(items[last]!)) items[last] = `${items[last]} ${item}`;
    else items.push(item);
  }
  return items;
}

// "… giải ngân 85% kế hoạch. (Tin: Văn Hùng)": a credit in brackets closing the last paragraph.
const TRAILING_CREDIT = /\s*[(（]\s*([^()（）]{3,80})\s*[)）]\s*$/u;

/** Takes a bracketed credit off the end of the last paragraph, if there is one. */
function takeTrailingCredit(body: Block[], into: Credit[]): Block[] {
  const last = body[body.length - 1];
  if (!last || last.kind !== 'text') return body;
  const m = TRAILING_CREDIT.exec(last.text);
  if (!m || m.index === 0) return body;
  const credits = parseCredits(m[1]!, false);
  if (!credits.length) return body;
  into.push(...credits);
  const text = last.text.slice(0, m.index);
  return [...body.slice(0, -1), { ...last, text, chars: Math.max(0, last.chars - (last.text.length - text.length)) }];
}

/**
 * The account a CMS account line names: a line in the element the CMS prints the poster in
 * (label dropped), or a line that is only a generic account name. Null for other lines.
 */
export function accountLine(b: Block): Credit | null {
  if (b.kind !== 'text' || b.text.length > CREDIT_LINE_MAX) return null;
  // "Người đăng: admin admin · Lượt xem: 415": the account is the one item left beside meta items.
  const items = mergeLabels(lineItems(b))
    .filter((item) => !isMetaLine(item) || parseCredits(item, false).some((c) => c.kind === 'account'));
  if (items.length !== 1) return null;
  const item = items[0]!;
  const parsed = parseCredits(item, true);
  if (parsed.length > 1) return null;
  const value = parsed.length === 1 ? parsed[0]!.value : stripWrapping(item);
  // An author label in the slot ("Viết bởi Lê Thị Thu Hà", Joomla's createdby) prints a byline.
  if (!isAccountName(value) && parseCredits(item, false).some((c) => c.kind !== 'account')) return null;
  const slot = hasClassWord(b.el, ACCOUNT_CLASS_WORDS) || slotChild(b.el, item);
  if (!value || (!slot && !isAccountName(value) && parsed[0]?.kind !== 'account')) return null;
  if (!slot && parsed[0]?.kind === 'account' && !isAccountName(value)) return null;
  const credit: Credit = { kind: 'account', value };
  if (slot) FROM_SLOT.add(credit);
  return credit;
}

/** True when a child element of the line's element is an account slot printing `item`. */
function slotChild(el: Block['el'], item: string): boolean {
  for (const c of el.children) {
    if (c.type === 'tag' && namedLike(c as Element, ACCOUNT_CLASS_WORDS) && cleanText(textContent(c as Element)).includes(item)) return true;
  }
  return false;
}

// Account credits read from a CMS account slot: never the author, even when they print a name.
const FROM_SLOT = new WeakSet<Credit>();

// A bare name counts before the body only inside an element named for it (class="byline").
const openingCredits = (b: Block): Credit[] => {
  const account = accountLine(b);
  if (account) return [account];
  const credits = lineCredits(b, hasClassWord(b.el, BYLINE_CLASS_WORDS));
  return credits.length ? credits : bylineChild(b);
};

/**
 * "<span class="author">Lisa Kaczke and Trevor J. Mitchell</span> <span class="publication">
 * Sioux Falls Argus Leader</span>": the names a line prints in a child element named for the
 * byline, when the line as a whole reads as no credit. [] when no child does.
 */
function bylineChild(b: Block): Credit[] {
  if (b.chars > CREDIT_LINE_MAX) return [];
  for (const c of b.el.children) {
    if (c.type !== 'tag' || !namedLike(c as Element, BYLINE_CLASS_WORDS) || namedLike(c as Element, ACCOUNT_CLASS_WORDS)) continue;
    const printed = cleanText(textContent(c as Element));
    // The child's text must be on this line (a block's element may hold other lines' elements too).
    if (!printed || !b.text.includes(printed)) continue;
    const text = withoutBylineCue(printed);
    const names = splitAuthors(text);
    if (text && text.length <= CREDIT_NAME_MAX && names.every((n) => looksLikeName(n) || looksLikeDeclaredName(n))) return [{ kind: 'author', value: text }];
  }
  return [];
}

// An author page's address names its author ("…/author/madeline-fry"), when `article:author` is a URL.
const AUTHOR_PAGE = new RegExp(String.raw`^https?:\/\/[^?#]*\/(?:${AUTHOR_PAGE_SEGMENTS.join('|')})\/([a-z]+(?:-[a-z]+){1,3})\/?(?:[?#].*)?$`, 'iu');

function nameFromAuthorPage(value: string): string {
  const m = AUTHOR_PAGE.exec(value);
  return m ? m[1]!.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') : value;
}

/** The declared authors that are names, not the site itself, not widget text or a URL. */
function declaredAuthors(meta: PageMetadata): string[] {
  const site = new Set(meta.siteNames.map((n) => n.toLowerCase()));
  const out: string[] = [];
  let answered: string | null = null;
  for (const a of meta.authors) {
    // The first source that gives names is the page's answer; later ones repeat it in other words.
    if (answered && a.from !== answered) break;
    // The site itself (unless typed a Person with a full name: a personal blog is named for its author),
    // or the CMS account the page was posted from (Joomla's "Super User").
    if ((site.has(a.name.toLowerCase()) && (a.kind !== 'person' || !/\s/u.test(a.name))) || isAccountName(a.name)) continue;
    // "By Corey Kilgannon" in <meta name="byl">, "Analysis by …" in <meta name="author">.
    for (const name of splitAuthors(withoutBylineCue(nameFromAuthorPage(a.name)))) {
      const ok = a.kind === 'organization' ? !isWidgetText(name) && name.length <= 80 : looksLikeDeclaredName(name);
      if (ok && !out.some((n) => n.toLowerCase() === name.toLowerCase())) { out.push(name); answered = a.from; }
    }
  }
  return out;
}

/** Told each line that gave credits, and the credits it gave (for `explain`). */
export type CreditSink = (line: Block, credits: readonly Credit[]) => void;

/** Reads the credits of a framed article and removes their lines from its body; `seen` is told each credit line. */
export function takeCredits(frame: Frame, meta: PageMetadata, seen?: CreditSink, pageUrl?: string | null): TakenCredits {
  const opening: Credit[] = [];
  const headerIndexes = new Set<number>();
  for (const b of frame.header) {
    headerIndexes.add(b.index);
    if (b.kind !== 'text') continue;
    const credits = openingCredits(b);
    opening.push(...credits);
    if (seen && credits.length) seen(b, credits);
  }
  // A labelled byline may also stand just after the lead ("Phóng viên: ..." on its own line).
  let prose = 0;
  let body = frame.body.filter((b) => {
    if (b.kind !== 'text') return true;
    if (prose < 2 && b.chars <= CREDIT_LINE_MAX) {
      const credits = openingCredits(b);
      if (credits.length) {
        if (!headerIndexes.has(b.index)) opening.push(...credits);
        seen?.(b, credits);
        return false;
      }
    }
    if (b.chars >= PROSE_CHARS) prose++;
    return true;
  });

  const { credits: closing, taken } = closingCredits(body);
  const closingLines = body.slice(body.length - taken);
  body = body.slice(0, body.length - taken);
  if (seen) for (const b of closingLines) seen(b, parseCredits(b.text, true));
  if (!closing.length) {
    body = takeTrailingCredit(body, closing);
    if (seen && closing.length) seen(body[body.length - 1]!, closing);
  }
  // Credits printed just below the article container ("<div class=detail-author>Thu Hà</div>").
  for (const b of frame.trailer) {
    // An account's avatar is printed before its name.
    if (b.kind === 'image') continue;
    if (b.kind !== 'text') break;
    const setApart = b.boldChars + b.italicChars >= b.chars * SET_APART_SHARE || b.align === 'right' || hasClassWord(b.el, BYLINE_CLASS_WORDS);
    const account = accountLine(b);
    const c = account ? [account] : lineCredits(b, setApart);
    if (!c.length) break;
    closing.push(...c);
    seen?.(b, c);
  }

  // "Viết bởi Quản trị viên": a byline slot that names a generic account shows the poster.
  const end = pick(closing.map(asPoster));
  const start = pick(opening.map(asPoster));
  // WordPress and Joomla declare the posting account as the author (JSON-LD, meta author).
  const postedBy = end.account ?? start.account ?? meta.authors.find((a) => isAccountName(a.name) || isLoginName(a.name))?.name ?? null;
  // A labelled account outside the CMS's account slot that prints a person's name is the only byline shown.
  const labelled = opening.find((c) => c.kind === 'account' && !FROM_SLOT.has(c) && !isAccountName(c.value)
    && looksLikeName(c.value))?.value ?? null;
  let author = end.author ?? start.author ?? labelled;
  if (author && isWidgetText(author)) author = null;
  const declared = declaredAuthors(meta);
  // A printed "byline" that shares no word with the named persons the page declares is a
  // section label or a column name ("Tech Industry", "Deal Professor"): the declaration wins.
  if (author && declared.length && !end.author && !sharesWord(author, declared)) author = null;
  const credited = creditedNames(author, declared);
  const authors = creditedPersons(credited, siteNamesOf(meta, pageUrl));
  // A byline that only names the site itself credits no one.
  if (!authors.length && credited.length) author = null;
  return { author: author ?? (authors.length ? authors.join(', ') : null), authors, postedBy, source: end.source ?? start.source, body, closingLines };
}

/**
 * The printed byline split into names; the declared names instead when the byline prints some
 * of them ("By A" for A and B) or prints them in capitals (their order and case); else the declared.
 */
function creditedNames(author: string | null, declared: readonly string[]): readonly string[] {
  const printed = author ? splitAuthors(author) : [];
  if (!printed.length) return declared;
  const some = declared.length >= printed.length && printed.every((p) => declared.some((d) => d.toLowerCase() === p.toLowerCase()));
  return some ? declared : printed;
}

/** The names the site goes by (declared, and its hosts'), except one named for a declared person (a personal blog). */
function siteNamesOf(meta: PageMetadata, pageUrl: string | null | undefined): string[] {
  const persons = new Set(meta.authors.filter((a) => a.kind === 'person' && /\s/u.test(a.name.trim())).map((a) => foldLetters(a.name)));
  const names = [...meta.siteNames, ...hostNames(pageUrl), ...hostNames(meta.canonical)];
  // No person declared (most portals): no name to fold and compare.
  return !persons.size ? names : names.filter((n) => !persons.has(foldLetters(n)) && !persons.has(foldLetters(n).replace(/com$/u, '')));
}

function asPoster(c: Credit): Credit {
  return c.kind === 'author' && isAccountName(c.value) ? { kind: 'account', value: c.value } : c;
}

function sharesWord(a: string, names: readonly string[]): boolean {
  const words = new Set(a.toLowerCase().split(/[\s,.;()-]+/u).filter((w) => w.length > 1));
  return names.some((n) => n.toLowerCase().split(/[\s,.;()-]+/u).some((w) => words.has(w)));
}

/** The credits at the end of the body, and how many trailing blocks they took. */
export function closingCredits(blocks: readonly Block[]): { credits: Credit[]; taken: number } {
  // Lines are read from the end: a byline, then "Nguồn: ...", then a dated signature, at most four.
  const credits: Credit[] = [];
  let taken = 0;
  for (let i = blocks.length - 1; i >= 0 && taken < 4; i--) {
    const b = blocks[i]!;
    if (b.kind === 'image') break;
    if (b.kind !== 'text' || b.text.length > CREDIT_LINE_MAX) break;
    const account = accountLine(b);
    const c = account ? [account] : parseCredits(b.text, true);
    if (!c.length) break;
    credits.unshift(...c);
    taken++;
  }
  return { credits, taken };
}
