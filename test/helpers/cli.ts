/**
 * Runs the `ward-news` command as a user does: the built CLI (`.test-build/cli.js`, built once
 * per test run by test/support/build.ts) in a child process of its own, with real stdin,
 * stdout, stderr, exit code and signals. Every CLI test invokes it through here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
/** The built CLI. */
export const CLI = join(ROOT, '.test-build', 'cli.js');

export interface CliOptions {
  /**
   * What the command reads on stdin: the text or bytes, written to a pipe that is then
   * closed. Omitted: stdin is /dev/null (no pipe, no terminal).
   */
  stdin?: string | Uint8Array;
  /** Working directory. Default: the repository root (fixture paths are relative to it). */
  cwd?: string;
  /** Extra environment variables. */
  env?: NodeJS.ProcessEnv;
}

export interface CliRun {
  /** Exit code; null when a signal ended the process. */
  code: number | null;
  /** The signal that ended the process, if one did. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `ward-news ...args` and returns the child process (to signal or kill it); stdout and stderr are pipes. */
export function spawnCli(args: readonly string[], options: CliOptions = {}): ChildProcess {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (options.stdin !== undefined) child.stdin!.end(options.stdin);
  return child;
}

/** Collects a started CLI's output and waits for it to exit. */
export function finished(child: ChildProcess): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs `ward-news ...args` to its end: exit code, signal, stdout and stderr. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return finished(spawnCli(args, options));
}
