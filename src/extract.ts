/**
 * `extract`: the whole pipeline from page bytes to an {@link Article}.
 * decode → parse → read metadata → clean → linearise → locate → drop chrome →
 * title, date, credits → structure → facts and references.
 */
import type { Element } from 'domhandler';
import { clean } from './clean/index.js';
import { decode } from './decode/index.js';
import { closingCredits, isAccountName, looksLikeName, parseCredits, type Credit } from './enrich/byline.js';
import { findDate } from './enrich/date.js';
import { extractFacts } from './enrich/facts.js';
import { extractDocumentRefs } from './enrich/references.js';
import { readMetadata } from './enrich/metadata.js';
import { BYLINE_CLASS_WORDS } from './lexicon/byline.js';
import { hasClassWord } from './parse/dom.js';
import { findTitle } from './enrich/title.js';
import { ExtractError } from './errors.js';
import { locateContent } from './locate/index.js';
import { parse, type ParserName } from './parse/index.js';
import { linearize, type Block } from './structure/blocks.js';
import { dropChrome, isCueLine, isMetaLine, isTailCue } from './structure/filter.js';
import { structure, type ParagraphSpan } from './structure/sections.js';
import type { Article, ExtractOptions } from './types.js';

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const DEFAULT_MAX_NODES = 1_000_000;
const PROSE_CHARS = 80;

/** Options of {@link extract} that are not part of the stable API (benchmarks compare parsers). */
interface InternalOptions extends ExtractOptions {
  parser?: ParserName;
}

function absoluteUrl(href: string | undefined, base: string | null): string | null {
  if (!href) return null;
  try { return new URL(href, base ?? undefined).href; } catch { return null; }
}

function inRoots(el: Element, roots: ReadonlySet<Element>): boolean {
  for (let n: Element | null = el; n; n = n.parent as Element | null) if (roots.has(n)) return true;
  return false;
}

function emptyArticle(url: string | null, title: string, publishedAt: string | null): Article {
  return {
    url, title, publishedAt, author: null, source: null, lead: null, sections: [], text: '',
    images: [], facts: [], documentRefs: [], language: 'vi',
  };
}

