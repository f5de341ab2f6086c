/**
 * A profile applied to one page: which of its lines are the site's template, and which
 * element holds the article when the site's usual container is on the page. Evidence only:
 * a page that does not fit (no container; template that would take much of the body) is
 * read as without a profile.
 */
import type { Element } from 'domhandler';
import type { Block } from '../blocks/index.js';
import type { ContentRegion } from '../locate/index.js';
import { insideOf, isElement } from '../parse/dom.js';
import type { SiteProfile } from '../types.js';
import { MIN_REGION_CHARS, SITE_MAX_BODY_SHARE } from '../tuning.js';
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
 * the lines' characters, the page does not fit the profile and the lines stay as they are.
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
  return dropped > total * SITE_MAX_BODY_SHARE ? (lines as Block[]) : kept;
}

/**
 * The site's usual article container on this page, when it is there and holds as much prose
 * (not template, not links) as a located region must; else null (the located region stands).
 */
export function learnedRegion(profile: SiteProfile, blocks: readonly Block[]): ContentRegion | null {
  const c = compile(profile);
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
      if (roots.map((e) => slotOf(e, memo)).join('\n') === c.container) return holdsProse(c, blocks, roots, memo) ? { roots } : null;
    }
  }
  return null;
}

/** True when the roots hold as much prose (not template, not links) as a located region must. */
function holdsProse(c: Compiled, blocks: readonly Block[], roots: Element[], memo: Map<Element, string>): boolean {
  const inside = insideOf(new Set(roots));
  let prose = 0;
  for (const b of blocks) if (b.kind === 'text' && inside(b.el) && !isTemplate(c, b, memo)) prose += b.chars - b.linkChars;
  return prose >= MIN_REGION_CHARS;
}
