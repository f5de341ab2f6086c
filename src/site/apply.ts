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

interface Compiled { lines: Set<string>; slots: Set<string>; container: string | null }

// Profiles are reused over many pages: their sets are built once per profile object.
const compiled = new WeakMap<SiteProfile, Compiled>();

function compile(p: SiteProfile): Compiled {
  let c = compiled.get(p);
  if (!c) {
    c = {
      lines: new Set(p.templateLines.map((l) => `${l.slot}\n${l.text}`)),
      slots: new Set(p.templateSlots.map((s) => s.slot)),
      container: p.container ? p.container.roots.join('\n') : null,
    };
    compiled.set(p, c);
  }
  return c;
}

/** True when the line is the site's template: a repeated line in its slot, or any line of a template slot. */
function isTemplate(c: Compiled, b: Block, memo: Map<Element, string>): boolean {
  const key = lineKey(b);
  if (key === null) return false;
  const slot = slotOf(b.el, memo);
  return c.slots.has(slot) || c.lines.has(`${slot}\n${key}`);
}

/**
 * The lines without the site's template. When the template would take more than half of
 * the lines' characters (and more than a line of prose), the page does not fit the profile
 * and the lines stay as they are.
 */
export function dropTemplate(profile: SiteProfile, lines: readonly Block[]): Block[] {
  const c = compile(profile);
  if (!c.lines.size && !c.slots.size) return lines as Block[];
  const memo = new Map<Element, string>();
  let total = 0, dropped = 0;
  const kept = lines.filter((b) => {
    total += b.chars;
    if (!isTemplate(c, b, memo)) return true;
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
  const memo = new Map<Element, string>();
  // The locator went wider than the site's container (up to the page's body): the container.
  if (located.roots.some((r) => learned.roots.every((e) => within(e, r)))) return learned;
  const l = ownText(c, blocks, learned, memo);
  // The locator found much more of the page's own text elsewhere: this page does not fit.
  return l > 0 && l >= ownText(c, blocks, located, memo) * SITE_CONTAINER_MIN_TEXT ? learned : located;
}

/** A test for the lines that stand where the site's headline stood on most pages, or undefined. */
export function learnedTitle(profile: SiteProfile): ((b: Block) => boolean) | undefined {
  const slot = profile.title?.slot;
  if (!slot) return undefined;
  const memo = new Map<Element, string>();
  return (b) => slotOf(b.el, memo) === slot;
}

function findContainer(c: Compiled, profile: SiteProfile, blocks: readonly Block[]): ContentRegion | null {
  if (!c.container) return null;
  const want = profile.container!.roots;
  const memo = new Map<Element, string>();
  const seen = new Set<Element>();
  for (const b of blocks) {
    if (b.kind !== 'text' || isTemplate(c, b, memo)) continue;
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
function ownText(c: Compiled, blocks: readonly Block[], region: ContentRegion, memo: Map<Element, string>): number {
  const inside = insideOf(new Set(region.roots));
  let n = 0;
  for (const b of blocks) if (b.kind === 'text' && inside(b.el) && !isTemplate(c, b, memo)) n += b.chars;
  return n;
}
