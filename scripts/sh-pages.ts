/**
 * `node --import tsx scripts/sh-pages.ts [--top N] [--show <id-prefix>]`: a diagnostic (not a
 * test) over the ScrapingHub pages in ../shared/corpora/scrapinghub. Lists the pages by body
 * F1, lowest first (F1, precision, recall, url), with the same shingle metric as
 * scripts/body-score.ts; `--show` prints one page's paragraphs that are extra (in our text, not
 * in the truth) and missing (in the truth, not in our text); `--explain <id-prefix>` prints
 * every block of one page with its decision and the share of its word 4-grams in the truth.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extract } from '../src/extract.js';
import { explain } from '../src/explain/index.js';
import { bodyScore } from './body-score.js';

const dir = resolve(import.meta.dirname, '..', '..', 'shared', 'corpora', 'scrapinghub');
if (!existsSync(join(dir, 'ground-truth.json'))) {
  console.log(`ScrapingHub pages not found at ${dir}: nothing to list.`);
  process.exit(0);
}
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const top = Number(opt('--top') ?? 30);
const show = opt('--show');
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const ids = readdirSync(join(dir, 'html')).map((f) => f.replace(/\.html\.gz$/u, '')).filter((id) => truth[id]);
const words = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
const grams = (s: string): string[] => {
  const w = s.match(/[\p{L}\p{N}_]+/gu) ?? [];
  return w.length < 4 ? (w.length ? [w.join(' ')] : []) : w.slice(3).map((_, i) => w.slice(i, i + 4).join(' '));
};
const paras = (s: string): string[] => s.split(/\n+/u).map(words).filter(Boolean);

const explained = opt('--explain');
if (explained) {
  const id = ids.find((i) => i.startsWith(explained))!;
  const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
  const want = new Set(grams(truth[id]!.articleBody));
  // --wrong: only the blocks kept though mostly not in the truth, or left out though mostly in it.
  const wrong = args.includes('--wrong');
  for (const b of explain(html, { url: truth[id]!.url }).blocks) {
    const g = grams(b.text);
    const share = g.length ? g.filter((x) => want.has(x)).length / g.length : 0;
    const kept = b.decision !== 'chrome' && b.decision !== 'title' && b.decision !== 'date' && b.decision !== 'byline';
    if (wrong && (!g.length || kept === share >= 0.5)) continue;
    console.log(`${String(b.index).padStart(4)} ${b.region ? 'R' : ' '} ${(share * 100).toFixed(0).padStart(3)}% ${b.decision}/${b.reason}  ${b.text.slice(0, 140)}`);
  }
  process.exit(0);
}

const rows = [];
let sumP = 0, sumR = 0;
for (const id of ids) {
  if (show && !id.startsWith(show)) continue;
  const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
  const got = extract(html, { url: truth[id]!.url }).text;
  const s = bodyScore(truth[id]!.articleBody, got);
  sumP += s.precision; sumR += s.recall;
  rows.push({ id, ...s, url: truth[id]!.url });
  if (show) {
    const want = new Set(paras(truth[id]!.articleBody));
    const have = new Set(paras(got));
    console.log(`${id} F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} ${truth[id]!.url}`);
    for (const p of have) if (!want.has(p)) console.log(`+ ${p.slice(0, 200)}`);
    for (const p of want) if (!have.has(p)) console.log(`- ${p.slice(0, 200)}`);
    if (args.includes('--full')) console.log(`--- ours\n${got}\n--- truth\n${truth[id]!.articleBody}`);
  }
}
if (!show) {
  rows.sort((a, b) => a.f1 - b.f1);
  for (const r of rows.slice(0, top)) {
    console.log(`${r.id.slice(0, 12)} F1 ${r.f1.toFixed(3)} P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)}  ${r.url}`);
  }
  const p = sumP / rows.length, r = sumR / rows.length;
  console.log(`${rows.length} pages: precision ${p.toFixed(4)} recall ${r.toFixed(4)} F1 ${((2 * p * r) / (p + r)).toFixed(4)}`);
}
