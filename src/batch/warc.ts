/**
 * WARC records as batch inputs: the pages of an archive that `extractMany` should
 * re-extract, read lazily so that an archive of any size streams through.
 */
import { archivedArticles, archivedExtractOptions, type ReadWarcOptions } from '../crawl/warc.js';
import { WarcError } from '../errors.js';
import type { BatchInput } from './index.js';

/**
 * The article pages of a WARC or WET file (the selection of `archivedArticles`, as
 * `extractWarc` reads them) as {@link BatchInput}s: id and url the record's target URI,
 * contentType the archived header, format `'text'` for conversion (WET) records. A record
 * over `maxBytes` is an input that fails with its `TOO_LARGE` error; an archive that cannot
 * be read to its end (missing, not a WARC, truncated, corrupt) ends with one input, id the
 * path, that fails with the `WarcError`, after the inputs of every readable record.
 */
export async function* warcInputs(path: string, options: ReadWarcOptions = {}): AsyncGenerator<BatchInput> {
  try {
    for await (const r of archivedArticles(path, options)) {
      if (r.error) {
        yield { id: r.url, url: r.url, error: r.error };
        continue;
      }
      const { url, contentType, format } = archivedExtractOptions(r);
      const input: BatchInput = { id: r.url, body: r.body };
      if (url) input.url = url;
      if (contentType) input.contentType = contentType;
      if (format) input.format = format;
      yield input;
    }
  } catch (e) {
    if (!(e instanceof WarcError)) throw e;
    yield { id: path, error: e };
  }
}
