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

/** A wrong command line found after commander parsed it (a bad start URL, a missing option pair), in `command`. */
export class UsageError extends InvalidArgumentError {
  constructor(readonly command: string, message: string) {
    super(message);
  }
}

/** The exit code of a signal. */
export function signalExit(signal: NodeJS.Signals): number {
  return signal === 'SIGTERM' ? EXIT.TERMINATED : EXIT.INTERRUPTED;
}

/** Records that some input failed, keeping a stronger code already set. */
export function markFailed(): void {
  if (!process.exitCode) process.exitCode = EXIT.FAILED;
}

// Node's file errors read "ENOENT: no such file or directory, open 'x'": the input is named already.
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied', ENOTDIR: 'not a directory',
};

/** The message of any thrown value, on one line. */
export function oneLine(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  const text = typeof code === 'string' && FILE_ERRORS[code] ? FILE_ERRORS[code]! : err instanceof Error ? err.message : String(err);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * The exit code for an error that reached the top of the program: commander's own (help and
 * version are 0, everything else a usage error; it has printed the message), a
 * {@link UsageError}, or anything else (a failure, reported in one line, never a stack trace).
 */
export function exitCodeOf(err: unknown, write: (line: string) => void): number {
  // Thrown by an action (commander's own errors are plain CommanderErrors, already printed).
  if (err instanceof InvalidArgumentError) {
    const name = err instanceof UsageError ? `ward-news ${err.command}` : 'ward-news';
    write(`${name}: ${oneLine(err)} (see ${name} --help)`);
    return EXIT.USAGE;
  }
  if (err instanceof CommanderError) {
    return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.OK : EXIT.USAGE;
  }
  write(`ward-news: ${oneLine(err)}`);
  return EXIT.FAILED;
}
