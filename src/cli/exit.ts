/**
 * The exit scheme of every `ward-news` subcommand, and the one-line error messages that go
 * with it (README "Exit status").
 */
import { CommanderError, InvalidArgumentError } from 'commander';

/** Exit codes: the same for every subcommand. */
export const EXIT = {
  /** Every input was done. */
  OK: 0,
  /** Some input (or the run's own file) failed; each failure was named on stderr in one line. */
  FAILED: 1,
  /** The command line is wrong: one line on stderr and a pointer to `--help`. */
  USAGE: 2,
  /** Stopped by SIGINT (Ctrl-C), after the work in flight was finished and saved. */
  INTERRUPTED: 130,
  /** Stopped by SIGTERM, likewise. */
  TERMINATED: 143,
} as const;

/** A wrong command line found after commander parsed it (a bad start URL, a missing option pair). */
export class UsageError extends InvalidArgumentError {}

/** The exit code of a signal. */
export function signalExit(signal: NodeJS.Signals): number {
  return signal === 'SIGTERM' ? EXIT.TERMINATED : EXIT.INTERRUPTED;
}

/** Records that some input failed, keeping a stronger code already set. */
export function markFailed(): void {
  if (!process.exitCode) process.exitCode = EXIT.FAILED;
}

/** The message of any thrown value, on one line. */
export function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * The exit code for an error that reached the top of the program: commander's own (help and
 * version are 0, everything else a usage error; it has printed the message), a
 * {@link UsageError}, or anything else (a failure, reported in one line, never a stack trace).
 */
export function exitCodeOf(err: unknown, write: (line: string) => void): number {
  if (err instanceof CommanderError) {
    return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.OK : EXIT.USAGE;
  }
  if (err instanceof InvalidArgumentError) {
    write(`ward-news: ${oneLine(err)} (see ward-news --help)`);
    return EXIT.USAGE;
  }
  write(`ward-news: ${oneLine(err)}`);
  return EXIT.FAILED;
}
