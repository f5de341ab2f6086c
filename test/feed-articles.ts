// The fixture articles the feed tests publish: extract() on each fixture page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract.js';
import type { Article } from '../src/types.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

let cache: { id: string; article: Article }[] | undefined;

/** One article per fixture page (extracted from page.html at its expected URL), in folder order. */
export function fixtureArticles(): { id: string; article: Article }[] {
  cache ??= readdirSync(join(FIXTURES, 'ward')).sort().map((id) => {
    const dir = join(FIXTURES, 'ward', id);
    const { url } = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string };
    return { id, article: extract(readFileSync(join(dir, 'page.html')), { url }) };
  });
  return cache;
}
