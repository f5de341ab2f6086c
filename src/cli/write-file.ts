/**
 * How the CLI writes a user's file (`feed -o`, `learn -o`, `inspect -o`): whole or not at all,
 * never leaving less than the file held.
 */
import { chmod, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes through a temporary file beside the real target (a symlink is followed, so the link
 * stays a link), with the target's mode, fsynced before an atomic rename and the directory
 * fsynced after: a reader never sees half a feed, a crash never leaves less than the old one.
 * The temporary file is removed on every failure and on SIGINT / SIGTERM.
 */
export async function writeAtomically(path: string, data: string): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const mode = await stat(target).then((s) => s.mode & 0o7777, () => undefined);
  const tmp = `${target}.${process.pid}.tmp`;
  const onSignal = (signal: NodeJS.Signals): void => {
    void unlink(tmp).catch(() => {}).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const file = await open(tmp, 'wx', mode ?? 0o644);
    try {
      await file.writeFile(data);
      if (mode !== undefined) await chmod(tmp, mode); // open's mode is masked by the umask
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const dir = await open(dirname(target), 'r').catch(() => null);
  if (dir) await dir.sync().catch(() => {}).finally(() => dir.close());
}