/** The index of the section that holds text offset `at`. */
function sectionAt(spans: readonly ParagraphSpan[], at: number): number | null {
  let lo = 0, hi = spans.length - 1, found: number | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) { found = spans[mid]!.section; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

function pickCredits(credits: readonly Credit[]): { author: string | null; source: string | null; account: string | null } {
  let author: string | null = null, source: string | null = null, account: string | null = null;
  for (const c of credits) {
    if (c.kind === 'author') author ??= c.value;
    else if (c.kind === 'source') source ??= c.value;
    else account ??= c.value;
  }
  return { author, source, account };
}

/**
 * Extracts the article of a ward / commune portal news page.
 *
 * Synchronous and offline. Bytes are decoded as a browser would (BOM, `contentType`'s
 * charset, `<meta charset>`, then UTF-8 or windows-1258). Malformed or empty input gives
 * a best-effort article (empty fields), never a crash.
 *
 * @throws {@link ExtractError} `INVALID_INPUT` when `input` is neither a string nor bytes,
 *   `TOO_LARGE` when it exceeds `options.maxBytes`.
 */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Article {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new ExtractError('INVALID_INPUT', `extract() takes a string or a Uint8Array, got ${input === null ? 'null' : typeof input}`);
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.length > maxBytes) {
    throw new ExtractError('TOO_LARGE', `input of ${input.length} bytes exceeds maxBytes (${maxBytes})`);
  }
  const { html } = decode(input, options.contentType);
  const { document } = parse(html, {
    maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES,
    parser: (options as InternalOptions).parser ?? 'htmlparser2',
  });
  const meta = readMetadata(document);
  const url = options.url ?? absoluteUrl(meta.canonical, null);
  const base = absoluteUrl(meta.baseHref, url) ?? url;
  clean(document);
  const blocks = linearize(document);

  const region = locateContent(blocks);
  // No element reads like an article (plain text, a bare fragment): take what is not a link list.
  const roots = new Set(region?.roots ?? []);
  const regionBlocks = region
    ? blocks.filter((b) => inRoots(b.el, roots))
    : blocks.filter((b) => b.kind === 'text' && b.linkChars / b.chars <= 0.5);
  if (!regionBlocks.length) {
    const { title } = findTitle(blocks, blocks.length, meta);
    return emptyArticle(url, title, findDate({ header: [], above: [], trailer: [] }, meta));
  }
  const bodyStart = regionBlocks[0]?.index ?? blocks.length;
  const { title, block: titleBlock, dateText } = findTitle(blocks, bodyStart, meta);

  let body = dropChrome(regionBlocks, [...roots]);
  if (titleBlock) body = body.filter((b) => b.index > titleBlock.index);

  // Lines before the first prose paragraph: datelines, credits, counters.
  const firstProse = body.findIndex((b) => b.kind === 'text' && b.chars >= PROSE_CHARS && !isMetaLine(b.text));
  const headerFrom = titleBlock ? titleBlock.index + 1 : Math.max(0, bodyStart - 8);
  const headerTo = firstProse >= 0 ? body[firstProse]!.index : bodyStart;
  const header = blocks.slice(headerFrom, headerTo);
  const dateHeader = titleBlock && dateText ? [{ ...titleBlock, text: dateText }, ...header] : header;
  const headerCredits: Credit[] = [];
  // A bare name counts in the header only inside an element named for it (class="byline").
  const headerCredit = (b: Block): Credit[] => parseCredits(b.text, hasClassWord(b.el, BYLINE_CLASS_WORDS));
  for (const b of header) if (b.kind === 'text') headerCredits.push(...headerCredit(b));
  const headerIndexes = new Set(header.map((b) => b.index));
  // A labelled byline may also stand just after the lead ("Phóng viên: ..." on its own line).
  let prose = 0;
  body = body.filter((b) => {
    if (b.kind !== 'text') return true;
    if (isMetaLine(b.text)) return false;
    if (headerIndexes.has(b.index) && (isCueLine(b) || b.chars < 25)) return false;
    if (prose < 2 && b.chars <= 120) {
      const credits = headerCredit(b);
      if (credits.length) {
        if (!headerIndexes.has(b.index)) headerCredits.push(...credits);
        return false;
      }
    }
    if (b.chars >= PROSE_CHARS) prose++;
    return true;
  });

  const { credits, taken } = closingCredits(body);
  body = body.slice(0, body.length - taken);

  // Datelines right above the headline: a date header, a line under the breadcrumb.
  const above = titleBlock
    ? blocks.slice(Math.max(0, titleBlock.index - 2), titleBlock.index).filter((b) => b.kind === 'text' && isMetaLine(b.text))
    : [];
  const lastIndex = regionBlocks[regionBlocks.length - 1]!.index;
  const trailer: Block[] = [];
  for (const b of blocks.slice(lastIndex + 1, lastIndex + 8)) {
    if (isTailCue(b)) break;
    trailer.push(b);
  }
  // Credits printed just below the article container ("<div class=source>Nguồn: ...</div>").
  for (const b of trailer) {
    if (b.kind !== 'text') break;
    const c = parseCredits(b.text, b.boldChars + b.italicChars >= b.chars * 0.8 || b.align === 'right');
    if (!c.length) break;
    credits.push(...c);
  }
  const closing = pickCredits(credits);
  const heading = pickCredits(headerCredits);
  const account = heading.account && !isAccountName(heading.account) ? heading.account : null;
  // <meta name="author"> often names the site or the CMS account; only a person's name counts.
  const metaAuthor = meta.author && !isAccountName(meta.author) && looksLikeName(meta.author) ? meta.author : null;

  const s = structure(body, base);
  return {
    url,
    title,
    publishedAt: findDate({ header: dateHeader, above, trailer }, meta),
    author: closing.author ?? heading.author ?? account ?? metaAuthor,
    source: closing.source ?? heading.source,
    lead: s.lead,
    sections: s.sections,
    text: s.text,
    images: s.images,
    facts: extractFacts(s.text).map((f) => ({ ...f, section: sectionAt(s.spans, f.start) })),
    documentRefs: extractDocumentRefs(s.text),
    language: 'vi',
  };
}
