/**
 * Retry policy: which failures are worth another attempt and how long to wait.
 */
import { performance } from 'node:perf_hooks';

/** Statuses that say "try again later": request timeout, rate limiting, server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/**
 * Exponential backoff with jitter: `base · 2^attempt`, scaled by a random factor in
 * [0.5, 1.5) so that many clients hit by the same outage do not retry in lockstep.
 * `attempt` counts from 0.
 */
export function backoffDelay(attempt: number, base: number, max: number, random: () => number = Math.random): number {
  return Math.min(max, base * 2 ** attempt * (0.5 + random()));
}

/**
 * The delay a `Retry-After` header asks for, in ms: either delta-seconds or an HTTP date.
 * Null when absent or unparsable; never negative.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | null {
  if (value === undefined) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * Resolves after at least `ms` (timers may fire a millisecond early, so the monotonic clock
 * is re-checked), or rejects with the signal's reason when it aborts first.
 */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  const until = performance.now() + ms;
  for (let left = ms; left > 0; left = until - performance.now()) await tick(left, signal);
  if (signal?.aborted) throw signal.reason;
}

function tick(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort(): void {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
