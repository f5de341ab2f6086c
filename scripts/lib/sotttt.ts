/**
 * The real portal of ../shared/corpora/sotttt-hanoi (a tar.gz of 3,374 pages), unpacked once
 * into the OS temp folder and reused by tests, eval and benchmarks. The pages are never copied
 * into this repository; when ../shared is absent, `sotttRoot()` returns null and callers skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The corpus folder, a sibling of the repository. */
export const SOTTTT = resolve(ROOT, '..', 'shared', 'corpora', 'sotttt-hanoi');
/** Message for a skipped test or benchmark. */
export const SOTTTT_MISSING = `${SOTTTT} is absent: the real-portal checks are skipped`;

/**
 * The folder that holds `source/` of the unpacked portal, or null when the corpus is absent.
 * Keyed by the archive's size and mtime, so a changed corpus is unpacked afresh; the unpack goes
 * to a temporary name first, so a killed run never leaves a half-filled folder in use.
 */
export function sotttRoot(): string | null {
  const tar = join(SOTTTT, 'site.tar.gz');
  if (!existsSync(tar)) return null;
  const st = statSync(tar);
  const dir = join(tmpdir(), `ward-news-sotttt-${st.size}-${Math.floor(st.mtimeMs)}`);
  if (existsSync(join(dir, 'source'))) return dir;
  const part = `${dir}.part-${process.pid}`;
  rmSync(part, { recursive: true, force: true });
  mkdirSync(part, { recursive: true });
  execFileSync('tar', ['xzf', tar, '-C', part]);
  try { renameSync(part, dir); } catch { rmSync(part, { recursive: true, force: true }); } // another process won the race
  return dir;
}

/** Paths (relative to the unpacked root, e.g. `source/vi/…html`) of the article pages. */
export function sotttArticles(): string[] {
  return readFileSync(join(SOTTTT, 'articles.txt'), 'utf8').split('\n').filter(Boolean);
}

/** Paths of the listing pages. */
export function sotttListings(): string[] {
  return readFileSync(join(SOTTTT, 'listings.txt'), 'utf8').split('\n').filter(Boolean);
}
