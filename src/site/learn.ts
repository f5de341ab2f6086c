/**
 * `learnSite`: a site's template from its own pages. Each page runs the pipeline up to the
 * located region and headline (decode, parse, metadata, clean, blocks, locate, title: one
 * parse, as `extract` does); the learner counts, per slot, the lines that repeat, and the
 * slots of the region and of the headline. Memory is bounded
 * (capped maps that drop their rarest entries) and time linear in the pages.
 */
import { linearize } from '../blocks/index.js';
import { clean } from '../clean/index.js';
import { decode } from '../decode/index.js';
import { checkPageInput } from '../errors.js';
import { locateContent } from '../locate/index.js';
import { readMetadata } from '../metadata/index.js';
import { findTitle } from '../title/index.js';
import { insideOf } from '../parse/dom.js';
import { parse } from '../parse/index.js';
import { detached } from '../text/match.js';
import type { SiteProfile } from '../types.js';
import {
  DEFAULT_MAX_BYTES, DEFAULT_MAX_NODES, SITE_CONTAINER_SHARE, SITE_LINE_SHARE, SITE_MAX_LINES, SITE_MAX_SLOTS,
  SITE_MIN_REPEAT, SITE_PROFILE_MAX_BYTES, SITE_SLOT_PURITY, SITE_SLOT_SHARE,
} from '../tuning.js';
import { lineKey, slotOf } from './slot.js';
import type { Element } from 'domhandler';
import { createHash } from 'node:crypto';

/** A page to learn from: its HTML (string or bytes), or the HTML with the URL it came from. */
export type SitePage = string | Uint8Array | { html: string | Uint8Array; url?: string; contentType?: string };

/** Options of {@link learnSite}. */
export interface LearnSiteOptions {
  /** Pages larger than this are skipped (as `extract` refuses them). Default 50 MiB. */
  maxBytes?: number;
}

interface Count { pages: number; occurrences: number; last: number }

function bump(map: Map<string, Count>, key: string, page: number, cap: number): void {
  let c = map.get(key);
  if (!c) {
    if (map.size >= cap) prune(map);
    c = { pages: 0, occurrences: 0, last: -1 };
    map.set(detached(key), c);
  }
  c.occurrences++;
  if (c.last !== page) { c.pages++; c.last = page; }
}

/** Drops the rarest entries until the map is at most half full (lossy counting: template lines are frequent). */
function prune(map: Map<string, Count>): void {
  const counts = [...map.values()].map((c) => c.pages).sort((a, b) => a - b);
  const cut = counts[Math.floor(counts.length / 2)]!;
  for (const [k, c] of map) if (c.pages <= cut) map.delete(k);
}

/**
 * A learner fed one page at a time (a crawl learns while it fetches): {@link SiteLearner.add}
 * each page, then {@link SiteLearner.profile}.
 */
export class SiteLearner {
  private pages = 0;
  private readonly hosts = new Set<string>();
  private readonly lines = new Map<string, Count>();
  private readonly slots = new Map<string, Count>();
  private readonly regions = new Map<string, Count>();
  private readonly titles = new Map<string, Count>();
  /** Fingerprints and URLs of the pages learned (a few dozen bytes a page). */
  private readonly seen = new Set<string>();

  constructor(private readonly options: LearnSiteOptions = {}) {}

  /** Pages learned so far. */
  get size(): number { return this.pages; }

