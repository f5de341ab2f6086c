// The two page sets every benchmark runs on: the ward fixtures of this repository and the
// ScrapingHub article-extraction-benchmark pages, read from ../shared at run time (never copied).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeBuffer } from 'encoding-sniffer';

/** Repository root (bench/lib/../..). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared corpora folder, a sibling of the repository. */
export const CORPORA = resolve(ROOT, '..', 'shared', 'corpora');
/** ScrapingHub pages and ground truth. */
export const SCRAPINGHUB = join(CORPORA, 'scrapinghub');
/** The body scorer (a port of the benchmark's evaluate.py). */
export const SCORER = join(CORPORA, 'score-body.mjs');

/**
 * @typedef {object} Page
 * @property {string} id
 * @property {string} url       the page's address (peers need one to resolve links)
 * @property {Buffer} bytes     the bytes as served
 * @property {string} html      the bytes decoded (charset sniffed as a browser would)
 * @property {object} [expected] ward fixtures: expected.json
 */

/**
 * The annotated ward page sets: `fixtures/ward` (the development corpus) and, when present,
 * the sets annotated apart from it (`fixtures/ward-holdout`, `fixtures/ward-unseen`), which
 * say more about pages nobody tuned for.
 */
export function wardSets() {
  return ['ward', 'ward-holdout', 'ward-unseen'].filter((d) => existsSync(join(ROOT, 'fixtures', d)));
}

/** Ward fixtures: `fixtures/<set>/<id>/page.html` + `expected.json`, sorted by id. */
export function loadWard(set = 'ward') {
  const dir = join(ROOT, 'fixtures', set);
  return readdirSync(dir).sort().filter((id) => existsSync(join(dir, id, 'expected.json'))).map((id) => {
    const bytes = readFileSync(join(dir, id, 'page.html'));
    const expected = JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8'));
    // Peers take a string: give them the bytes decoded the way a browser would (BOM,
    // <meta charset>, fallback), which is what a careful user of those libraries does.
    return { id, url: expected.url, bytes, html: decodeBuffer(bytes), expected };
  });
}

/** True when ../shared/corpora/scrapinghub is present. */
export function hasScrapinghub() {
  return existsSync(join(SCRAPINGHUB, 'ground-truth.json')) && existsSync(join(SCRAPINGHUB, 'html'));
}

/** The ground truth: id -> { articleBody, url }. */
export function loadScrapinghubTruth() {
  return JSON.parse(readFileSync(join(SCRAPINGHUB, 'ground-truth.json'), 'utf8'));
}

/** ScrapingHub pages (UTF-8, gzip), in ground-truth order; null when ../shared is absent. */
export function loadScrapinghub() {
  if (!hasScrapinghub()) return null;
  const truth = loadScrapinghubTruth();
  return Object.keys(truth).map((id) => {
    const bytes = gunzipSync(readFileSync(join(SCRAPINGHUB, 'html', `${id}.html.gz`)));
    return { id, url: truth[id].url, bytes, html: bytes.toString('utf8') };
  });
}

/** Says once, clearly, that the ScrapingHub set is skipped. */
export function scrapinghubMissingMessage() {
  return `ScrapingHub corpus not found at ${SCRAPINGHUB}: skipping the ScrapingHub page set `
    + '(it is read from ../shared/corpora at run time and never copied into the repository).';
}
