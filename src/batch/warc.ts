/**
 * WARC records as batch inputs: the pages of an archive that `extractMany` should
 * re-extract, read lazily so that an archive of any size streams through.
 */
import { archivedArticles, type ReadWarcOptions } from '../crawl/warc.js';
import type { BatchInput } from './index.js';

/**
 * The article pages of a WARC file (the selection of `archivedArticles`, as `extractWarc`
 * reads them) as {@link BatchInput}s: id and url the record's target URI, contentType the
 * archived header. A record over `maxBytes` is an input that fails with its `TOO_LARGE` error.
 */
export async function* warcInputs(path: string, options: ReadWarcOptions = {}): AsyncGenerator<BatchInput> {
  for await (const r of archivedArticles(path, options)) {
    if (r.error) {
      yield { id: r.url, url: r.url, error: r.error };
      continue;
    }
    yield r.contentType ? { id: r.url, url: r.url, contentType: r.contentType, body: r.body } : { id: r.url, url: r.url, body: r.body };
  }
}
