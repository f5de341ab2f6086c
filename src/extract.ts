/**
 * `extract`: the whole pipeline from page bytes to an {@link Article}, the one place that
 * knows the order of the stages (each a folder of `src/`, docs/architecture.md):
 * decode → parse → metadata → clean → blocks → locate → title → frame → fields (credits,
 * date) → sections → references, facts.
 */
import type { Document, Element } from 'domhandler';
import { clean } from './clean/index.js';
import { decode } from './decode/index.js';
import { accountLine, takeCredits } from './fields/credits.js';
import { findDate } from './fields/date.js';
import { extractFacts } from './facts/index.js';
import { isMetadataElement, readMetadata } from './metadata/index.js';
import { extractDocumentRefs } from './references/index.js';
import { findTitle } from './title/index.js';
import { checkPageInput, ExtractError } from './errors.js';
import { locateContent } from './locate/index.js';
import { parse, type ParserName } from './parse/index.js';
import { copyTree, documentOf, type PageTree } from './parse/tree.js';
import { sniffNotText } from './decode/sniff.js';
import { linearize, looksLikeText, textBlocks, type Block } from './blocks/index.js';
import type { PageMetadata } from './metadata/index.js';
import { frameArticle, type Frame } from './frame/index.js';
import type { ChromeReason } from './frame/filter.js';
import type { Credit } from './text/bylines.js';
import type { ContentRegion } from './locate/index.js';
import type { TitleResult } from './title/index.js';
import { structure, type BlockRole, type ParagraphSpan } from './sections/index.js';
import { dropTemplate, learnedRegion, learnedTitle } from './site/apply.js';
import { resolveUrl } from './text/url.js';
import type { Article, ExtractOptions } from './types.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_NODES } from './tuning.js';


/** Options of {@link extract} that are not part of the stable API (benchmarks compare parsers). */
interface InternalOptions extends ExtractOptions {
  parser?: ParserName;
}

