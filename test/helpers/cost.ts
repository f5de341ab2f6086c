/** CPU cost of a call for the linear-cost tests: CPU time, not wall-clock, so other load barely moves it. */

/** The least CPU time (user + system) of five runs of `f`, in ms: the least is the run least disturbed by GC and other processes. */
export function cpuMs(f: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const t = process.cpuUsage();
    f();
    const u = process.cpuUsage(t);
    best = Math.min(best, (u.user + u.system) / 1000);
  }
  return best;
}
