/**
 * The article located past its end. A short article whose only body is a link to its
 * attached document (or a line too short to vote) gives the locator no prose, and it picks
 * the footer or a box round the whole page. Such a body lies after the tail cue ("Các tin
 * khác") that follows the headline, outside the box that holds both, while that box has
 * content of its own between them: that content's container is the region.
 */
import type { Block } from '../blocks/index.js';
import type { ContentRegion } from '../locate/index.js';
import type { PageMetadata } from '../metadata/index.js';
import { commonAncestor, namedLike, within } from '../parse/dom.js';
import type { Element } from 'domhandler';
import { printedTitle } from '../title/index.js';
import { citesAttachments } from './attachments.js';
import { isCueLine, isMetaBlock, isTailCue } from './filter.js';
import { LINK_LIST_DENSITY, PROSE_CHARS } from '../tuning.js';
import { PAGE_FOOTER_CLASS_WORDS } from '../lexicon/boilerplate.js';

/**
 * The region between the headline and the tail cue after it, when the framed `body` (the
 * blocks kept from the located region, or the region's blocks when none were kept) lies past
 * that cue outside the headline's box, with the headline; null when the located region stands.
 */
export function anchoredRegion(blocks: readonly Block[], body: readonly Block[], meta: PageMetadata): { region: ContentRegion; headline: Block } | null {
  const first = body[0];
  if (!first) return null;
  const headline = printedTitle(blocks, first.index, meta);
  if (!headline) return null;
  const tail = blocks.slice(headline.index + 1, first.index).find(isTailCue);
  if (!tail) return null;
  const box = commonAncestor(headline.el, tail.el);
  if (!box || body.some((b) => within(b.el, box))) return null;
  const content = blocks.slice(headline.index + 1, tail.index).filter((b) => b.kind === 'text' && !isMetaBlock(b) && !isCueLine(b)
    && (b.linkChars / b.chars <= LINK_LIST_DENSITY || citesAttachments(b.el)));
  // An account line alone is no article: a line of prose or an attached document is; or,
  // when the located body is the page's footer, whatever short line stands there (a greeting).
  if (!content.some((b) => b.chars >= PROSE_CHARS || citesAttachments(b.el)) && !(content.length && inPageFooter(first.el))) return null;
  let root = content[0]!.el;
  for (const b of content.slice(1)) root = commonAncestor(root, b.el) ?? root;
  return { region: { roots: [root] }, headline };
}

/** True when the element lies in the page's own footer (`<footer>`, or a box named for it). */
function inPageFooter(el: Element): boolean {
  for (let n: Element | null = el; n && n.type === 'tag'; n = n.parent as Element | null) {
    if (n.name === 'footer' || namedLike(n, PAGE_FOOTER_CLASS_WORDS)) return true;
  }
  return false;
}
