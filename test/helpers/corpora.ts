/**
 * Pages of ../shared/corpora that the publishers' tests read (never copied into the repository):
 * a test suite skips with {@link corpusMissing}'s message when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** ScrapingHub's article-extraction benchmark: `html/<id>.html.gz` and `ground-truth.json`. */
export const SCRAPINGHUB = resolve('..', 'shared', 'corpora', 'scrapinghub');
/** Readability.js's test pages: `<name>/source.html`. */
export const READABILITY_PAGES = resolve('..', 'shared', 'corpora', 'readability-test-pages');

/** Null when `dir` is there, else the message a skipped suite prints (and prints it). */
export function corpusMissing(dir: string, what: string): string | null {
  if (existsSync(dir)) return null;
  const message = `${dir} is absent: ${what} are skipped`;
  console.warn(message);
  return message;
}

let truth: Record<string, { url: string; articleBody: string }> | undefined;

/** The ScrapingHub page whose id starts with `prefix`: its HTML, address and body truth. */
export function scrapinghubPage(prefix: string): { id: string; html: string; url: string; articleBody: string } {
  truth ??= JSON.parse(readFileSync(join(SCRAPINGHUB, 'ground-truth.json'), 'utf8')) as NonNullable<typeof truth>;
  const id = Object.keys(truth).find((k) => k.startsWith(prefix));
  if (!id) throw new Error(`no ScrapingHub page starts with ${prefix}`);
  const html = gunzipSync(readFileSync(join(SCRAPINGHUB, 'html', `${id}.html.gz`))).toString('utf8');
  return { id, html, url: truth[id]!.url, articleBody: truth[id]!.articleBody };
}

/** The source HTML of one of Readability's test pages. */
export function readabilityPage(name: string): Buffer {
  return readFileSync(join(READABILITY_PAGES, name, 'source.html'));
}
