/**
 * `explain`: what the pipeline decided on every block of a page, as data. It runs
 * {@link extractTraced} with a trace and reads each block's fate off it: the headline, the
 * printed date, a credit line, a body paragraph, heading, image or caption, or chrome — with
 * the reason the stage gave. `ward-news inspect` renders this and nothing else.
 */
import type { Block } from '../blocks/index.js';
import { extractTraced, newTrace, type Trace } from '../extract.js';
import { isMetaBlock, type ChromeReason } from '../frame/filter.js';
import { insideOf } from '../parse/dom.js';
import { findDocumentRefs } from '../references/index.js';
import type { BlockRole } from '../sections/index.js';
import type { Credit } from '../text/bylines.js';
import { parseVietnameseDate } from '../text/dates.js';
import type { Article, ExtractOptions, NumericFact } from '../types.js';

/** What a block became. Every block of the page gets exactly one. */
export type BlockDecision =
  | 'title' | 'date' | 'byline' | 'source'
  | 'lead' | 'heading' | 'body' | 'image' | 'caption'
  | 'chrome';

/**
 * Why a block got its decision. Kept blocks: `headline`, `printed-date`, `credit`,
 * `article` (a line of the article's text or an image of it). Chrome: the chrome filter's
 * reasons ({@link ChromeReason}: `link-density`, `chrome-name`, `link-line`,
 * `repeated-line`, `chrome-cue`, `tail-cue`), and `outside-region` (not in the located
 * article region), `before-title` (a breadcrumb above the headline), `meta-line` (a
 * dateline or counters), `headline-repeat`, `header-line` (a short line between headline and
 * body), `decoration` (an icon, a counter image, a non-http image), `no-body` (the page has
 * no article text at all).
 */
export type DecisionReason =
  | 'headline' | 'printed-date' | 'credit' | 'article'
  | ChromeReason | 'template'
  | 'outside-region' | 'before-title' | 'meta-line' | 'headline-repeat' | 'header-line' | 'decoration' | 'no-body';

/** One block of the page (a line, a table row or an image) and what was decided about it. */
export interface ExplainedBlock {
  /** Position in reading order (0-based, every block of the page once). */
  index: number;
  /** The block's form: a line of text, a table row (cells joined by ` | `), an image. */
  form: 'text' | 'row' | 'image';
  /** The line's text as read from the page (clean, NFC); for images the alt text. */
  text: string;
  /** For images: the source as written. */
  src?: string;
  decision: BlockDecision;
  reason: DecisionReason;
  /** True when the block is inside the located article region. */
  region: boolean;
  /** For blocks that are part of {@link Article.text}: their offsets there (`end` exclusive; shorter than `text` when a closing credit was cut off). */
  start?: number;
  end?: number;
  /** For credit lines (and a paragraph whose closing bracketed credit was taken): what was read from it. */
  credits?: Credit[];
}

/** A numeric fact in {@link Article.text}, with the block that holds it. */
export interface ExplainedFact {
  start: number;
  end: number;
  /** Index of the block holding the span, or null. */
  block: number | null;
  fact: NumericFact;
}

/** A legal document citation in {@link Article.text}, with the block that holds it. */
export interface ExplainedReference {
  start: number;
  end: number;
  block: number | null;
  /** The normalised number, as in {@link Article.documentRefs}. */
  ref: string;
}

/** The article and every decision behind it. */
export interface Explanation {
  article: Article;
  /** Every block of the page, in reading order, each once. */
  blocks: ExplainedBlock[];
  facts: ExplainedFact[];
  references: ExplainedReference[];
  /** The block each field was read from; null when it came from the page's metadata, or is empty. */
  fields: { title: number | null; publishedAt: number | null; author: number | null; source: number | null };
}

const ROLE_DECISION: Record<BlockRole, BlockDecision> = {
  lead: 'lead', heading: 'heading', image: 'image', caption: 'caption', decoration: 'chrome', paragraph: 'body',
};

/**
 * Extracts the article of a page, as {@link extract} does (same options, same article), and
 * explains it: every block of the page with its decision and reason, the facts and document
 * references with the block that holds them, and the block each field came from.
 */
