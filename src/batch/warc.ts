/**
 * WARC records as batch inputs: the pages of an archive that `extractMany` should
 * re-extract, read lazily so that an archive of any size streams through.
 */
import { archivedArticles } from '../crawl/warc.js';
import type { BatchInput } from './index.js';

/**
 * The article pages of a WARC file (the selection of `archivedArticles`, as `extractWarc`
 * reads them) as {@link BatchInput}s: id and url the record's target URI, contentType the
 * archived header.
 */
export async function* warcInputs(path: string): AsyncGenerator<BatchInput> {
  for await (const r of archivedArticles(path)) {
    yield r.contentType ? { id: r.url, url: r.url, contentType: r.contentType, body: r.body } : { id: r.url, url: r.url, body: r.body };
  }
}
