/**
 * A bounded async queue between the crawl's workers and its one consumer: workers wait when
 * the consumer falls behind, so memory stays flat however slow the consumer is.
 */
export class Channel<T> {
  private readonly items: T[] = [];
  private readonly writers: (() => void)[] = [];
  private wake: (() => void) | undefined;
  private closed = false;
  private failure: { error: unknown } | undefined;

  constructor(private readonly capacity: number) {}

  /** Queues `item`; resolves once there is room. Items pushed after `close` are dropped. */
  async push(item: T): Promise<void> {
    if (this.closed) return;
    this.items.push(item);
    this.signal();
    if (this.items.length > this.capacity) await new Promise<void>((resolve) => this.writers.push(resolve));
  }

  /** Ends the stream after the queued items; with `failure`, the consumer gets its error instead of the end. */
  close(failure?: { error: unknown }): void {
    if (this.closed) return;
    this.closed = true;
    this.failure = failure;
    for (const w of this.writers.splice(0)) w();
    this.signal();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      if (this.items.length > 0) {
        yield this.items.shift()!;
        this.writers.shift()?.();
      } else if (this.closed) {
        if (this.failure) throw this.failure.error;
        return;
      } else {
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
    }
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