export function explain(input: string | Uint8Array, options: ExtractOptions = {}): Explanation {
  const trace = newTrace();
  const article = extractTraced(input, options, trace);
  const blocks = decide(trace);
  const offsets = placeText(trace.body, blocks);
  // Offsets are in text order: a binary search keeps pages with many facts linear-ish.
  const blockAt = (at: number): number | null => {
    let lo = 0, hi = offsets.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [index, start, end] = offsets[mid]!;
      if (at < start) hi = mid - 1;
      else if (at >= end) lo = mid + 1;
      else return index;
    }
    return null;
  };
  const fields = {
    title: trace.title?.block?.index ?? null,
    publishedAt: dateBlock(article, trace, blocks),
    author: creditBlock(trace, article.author, ['author', 'account']),
    source: creditBlock(trace, article.source, ['source']),
  };
  return {
    article,
    blocks,
    facts: article.facts.map((fact) => ({ start: fact.start, end: fact.end, block: blockAt(fact.start), fact })),
    references: findDocumentRefs(article.text).map((r) => ({ start: r.start, end: r.end, block: blockAt(r.start), ref: r.ref })),
    fields,
  };
}

/** One decision per block, from the trace. */
function decide(trace: Trace): ExplainedBlock[] {
  const { frame, region } = trace;
  const inside = region ? insideOf(new Set(region.roots)) : () => false;
  const titleIndex = trace.title?.block?.index ?? -1;
  const body = new Set(trace.body.map((b) => b.index));
  const credits = new Map<number, Credit[]>();
  for (const c of trace.credits) {
    const list = credits.get(c.block.index);
    if (list) list.push(...c.credits); else credits.set(c.block.index, [...c.credits]);
  }
  return trace.blocks.map((b) => {
    const out: ExplainedBlock = {
      index: b.index, form: b.kind, text: b.kind === 'image' ? b.alt ?? '' : b.text,
      decision: 'chrome', reason: 'no-body', region: inside(b.el),
    };
    if (b.kind === 'image' && b.src !== undefined) out.src = b.src;
    const credit = credits.get(b.index);
    if (credit) out.credits = credit;
    if (b.index === titleIndex) return { ...out, decision: 'title', reason: 'headline' };
    if (!frame) return out;
    if (body.has(b.index)) {
      const role = trace.roles.get(b.index) ?? 'paragraph';
      return { ...out, decision: ROLE_DECISION[role], reason: role === 'decoration' ? 'decoration' : 'article' };
    }
    if (credit) return { ...out, decision: credit.every((c) => c.kind === 'source') ? 'source' : 'byline', reason: 'credit' };
    const chrome = trace.chrome.get(b.index);
    if (chrome) return { ...out, reason: chrome };
    if (!out.region) return { ...out, reason: 'outside-region' };
    return { ...out, reason: removedFromRegion(b, titleIndex, trace.title?.title ?? '') };
  });
}

/** Why a region line that passed the chrome filter is still not in the body. */
function removedFromRegion(b: Block, titleIndex: number, title: string): DecisionReason {
  if (b.index < titleIndex) return 'before-title';
  if (isMetaBlock(b)) return 'meta-line';
  return b.text === title ? 'headline-repeat' : 'header-line';
}

/** Sets the offsets in the article text of the body's lines (joined by blank lines, as `structure` joins them). */
function placeText(body: readonly Block[], blocks: ExplainedBlock[]): [index: number, start: number, end: number][] {
  const out: [number, number, number][] = [];
  let offset = 0;
  for (const b of body) {
    if (b.kind === 'image') continue;
    const e = blocks[b.index]!;
    e.start = offset;
    e.end = offset + b.text.length;
    out.push([b.index, e.start, e.end]);
    offset = e.end + 2;
  }
  return out;
}

/** The block the publication date was printed on: the first line, nearest the headline, that gives the same day. */
function dateBlock(article: Article, trace: Trace, blocks: ExplainedBlock[]): number | null {
  const day = article.publishedAt?.slice(0, 10);
  const { frame } = trace;
  if (!day || !frame) return null;
  const title = frame.title;
  if (title.block && title.dateText && parseVietnameseDate(title.dateText)?.slice(0, 10) === day) return title.block.index;
  const closing = trace.credits.map((c) => c.block);
  for (const b of [...frame.header, ...frame.above, ...closing, ...frame.trailer]) {
    if (b.kind !== 'text' || parseVietnameseDate(b.text)?.slice(0, 10) !== day) continue;
    const e = blocks[b.index]!;
    if (e.decision === 'chrome') { e.decision = 'date'; e.reason = 'printed-date'; }
    return b.index;
  }
  return null;
}

/** The credit line that gave `value` (as one of `kinds`), or null. */
function creditBlock(trace: Trace, value: string | null, kinds: readonly Credit['kind'][]): number | null {
  if (value === null) return null;
  const line = trace.credits.find((c) => c.credits.some((k) => kinds.includes(k.kind) && k.value === value));
  return line ? line.block.index : null;
}
