/**
 * `extract`: the whole pipeline from page bytes to an {@link Article}, the one place that
 * knows the order of the stages (each a folder of `src/`, docs/architecture.md):
 * decode → parse → metadata → clean → blocks → locate → title → frame → fields (credits,
 * date) → sections → references, facts.
 */
import { clean } from './clean/index.js';
import { decode } from './decode/index.js';
import { takeCredits } from './fields/credits.js';
import { findDate } from './fields/date.js';
import { extractFacts } from './facts/index.js';
import { readMetadata } from './metadata/index.js';
import { extractDocumentRefs } from './references/index.js';
import { findTitle } from './title/index.js';
import { checkPageInput } from './errors.js';
import { locateContent } from './locate/index.js';
import { parse, type ParserName } from './parse/index.js';
import { linearize } from './blocks/index.js';
import { frameArticle } from './frame/index.js';
import { structure, type ParagraphSpan } from './sections/index.js';
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
  checkPageInput(input, options.maxBytes ?? DEFAULT_MAX_BYTES, 'extract');
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

  const frame = frameArticle(blocks, locateContent(blocks), meta);
  if (!frame) {
    return {
      url, title: findTitle(blocks, blocks.length, meta).title,
      publishedAt: findDate({ header: [], above: [], trailer: [] }, meta),
      author: null, authors: [], postedBy: null, source: null, lead: null, sections: [], text: '', images: [], facts: [], documentRefs: [], language: 'vi',
    };
  }
  const { title, block: titleBlock, dateText } = frame.title;
  // A date printed on the headline's own line leads the header.
  const header = titleBlock && dateText ? [{ ...titleBlock, text: dateText }, ...frame.header] : frame.header;
  const credits = takeCredits(frame, meta);
  const s = structure(credits.body, base);
  return {
    url,
    title,
    publishedAt: findDate({ header, above: frame.above, trailer: frame.trailer, signature: credits.closingLines }, meta),
    author: credits.author,
    authors: credits.authors,
    postedBy: credits.postedBy,
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
