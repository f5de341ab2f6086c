/**
 * Politeness: robots.txt obeyed (with its Crawl-delay), per-host concurrency and minimum
 * spacing between requests, and a global concurrency cap across hosts. Plugs into
 * `fetchPage` as its `schedule` hook, so redirect hops and retries are paced too.
 */
import { performance } from 'node:perf_hooks';
import robotsParserModule from 'robots-parser';
import { FetchError } from '../errors.js';
import { fetchPage } from '../fetch/fetch-page.js';
import { sleep } from '../fetch/retry.js';
import type { FetchOptions, RequestScheduler } from '../fetch/types.js';
import { ROBOTS_TOKEN } from '../fetch/user-agent.js';
import { Semaphore } from './semaphore.js';

/** Options of {@link Politeness}. */
export interface PolitenessOptions {
  /** Requests in flight at once across all hosts. Default 8. */
  concurrency?: number;
  /** Requests in flight at once to one host. Default 1. */
  perHostConcurrency?: number;
  /** Minimum time between two requests to one host, ms (see {@link Politeness}). Default 1,000. */
  interval?: number;
  /** Obey robots.txt. Default true. */
  robots?: boolean;
  /** Ceiling on a robots.txt `Crawl-delay`, ms, so that a huge value cannot stall a crawl forever. Default 60,000. */
  maxCrawlDelay?: number;
  /** Fetch options for robots.txt requests (User-Agent, timeouts, dispatcher, ...). */
  fetch?: FetchOptions;
}

/** robots.txt rules of one origin, as far as the crawler needs them. */
interface Rules {
  isAllowed(url: string): boolean;
  /** Why a URL is refused, when it is not the rules themselves. */
  reason?: string;
  /** The error that made robots.txt unreachable: thrown for every URL of the origin. */
  failure?: FetchError;
}

// robots-parser is CommonJS (`module.exports = fn`) but its typings declare an ES default export.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** How much of a robots.txt is read: RFC 9309 §2.5 asks crawlers to parse at least the first 500 KiB. */
const ROBOTS_MAX_BYTES = 500 * 1024;

const ALLOW_ALL: Rules = { isAllowed: () => true };
const DISALLOW_ALL: Rules = { isAllowed: () => false };

interface Host {
  slots: Semaphore;
  /** performance.now() before which no request may start. */
  nextAt: number;
  interval: number;
}

/**
 * Paces requests per host (`URL.host`, so one portal = one host; the port counts, as it does
 * for robots.txt). Guarantee: no request to a host starts within `interval` ms of the start
 * or of the end of another request to the same host — measured from the end too, so a slow
 * answer is not followed by an immediate next request. With one request at a time per host
 * this holds at the server too; overlapping requests can reach it closer together by network
 * jitter. A robots.txt `Crawl-delay` raises the interval of its host.
 *
 * robots.txt per RFC 9309: fetched once per origin and run (the outcome, success or failure,
 * is kept); its first 500 KiB are parsed, the rest ignored; 4xx means no restriction; a 5xx means
 * everything is disallowed for this run (`ROBOTS_DISALLOWED`); when the host cannot be
 * reached at all, every request to it fails with that same `NETWORK` / `TIMEOUT` error, at
 * once (not retried: the robots.txt fetch had its own retries).
 */
export class Politeness {
  private readonly global: Semaphore;
  private readonly hosts = new Map<string, Host>();
  private readonly robots = new Map<string, Promise<Rules>>();
  private readonly options: Required<Omit<PolitenessOptions, 'fetch'>> & { fetch: FetchOptions };

  constructor(options: PolitenessOptions = {}) {
    this.options = {
      concurrency: options.concurrency ?? 8,
      perHostConcurrency: options.perHostConcurrency ?? 1,
      interval: options.interval ?? 1000,
      robots: options.robots ?? true,
      maxCrawlDelay: options.maxCrawlDelay ?? 60_000,
      fetch: options.fetch ?? {},
    };
    this.global = new Semaphore(this.options.concurrency);
  }

  // Set by stop(): waits end at once, and no request is sent any more.
  private readonly stopping = new AbortController();

