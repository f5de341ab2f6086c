/**
 * `npm run bench:site`: site profiles on the real portal of ../shared/corpora/sotttt-hanoi.
 * In one run: extracting its article pages once, learning a profile from them, and
 * extracting them again with the profile; prints the times as ratios, and the profile's size.
 * Also learns a profile without the annotated pages (fixtures/sotttt-hanoi) and writes both
 * (`site-all.json`, `site-minus-annotated.json` in the OS temp folder) for `npm run eval -- --site`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract } from '../src/extract.js';
import { learnSite } from '../src/site/index.js';
import { sotttArticles, sotttRoot, SOTTTT_MISSING } from '../scripts/lib/sotttt.js';

const root = sotttRoot();
if (!root) { console.log(SOTTTT_MISSING); process.exit(0); }
const paths = sotttArticles();
const pages = paths.map((p) => readFileSync(join(root, p)));
const time = (f: () => void): number => { const t = performance.now(); f(); return performance.now() - t; };

extract(pages[0]!); // warm up
const plain = time(() => { for (const p of pages) extract(p); });
let site = learnSite([]);
const learn = time(() => { site = learnSite(pages); });
const withSite = time(() => { for (const p of pages) extract(p, { site }); });
const size = JSON.stringify(site).length;
const held = new Set(readdirSync('fixtures/sotttt-hanoi').filter((d) => /^\d+$/.test(d))
  .map((d) => JSON.parse(readFileSync(join('fixtures/sotttt-hanoi', d, 'expected.json'), 'utf8')).path as string));
const minus = learnSite(paths.flatMap((p, i) => (held.has(p) ? [] : [pages[i]!])));
writeFileSync(join(tmpdir(), 'site-all.json'), JSON.stringify(site));
writeFileSync(join(tmpdir(), 'site-minus-annotated.json'), JSON.stringify(minus));

console.log(`${pages.length} article pages of the real portal`);
console.log(`extract once          ${(plain / 1000).toFixed(1)} s`);
console.log(`learnSite             ${(learn / 1000).toFixed(1)} s   ratio ${(learn / plain).toFixed(2)} × extract once (target ≤ 2)`);
console.log(`extract with profile  ${(withSite / 1000).toFixed(1)} s   ratio ${(withSite / plain).toFixed(3)} × without (target ≤ 1.1)`);
console.log(`profile               ${size} bytes (target ≤ 1 MiB): ${site.templateLines.length} template lines, ${site.templateSlots.length} slots`);
console.log(`profiles written to ${join(tmpdir(), 'site-all.json')} and site-minus-annotated.json (${minus.pages} pages)`);
