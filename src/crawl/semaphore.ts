/**
 * A counting semaphore with FIFO hand-over: at most `limit` tasks run at once, the others
 * start in arrival order. (Kept here rather than p-queue, which is ESM-only and breaks the
 * CommonJS build.)
 */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  /** Runs `task` once a slot is free; the slot is released when it settles. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, so that no newcomer can overtake it.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
