/**
 * `npm run render-text -- <folder>... [--render lynx|lynx-refs|chromium] [--out dir]`: writes the
 * text rendering of every annotated page of the folders (pages named by `path` are read from
 * ../shared's portal archive) as `<out>/<folder>/<id>.txt` (default out: the OS temp folder).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { annotatedPages } from './lib/pages.js';
import { closeRenderers, rendererMissing, renderText, RENDERERS, type Renderer } from './lib/render.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const r = (opt('--render') ?? 'lynx') as Renderer;
if (!RENDERERS.includes(r)) { console.error(`--render must be one of ${RENDERERS.join(', ')}`); process.exit(2); }
const missing = rendererMissing(r);
if (missing) { console.error(missing); process.exit(1); }
const out = opt('--out') ?? join(tmpdir(), `ward-news-text-${r}`);
let n = 0;
for (const dir of args.length ? args : ['fixtures/ward']) {
  const target = join(out, basename(dir));
  mkdirSync(target, { recursive: true });
  for (const page of annotatedPages(dir)) {
    writeFileSync(join(target, `${page.id}.txt`), await renderText(page.file, r));
    n++;
  }
}
await closeRenderers();
console.error(`${n} pages rendered with ${r} into ${out}`);
