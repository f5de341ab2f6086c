/**
 * Tunable numbers of the pipeline, in one place: each is named for what it bounds, with a
 * one-line reason. Stages import them by name; a change here is a change of behaviour, to be
 * measured with `npm run eval` on every fixture folder and the ScrapingHub benchmark.
 */

// ---------------------------------------------------------------------------------------
// blocks

/** Lines longer than this are prose: their inline items (meta-line parts) are not kept. */
export const ITEMS_MAX_CHARS = 200;

// ---------------------------------------------------------------------------------------
// facts

/**
 * Characters of context kept on each side of a fact's number in `NumericFact.sentence`: a
 * longer sentence is cut at the word boundary inside this window, so an article's size stays
 * linear in its page (a 32 KB paragraph of numbers gave a 257 MB article when every fact
 * copied its whole sentence). 300 keeps 99% of real sentences whole.
 */
export const SENTENCE_WINDOW = 300;