function absoluteUrl(href: string | undefined, base: string | null): string | null {
  return href ? resolveUrl(href, base) : null;
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

/** A text rendering declares nothing: no `<title>`, no meta tags. */
const NO_METADATA: PageMetadata = readMetadata(parse('', { maxNodes: 1, parser: 'htmlparser2' }).document);

/** The HTML front end after the parse: read the metadata, clean, linearise. */
function treeBlocks(document: Document, marked?: readonly Element[]): { meta: PageMetadata; blocks: Block[] } {
  const meta = readMetadata(document, marked);
  clean(document);
  return { meta, blocks: linearize(document) };
}

/**
 * The input as blocks: a tree parsed elsewhere is copied (never re-parsed, the caller's tree
 * untouched); bytes that are no page's text are refused; text renderings are read line by
 * line (or as `options.format` says), HTML through the parser.
 */
function pageBlocks(input: string | Uint8Array | PageTree, options: ExtractOptions): { meta: PageMetadata; blocks: Block[] } {
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const tree = documentOf(input);
  if (tree) return treeBlocks(copyTree(tree, maxNodes).document);
  const page = input as string | Uint8Array;
  checkPageInput(page, options.maxBytes ?? DEFAULT_MAX_BYTES, 'extract');
  const notText = sniffNotText(page);
  if (notText) {
    const code = notText.kind === 'compressed' ? 'COMPRESSED' : 'BINARY';
    throw new ExtractError(code, `not a web page: ${notText.format}${code === 'COMPRESSED' ? ' (decompress it first)' : ''}`);
  }
  const { html } = decode(page, options.contentType);
  if ((options.format ?? (looksLikeText(html) ? 'text' : 'html')) === 'text') return { meta: NO_METADATA, blocks: textBlocks(html) };
  const parsed = parse(html, { maxNodes, parser: (options as InternalOptions).parser ?? 'htmlparser2', mark: isMetadataElement });
  return treeBlocks(parsed.document, parsed.marked);
}

/**
 * What the stages decided on one page, filled in by {@link extractTraced} for `explain/`
 * (the maps and sinks are only written when a trace is passed: no cost otherwise).
 */
export interface Trace {
  blocks: Block[];
  meta: PageMetadata | null;
  region: ContentRegion | null;
  /** Null when the page has no body (every line is chrome). */
  frame: Frame | null;
  title: TitleResult | null;
  /** The body after credits were taken (what `structure` read). */
  body: Block[];
  /** Why region lines left the body: the chrome filter's reasons, and `template` for a site profile's template lines. */
  chrome: Map<number, ChromeReason | 'template'>;
  roles: Map<number, BlockRole>;
  credits: { block: Block; credits: readonly Credit[] }[];
}

/** An empty trace, for {@link extractTraced}. */
export function newTrace(): Trace {
  return { blocks: [], meta: null, region: null, frame: null, title: null, body: [], chrome: new Map(), roles: new Map(), credits: [] };
}

/**
 * Extracts the article of a ward / commune portal news page.
 *
 * Synchronous and offline. Input without markup is read as a page's text rendering (or as
 * `options.format` says; docs/text-input.md). Bytes are decoded as a browser would (BOM, `contentType`'s
 * charset, `<meta charset>`, then UTF-8 or windows-1258). A page already parsed — a cheerio
 * `$`, `$.root()` or a domhandler `Document` — is read as it is, not re-parsed (and not
 * modified). Malformed or empty input gives a best-effort article (empty fields), never a crash.
 *
 * @throws {@link ExtractError} `INVALID_INPUT` when `input` is none of these, `TOO_LARGE`
 *   when it exceeds `options.maxBytes`, `COMPRESSED` for gzip, zip, … data and `BINARY` for
 *   bytes that are no text in any charset (images, PDF, random bytes).
 */
export function extract(input: string | Uint8Array | PageTree, options: ExtractOptions = {}): Article {
  return extractTraced(input, options);
}

/** {@link extract}, recording the stages' decisions in `trace` when one is given. */
export function extractTraced(input: string | Uint8Array | PageTree, options: ExtractOptions = {}, trace?: Trace): Article {
  const { meta, blocks } = pageBlocks(input, options);
  const url = options.url ?? absoluteUrl(meta.canonical, null);
  const base = absoluteUrl(meta.baseHref, url) ?? url;

  const site = options.site;
  // A site profile (docs/site-profiles.md): the site's usual container, then its template lines out.
  const located = locateContent(blocks);
  const region = site ? learnedRegion(site, blocks, located) : located;
  let frame = frameArticle(blocks, region, meta, site && learnedTitle(site), trace?.chrome);
  // Template lines out before credits are read, so that a byline above the account line closes the body.
  let template: Block[] = [];
  if (frame && site) {
    const body = dropTemplate(site, frame.body), trailer = dropTemplate(site, frame.trailer);
    template = [...frame.body, ...frame.trailer].filter((b) => !body.includes(b) && !trailer.includes(b));
    if (trace) for (const b of template) if (frame.body.includes(b)) trace.chrome.set(b.index, 'template');
    frame = { ...frame, body, trailer };
  }
  if (trace) Object.assign(trace, { blocks, meta, region, frame, title: frame?.title ?? null });
  if (!frame) {
    const found = findTitle(blocks, blocks.length, meta);
    if (trace) trace.title = found;
    return {
      url, title: found.title,
      publishedAt: findDate({ header: [], above: [], trailer: [] }, meta, url),
      author: null, authors: [], postedBy: null, source: null, lead: null, sections: [], text: '', images: [], facts: [], documentRefs: [], language: 'vi',
    };
  }
  const { title, block: titleBlock, dateText } = frame.title;
  // A date printed on the headline's own line leads the header.
  const header = titleBlock && dateText ? [{ ...titleBlock, text: dateText }, ...frame.header] : frame.header;
  const credits = takeCredits(frame, meta, trace && ((block, found) => trace.credits.push({ block, credits: found })), url);
  const s = structure(credits.body, base, trace && ((b, role) => { if (!trace.roles.has(b.index)) trace.roles.set(b.index, role); }));
  if (trace) trace.body = credits.body;
  return {
    url,
    title,
    publishedAt: findDate({ header, above: frame.above, trailer: frame.trailer, signature: credits.closingLines }, meta, url),
    author: credits.author,
    authors: credits.authors,
    // The account line is template on its site, and still names who posted the article.
    postedBy: credits.postedBy ?? template.map((b) => accountLine(b)?.value).find((v) => v) ?? null,
    source: credits.source,
    lead: s.lead,
    sections: s.sections,
    text: s.text,
    images: s.images,
    facts: extractFacts(s.text).map((f) => ({ ...f, section: sectionAt(s.spans, f.start) })),
    documentRefs: extractDocumentRefs(s.text),
    language: 'vi',
  };
}
