/**
 * Stage `blocks`: a page as `Block[]`. `from-html.ts` is the HTML front end (the cleaned DOM
 * tree, walked once); a text rendering (`from-text.ts`) or a site profile would be further
 * front ends that produce the same list, so that every later stage runs on them unchanged.
 */
export { lineItems, type Block } from './block.js';
export { linearize } from './from-html.js';
export { looksLikeText, textBlocks } from './from-text.js';
