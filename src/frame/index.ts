/**
 * Framing: where the article sits among the page's lines. From the located region it
 * takes the headline, the lines between headline and body (datelines, credits), the body
 * itself (chrome, headline and datelines removed), the datelines just above the headline
 * and the few lines after the body.
 */
import { findTitle, type TitleResult } from '../title/index.js';
import type { PageMetadata } from '../metadata/index.js';
import type { ContentRegion } from '../locate/index.js';
import { insideOf } from '../parse/dom.js';
import type { Block } from '../blocks/index.js';
import { anchoredRegion } from './anchor.js';
import { closesWithDateline, dropChrome, isCueLine, isMetaBlock, isTailCue, type ChromeReason, type ChromeReasons } from './filter.js';
import { HEADER_SHORT_LINE, LINK_LIST_DENSITY, PROSE_CHARS, SET_APART_SHARE, TRAILER_LINES } from '../tuning.js';

/** The article's lines, and the lines around it where dates and credits are printed. */
export interface Frame {
  title: TitleResult;
  /** Lines between the headline and the first prose paragraph. */
  header: Block[];
  /** Datelines right above the headline (a date header, a line under the breadcrumb). */
  above: Block[];
  /** The article's lines; credit lines are still in (see `takeCredits`). */
  body: Block[];
  /** A few lines after the region, up to the first chrome heading. */
  trailer: Block[];
}

/**
 * Frames the article. Without a region (plain text, a bare fragment) every line that is not
 * a link list is the body. Null when there is no body at all. `preferredTitle`: see `findTitle`.
 * `why` collects the reasons of the chrome filter (see {@link dropChrome}), for `explain`.
 * `headline`: the headline already known (a region past the article's end moved back to it, `anchoredRegion`).
 */
export function frameArticle(
  blocks: readonly Block[], region: ContentRegion | null, meta: PageMetadata,
  preferredTitle?: ((b: Block) => boolean) | undefined, why?: ChromeReasons, headline?: Block,
): Frame | null {
  const roots = new Set(region?.roots ?? []);
  const inside = insideOf(roots);
  const regionBlocks = region
    ? blocks.filter((b) => inside(b.el))
    : blocks.filter((b) => b.kind === 'text' && b.linkChars / b.chars <= LINK_LIST_DENSITY);
  if (!regionBlocks.length) return null;

  const bodyStart = regionBlocks[0]!.index;
  const title = headline ? { title: headline.text, block: headline, dateText: null } : findTitle(blocks, bodyStart, meta, preferredTitle);
  const titleBlock = title.block;
  const reasons = new Map<number, ChromeReason>();
  let body = dropChrome(regionBlocks, [...roots], why && reasons);
  if (titleBlock) body = body.filter((b) => b.index > titleBlock.index);
  // Once only: the anchored region lies before the tail cue, inside the headline's box.
  const anchored = headline ? null : anchoredRegion(blocks, body.length ? body : regionBlocks, meta);
  if (anchored) return frameArticle(blocks, anchored.region, meta, preferredTitle, why, anchored.headline);
  if (why) for (const [i, r] of reasons) why.set(i, r);

  const metaLines = new Set(body.filter(isMetaBlock));
  const firstProse = body.find((b) => b.kind === 'text' && b.chars >= PROSE_CHARS && !metaLines.has(b));
  const headerFrom = titleBlock ? titleBlock.index + 1 : Math.max(0, bodyStart - 8);
  // Without prose (a one-line notice), the header runs over the datelines the body opens with.
  const headerTo = firstProse?.index ?? body.find((b) => !metaLines.has(b))?.index ?? bodyStart;
  const header = blocks.slice(headerFrom, Math.max(bodyStart, headerTo));
  const headerIndexes = new Set(header.map((b) => b.index));
  // The headline may be printed twice (a breadcrumb's last crumb, then the heading), or again
  // as a plain line anywhere in the region (a slideshow's overlay); set as a heading there, it
  // heads a section of the article.
  const headlineAgain = (b: Block): boolean => b.text === title.title
    && (headerIndexes.has(b.index) || (b.heading === 0 && b.boldChars < b.chars * SET_APART_SHARE));
  body = body.filter((b) => b.kind !== 'text'
    || !(metaLines.has(b) || headlineAgain(b) || (headerIndexes.has(b.index) && (isCueLine(b) || b.chars < HEADER_SHORT_LINE))));

  const above = titleBlock
    ? blocks.slice(Math.max(0, titleBlock.index - 2), titleBlock.index).filter((b) => isMetaBlock(b) || closesWithDateline(b))
    : [];
  const lastIndex = regionBlocks[regionBlocks.length - 1]!.index;
  const trailer: Block[] = [];
  for (const b of blocks.slice(lastIndex + 1, lastIndex + 1 + TRAILER_LINES)) {
    if (isTailCue(b)) break;
    trailer.push(b);
  }
  return { title, header, above, body, trailer };
}
