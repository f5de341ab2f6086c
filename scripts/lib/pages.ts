/**
 * The annotated pages of a fixture folder: `<dir>/<id>/expected.json` and its page, which is
 * `page.html` beside it or, for annotations of real pages, `path` inside ../shared's portal archive.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sotttRoot, SOTTTT_MISSING } from './sotttt.js';

export interface AnnotatedPage {
  id: string;
  file: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  exp: any;
}

/** The folder's pages in id order; exits with a message when a page lives in an absent corpus. */
export function annotatedPages(dir: string): AnnotatedPage[] {
  const ids = readdirSync(dir).filter((id) => existsSync(join(dir, id, 'expected.json'))).sort();
  return ids.map((id) => {
    const exp = JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8'));
    if (!exp.path) return { id, file: join(dir, id, 'page.html'), exp };
    const root = sotttRoot();
    if (!root) { console.error(SOTTTT_MISSING); process.exit(0); }
    return { id, file: join(root, exp.path), exp };
  });
}
