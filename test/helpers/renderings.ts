/** A fixture page's text rendering, extracted, beside its annotation: what the rendering tests check. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import type { Article } from '../../src/types.js';
import { renderText, type Renderer } from '../../scripts/lib/render.js';

/** The annotation of the page `fixtures/<id>` and the article extracted from its rendering by `renderer`. */
export async function extractRendered(id: string, renderer: Renderer): Promise<{ exp: Record<string, any>; a: Article }> {
  const dir = join('fixtures', id);
  const exp = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, any>;
  return { exp, a: extract(await renderText(join(dir, 'page.html'), renderer)) };
}
