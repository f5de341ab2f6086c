/**
 * A profile applied to one page: which of its lines are the site's template, and which
 * element holds the article when the site's usual container is on the page. Evidence only:
 * a page that does not fit (no container; template that would take much of the body) is
 * read as without a profile.
 */
import type { Element } from 'domhandler';
import type { Block } from '../blocks/index.js';
import type { ContentRegion } from '../locate/index.js';
import { insideOf, isElement, within } from '../parse/dom.js';
import type { SiteProfile } from '../types.js';
import { PROSE_CHARS, SITE_CONTAINER_MIN_TEXT, SITE_MAX_BODY_SHARE } from '../tuning.js';
import { lineKey, slotOf } from './slot.js';

interface Compiled {
  lines: Set<string>;
  slots: Set<string>;
  container: string | null;
  // Region, frame, title and template checks ask about the same elements and lines of a page:
  // each answer is worked out once (weakly held, so a page's tree goes with the page).
  slotMemo: WeakMap<Element, string>;
  templateMemo: WeakMap<Block, boolean>;
}

// Profiles are reused over many pages: their sets are built once per profile object.
const compiled = new WeakMap<SiteProfile, Compiled>();

function compile(p: SiteProfile): Compiled {
  let c = compiled.get(p);
  if (!c) {
    c = {
      lines: new Set(p.templateLines.map((l) => `${l.slot}\n${l.text}`)),
      slots: new Set(p.templateSlots.map((s) => s.slot)),
      container: p.container ? p.container.roots.join('\n') : null,
      slotMemo: new WeakMap(),
      templateMemo: new WeakMap(),
    };
    compiled.set(p, c);
  }
  return c;
}

/** True when the line is the site's template: a repeated line in its slot, or any line of a template slot. */
function isTemplate(c: Compiled, b: Block): boolean {
  const known = c.templateMemo.get(b);
  if (known !== undefined) return known;
  const key = lineKey(b);
  let template = false;
  if (key !== null) {
    const slot = slotOf(b.el, c.slotMemo);
    template = c.slots.has(slot) || c.lines.has(`${slot}\n${key}`);
  }
  c.templateMemo.set(b, template);
  return template;
}

/**
 * The lines without the site's template. When the template would take more than half of
 * the lines' characters (and more than a line of prose), the page does not fit the profile
 * and the lines stay as they are.
 */
export function dropTemplate(profile: SiteProfile, lines: readonly Block[]): Block[] {
  const c = compile(profile);
  if (!c.lines.size && !c.slots.size) return lines as Block[];
  let total = 0, dropped = 0;
  const kept = lines.filter((b) => {
    total += b.chars;
    if (!isTemplate(c, b)) return true;
    dropped += b.chars;
    return false;
  });
  // Template lines are short: a body of only an account line loses it, a body of prose keeps its own.
  return dropped > total * SITE_MAX_BODY_SHARE && dropped >= PROSE_CHARS ? (lines as Block[]) : kept;
}

/**
 * The region to frame: the site's usual article container when it is on the page and the
 * located region holds it (the locator went too wide) or it holds at least half as much of
 * the page's own (not template) text as the located region; else the located region.
 */
export function learnedRegion(profile: SiteProfile, blocks: readonly Block[], located: ContentRegion | null): ContentRegion | null {
  const c = compile(profile);
  const learned = findContainer(c, profile, blocks);
  if (!learned || !located) return learned ?? located;
  // The locator went wider than the site's container (up to the page's body): the container.
  if (located.roots.some((r) => learned.roots.every((e) => within(e, r)))) return learned;
  const l = ownText(c, blocks, learned);
  // The locator found much more of the page's own text elsewhere: this page does not fit.
  return l > 0 && l >= ownText(c, blocks, located) * SITE_CONTAINER_MIN_TEXT ? learned : located;
}

/** A test for the lines that stand where the site's headline stood on most pages, or undefined. */
export function learnedTitle(profile: SiteProfile): ((b: Block) => boolean) | undefined {
  const slot = profile.title?.slot;
  if (!slot) return undefined;
  const { slotMemo } = compile(profile);
  return (b) => slotOf(b.el, slotMemo) === slot;
}

function findContainer(c: Compiled, profile: SiteProfile, blocks: readonly Block[]): ContentRegion | null {
  if (!c.container) return null;
  const want = profile.container!.roots;
  const memo = c.slotMemo;
  const seen = new Set<Element>();
  for (const b of blocks) {
    if (b.kind !== 'text' || isTemplate(c, b)) continue;
    for (let n: Element | null = b.el; n && isElement(n as never); n = n.parent as Element | null) {
      if (seen.has(n)) break;
      seen.add(n);
      if (!want.includes(slotOf(n, memo))) continue;
      const roots = (n.parent?.children ?? [n]).filter((e): e is Element => isElement(e) && want.includes(slotOf(e, memo)));
      if (roots.map((e) => slotOf(e, memo)).join('\n') === c.container) return { roots };
    }
  }
  return null;
}

/** Characters of the region's lines that are not the site's template. */
function ownText(c: Compiled, blocks: readonly Block[], region: ContentRegion): number {
  const inside = insideOf(new Set(region.roots));
  let n = 0;
  for (const b of blocks) if (b.kind === 'text' && inside(b.el) && !isTemplate(c, b)) n += b.chars;
  return n;
}
