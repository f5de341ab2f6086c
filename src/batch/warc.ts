/**
 * WARC records as batch inputs: the pages of an archive that `extractMany` should
 * re-extract, read lazily so that an archive of any size streams through.
 */
import { canonicalUrl } from '../crawl/url.js';
import { readWarc } from '../crawl/warc.js';
import type { BatchInput } from './index.js';

const HTML = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

/**
 * The article pages of a WARC file as {@link BatchInput}s (id and url: the record's target
 * URI; contentType: the archived header): complete 2xx responses recorded as articles by
 * `crawl` (or, in archives from other tools, every complete 2xx HTML response), once per
 * canonical URL, the first record winning. The same selection as `extractWarc`.
 */
export async function* warcInputs(path: string): AsyncGenerator<BatchInput> {
  const seen = new Set<string>();
  for await (const r of readWarc(path)) {
    if (r.status < 200 || r.status >= 300 || r.truncated) continue;
    if (r.role !== null ? r.role !== 'article' : !HTML.test(r.contentType ?? 'text/html')) continue;
    const key = canonicalUrl(r.url) ?? r.url;
    if (seen.has(key)) continue;
    seen.add(key);
    yield r.contentType ? { id: r.url, url: r.url, contentType: r.contentType, body: r.body } : { id: r.url, url: r.url, body: r.body };
  }
}