  /**
   * Sends no further request: requests waiting for their turn reject at once with `reason`;
   * the ones already sent are left to finish (a crawl stopping cleanly keeps their results).
   */
  stop(reason: unknown): void {
    // Always an AbortError DOMException: fetchPage neither retries nor wraps it.
    this.stopping.abort(reason instanceof DOMException && reason.name === 'AbortError' ? reason : new DOMException('crawl stopped', 'AbortError'));
  }

  /** The hook for `fetchPage({ schedule })`: robots check, then a paced slot. */
  readonly schedule: RequestScheduler = async (url, send) => {
    this.stopping.signal.throwIfAborted();
    if (this.options.robots && url.pathname !== '/robots.txt') {
      const rules = await this.rulesFor(url);
      if (rules.failure) throw rules.failure;
      if (!rules.isAllowed(url.href)) {
        throw new FetchError('ROBOTS_DISALLOWED', `${url.href}: ${rules.reason ?? 'disallowed by robots.txt'}`, { url: url.href });
      }
    }
    return this.paced(url, send);
  };

  private host(url: URL): Host {
    let h = this.hosts.get(url.host);
    if (!h) {
      h = { slots: new Semaphore(this.options.perHostConcurrency), nextAt: 0, interval: this.options.interval };
      this.hosts.set(url.host, h);
    }
    return h;
  }

  private async paced<T>(url: URL, send: () => Promise<T>): Promise<T> {
    const h = this.host(url);
    return h.slots.run(async () => {
      const stop = this.stopping.signal;
      // Wait outside the global queue so that a slow host does not hold a global slot idle.
      await sleep(Math.max(0, h.nextAt - performance.now()), stop);
      return this.global.run(async () => {
        // Re-checked after each wake: another task of this host may have moved nextAt meanwhile.
        while (performance.now() < h.nextAt) await sleep(h.nextAt - performance.now(), stop);
        stop.throwIfAborted(); // a waiter handed a slot after stop() sends nothing
        // The interval counts from after the request has started (send's synchronous part,
        // which opens it), so that no observer of that start sees the next one come early.
        let sent: Promise<T>;
        try {
          sent = send();
        } finally {
          h.nextAt = performance.now() + h.interval;
        }
        try {
          return await sent;
        } finally {
          h.nextAt = Math.max(h.nextAt, performance.now() + h.interval);
        }
      });
    });
  }

  private rulesFor(url: URL): Promise<Rules> {
    let rules = this.robots.get(url.origin);
    if (!rules) {
      rules = this.loadRules(url);
      this.robots.set(url.origin, rules);
    }
    return rules;
  }

  private async loadRules(url: URL): Promise<Rules> {
    const robotsUrl = `${url.origin}/robots.txt`;
    let text: string;
    try {
      const page = await fetchPage(robotsUrl, {
        ...this.options.fetch, accept: '*', maxBytes: ROBOTS_MAX_BYTES, truncate: true, cache: undefined, schedule: this.schedule,
      });
      text = new TextDecoder().decode(page.body);
      // A line cut at the limit could read as a shorter, wider rule (`Disallow: /` from `/tin-tuc`).
      if (page.truncated) text = text.slice(0, text.lastIndexOf('\n') + 1);
    } catch (e) {
      if (!(e instanceof FetchError)) throw e;
      if (e.code === 'HTTP_STATUS' && (e.details.status ?? 500) < 500) return ALLOW_ALL;
      // Unreachable host: every request to it would fail the same way, so report that failure.
      if (e.code === 'NETWORK' || e.code === 'TIMEOUT') return { ...DISALLOW_ALL, failure: e };
      return { ...DISALLOW_ALL, reason: `robots.txt unavailable (${e.message})` };
    }
    const robots = robotsParser(robotsUrl, text);
    const delay = robots.getCrawlDelay(ROBOTS_TOKEN);
    const rules: Rules = { isAllowed: (u) => robots.isAllowed(u, ROBOTS_TOKEN) !== false };
    if (delay !== undefined && Number.isFinite(delay) && delay > 0) {
      const h = this.host(url);
      const interval = Math.max(h.interval, Math.min(delay * 1000, this.options.maxCrawlDelay));
      // The robots.txt request itself set nextAt with the old interval: extend it too.
      h.nextAt += interval - h.interval;
      h.interval = interval;
    }
    return rules;
  }
}
