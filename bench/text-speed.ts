/**
 * `npm run bench:text`: extraction time of each fixture page's text rendering against its HTML,
 * in the same run (ratio < 1: the text is faster). Renderings come from scripts/lib/render.ts.
 *
 *     npm run bench:text [-- <folder>] [--render lynx|lynx-refs|chromium]
 */
import { readFileSync } from 'node:fs';
import { extract } from '../src/extract.js';
import { annotatedPages } from '../scripts/lib/pages.js';
import { closeRenderers, rendererMissing, renderText, type Renderer } from '../scripts/lib/render.js';

const args = process.argv.slice(2);
const at = args.indexOf('--render');
const render = (at >= 0 ? args.splice(at, 2)[1] : 'lynx') as Renderer;
if (rendererMissing(render)) { console.error(rendererMissing(render)); process.exit(0); }
const pages = annotatedPages(args[0] ?? 'fixtures/ward');
const inputs = await Promise.all(pages.map(async (p) => ({ html: readFileSync(p.file), text: await renderText(p.file, render) })));
await closeRenderers();

const ROUNDS = 30;
function time(pick: (i: typeof inputs[number]) => string | Uint8Array): number {
  for (const i of inputs) extract(pick(i)); // warm-up
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < ROUNDS; r++) for (const i of inputs) extract(pick(i));
  return Number(process.hrtime.bigint() - t0) / 1e6 / ROUNDS / inputs.length;
}
const html = time((i) => i.html);
const text = time((i) => i.text);
console.log(`${inputs.length} pages, ${render}: HTML ${html.toFixed(2)} ms/page, text ${text.toFixed(2)} ms/page, text/HTML ${(text / html).toFixed(2)}`);
