/**
 * `ward-news/batch`: `extract` over many pages on every core (piscina worker threads), and
 * the article pages of a WARC archive as its inputs. A subpath of its own so that
 * `ward-news` starts no threads and loads neither piscina nor warcio.
 * @packageDocumentation
 */
export { extractMany } from '../batch/index.js';
export type { BatchInput, BatchResult, BatchSource, BatchTextResult, ExtractManyOptions } from '../batch/index.js';
export { warcInputs } from '../batch/warc.js';