  /**
   * Learns from one page; returns false when the page was skipped: not HTML text, too large,
   * or seen before (the same URL or the same bytes: an archive holds re-fetches, and a page
   * counted twice would make all of its lines look like template).
   */
  add(page: SitePage): boolean {
    const { html, url, contentType } = typeof page === 'string' || page instanceof Uint8Array ? { html: page, url: undefined, contentType: undefined } : page;
    try { checkPageInput(html, this.options.maxBytes ?? DEFAULT_MAX_BYTES, 'learnSite'); } catch { return false; }
    const print = createHash('sha1').update(html).digest('base64');
    if (this.seen.has(print) || (url !== undefined && this.seen.has(url))) return false;
    this.seen.add(print);
    if (url !== undefined) this.seen.add(url);
    const { document } = parse(decode(html, contentType).html, { maxNodes: DEFAULT_MAX_NODES, parser: 'htmlparser2' });
    const meta = readMetadata(document);
    clean(document);
    const blocks = linearize(document);
    const region = locateContent(blocks);
    const inside = region ? insideOf(new Set(region.roots)) : null;
    const start = inside ? blocks.find((b) => inside(b.el)) : undefined;
    const title = start ? findTitle(blocks, start.index, meta).block : null;
    const n = this.pages++;
    if (url) { try { this.hosts.add(new URL(url).host); } catch { /* not a URL: no host */ } }
    const memo = new Map<Element, string>();
    for (const b of blocks) {
      if (b.kind === 'image' || !b.text) continue;
      // Every line counts for its slot (prose too), only short ones as possible template.
      const slot = slotOf(b.el, memo);
      bump(this.slots, slot, n, SITE_MAX_SLOTS);
      const key = lineKey(b);
      if (key !== null) bump(this.lines, `${slot}\n${key}`, n, SITE_MAX_LINES);
    }
    if (region) bump(this.regions, region.roots.map((r) => slotOf(r, memo)).join('\n'), n, SITE_MAX_SLOTS);
    if (title) bump(this.titles, slotOf(title.el, memo), n, SITE_MAX_SLOTS);
    return true;
  }

  /** The profile learned so far (plain JSON). */
  profile(): SiteProfile {
    const n = this.pages;
    const minPages = Math.max(SITE_MIN_REPEAT, Math.ceil(n * SITE_LINE_SHARE));
    const templateLines: SiteProfile['templateLines'] = [];
    const repeated = new Map<string, number>(); // occurrences of a slot's repeated lines
    for (const [k, c] of this.lines) {
      const cut = k.indexOf('\n');
      const slot = k.slice(0, cut);
      const s = this.slots.get(slot);
      if (!s || c.pages < minPages || c.occurrences < s.occurrences * SITE_SLOT_SHARE) continue;
      templateLines.push({ slot, text: k.slice(cut + 1), pages: c.pages });
      repeated.set(slot, (repeated.get(slot) ?? 0) + c.occurrences);
    }
    const templateSlots: SiteProfile['templateSlots'] = [];
    for (const [slot, occ] of repeated) {
      const s = this.slots.get(slot)!;
      if (s.pages >= minPages && occ >= s.occurrences * SITE_SLOT_PURITY) templateSlots.push({ slot, pages: s.pages });
    }
    let container: SiteProfile['container'] = null;
    for (const [k, c] of this.regions) {
      if (n >= SITE_MIN_REPEAT && c.pages >= n * SITE_CONTAINER_SHARE && (!container || c.pages > container.pages)) container = { roots: k.split('\n'), pages: c.pages };
    }
    let title: SiteProfile['title'] = null;
    for (const [slot, c] of this.titles) {
      if (n >= SITE_MIN_REPEAT && c.pages >= n * SITE_CONTAINER_SHARE && (!title || c.pages > title.pages)) title = { slot, pages: c.pages };
    }
    templateLines.sort((a, b) => b.pages - a.pages || (a.slot + a.text < b.slot + b.text ? -1 : 1));
    templateSlots.sort((a, b) => b.pages - a.pages);
    const profile: SiteProfile = { format: 'ward-news/site-profile', version: 1, pages: n, hosts: [...this.hosts].sort(), templateLines, templateSlots, container, title };
    // The rarest lines go first when a profile would outgrow its bound.
    while (JSON.stringify(profile).length > SITE_PROFILE_MAX_BYTES && templateLines.length) templateLines.splice(Math.floor(templateLines.length * 0.9));
    return profile;
  }
}

/**
 * Learns a site's template from many of its pages (strings, bytes, or `{ html, url }`).
 * Pages that cannot be read are skipped. Linear in the pages, bounded in memory.
 * The profile is evidence for {@link extract}'s `site` option; docs/site-profiles.md says
 * what it holds.
 */
export function learnSite(pages: Iterable<SitePage>, options: LearnSiteOptions = {}): SiteProfile {
  const learner = new SiteLearner(options);
  for (const p of pages) learner.add(p);
  return learner.profile();
}
