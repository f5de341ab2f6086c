/**
 * Per-host site profiles during a crawl: the first article pages of a host wait in a
 * bounded buffer while a profile is learned from them, then every article of the host
 * (those waiting and all later ones) is extracted with it. Profiles can be loaded from and
 * saved to a folder (`<dir>/<host>.json`), so a later crawl starts with them.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSiteProfile, SiteLearner } from '../site/index.js';
import type { SiteProfile } from '../types.js';

/** Article pages of a host learned from before its articles are extracted (and held at most). */
export const DEFAULT_LEARN_PAGES = 20;

interface Waiting { page: { html: string | Uint8Array; url: string; contentType?: string }; release: (p: SiteProfile | undefined) => void }

interface Host {
  profile?: SiteProfile | undefined;
  done: boolean;
  learner: SiteLearner;
  waiting: Waiting[];
  /** Article visits of this host between claim and extraction. */
  active: number;
}

/** The profiles of one crawl, host by host. */
export class HostProfiles {
  private readonly hosts = new Map<string, Host>();

  /**
   * `learn`: pages per host to learn from (0: no learning); `dir`: where profiles are loaded
   * from and saved to; `whenIdle`: a host's pages stop waiting once no other visit of the
   * host is under way (a crawl); else only on {@link HostProfiles.release} (a batch).
   */
  constructor(private readonly learn: number, private readonly dir?: string, private readonly whenIdle = true) {}

  /** Learns the profile of `url`'s host from the pages waiting, and releases them (no more can come). */
  release(url: string): void {
    const name = hostOf(url);
    const h = this.hosts.get(name);
    if (h) this.settle(name, h, true);
  }

  private host(name: string): Host {
    let h = this.hosts.get(name);
    if (!h) {
      const file = this.dir ? fileOf(this.dir, name) : undefined;
      const saved = file && existsSync(file) ? readSiteProfile(readFileSync(file, 'utf8')) : undefined;
      h = { profile: saved, done: saved !== undefined || this.learn === 0, learner: new SiteLearner(), waiting: [], active: 0 };
      this.hosts.set(name, h);
    }
    return h;
  }

  /** An article visit of `url`'s host begins (before its fetch). */
  enter(url: string): void { this.host(hostOf(url)).active++; }

  /** The visit ends without a page (failed, skipped): the pages waiting may not wait for it. */
  leave(url: string): void {
    const h = this.host(hostOf(url));
    h.active--;
    this.settle(hostOf(url), h);
  }

  /**
   * The profile to extract this page with: at once when the host's profile is known, else
   * after the host's buffer is full, or when no other visit of the host could fill it.
   * The visit counts as ended.
   */
  async profileFor(page: Waiting['page']): Promise<SiteProfile | undefined> {
    const name = hostOf(page.url);
    const h = this.host(name);
    if (h.done) { h.active--; return h.profile; }
    h.learner.add(page);
    const ready = new Promise<SiteProfile | undefined>((release) => h.waiting.push({ page, release }));
    this.settle(name, h);
    return ready;
  }

  private settle(name: string, h: Host, now = false): void {
    if (h.done || !h.waiting.length) return;
    if (!now && h.waiting.length < this.learn && (!this.whenIdle || h.waiting.length < h.active)) return;
    h.done = true;
    h.profile = h.learner.profile();
    h.learner = new SiteLearner(); // the counts are not needed any more
    if (this.dir) save(this.dir, name, h.profile);
    const waiting = h.waiting;
    h.waiting = [];
    h.active -= waiting.length;
    for (const w of waiting) w.release(h.profile);
  }
}

function hostOf(url: string): string {
  try { return new URL(url).host; } catch { return ''; }
}

/** `<dir>/<host>.json`, the port's colon and other unsafe characters as `_`. */
function fileOf(dir: string, host: string): string {
  return join(dir, `${host.replace(/[^\w.-]/g, '_')}.json`);
}

function save(dir: string, host: string, profile: SiteProfile): void {
  mkdirSync(dir, { recursive: true });
  const file = fileOf(dir, host);
  const part = `${file}.part-${process.pid}`;
  writeFileSync(part, `${JSON.stringify(profile, null, 1)}\n`);
  renameSync(part, file);
}
