/**
 * Progress of a batch on stderr, only when stderr is a terminal: piped or redirected runs
 * (and `--quiet`) print nothing but their one-line messages.
 */
import cliProgress from 'cli-progress';

/** A progress bar, or a stand-in that only writes messages when stderr is not a terminal. */
export interface Progress {
  /** One input done; `failed` so far. */
  tick(failed: number): void;
  /** A one-line message, above the bar when there is one. */
  log(line: string): void;
  stop(): void;
}

/** A bar counting inputs (out of `total` when known) for `command`; only messages unless `show` and stderr is a terminal. */
export function progressBar(command: string, total: number | undefined, show: boolean): Progress {
  const write = (line: string): void => void process.stderr.write(`${line}\n`);
  if (!show || process.stderr.isTTY !== true) return { tick: () => {}, log: write, stop: () => {} };
  const bar = new cliProgress.SingleBar({
    format: total === undefined
      ? `${command} | {value} done | {failed} failed | {duration_formatted}`
      : `${command} [{bar}] {value}/{total} | {failed} failed | eta {eta_formatted}`,
    stream: process.stderr, hideCursor: true, clearOnComplete: true,
  });
  bar.start(total ?? 0, 0, { failed: 0 });
  let done = 0;
  return {
    tick: (failed) => bar.update(++done, { failed }),
    log: (line) => {
      // Clear the bar's line, write the message, redraw the bar below it.
      process.stderr.write('\r\x1b[K');
      write(line);
      bar.render();
    },
    stop: () => bar.stop(),
  };
}
