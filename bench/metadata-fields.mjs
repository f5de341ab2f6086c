// Title and authors on Readability's public test pages (../shared/corpora/readability-test-pages:
// source.html + expected-metadata.json with title and byline), ours against Readability.js in
// the same run. Usage: npm run bench:metadata [-- --misses]
// Note: the expected values are Readability's own test expectations, so Readability is
// measured on pages its authors tuned it to; the comparison is a floor for us, not a race.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA } from './lib/pages.mjs';
import { loadAdapters } from './lib/adapters.mjs';
import { norm, toVietnamIso } from './lib/fields.mjs';

const DIR = join(CORPORA, 'readability-test-pages');
if (!existsSync(DIR)) {
  console.error(`bench: ${DIR} is absent; nothing to measure`);
  process.exit(0);
}
const showMisses = process.argv.includes('--misses');
const fold = (s) => norm(s).toLowerCase().replace(/^(?:by|von|par|por|de)\s+/u, '').replace(/[\s,.;:|]+$/u, '');
// A byline credits the right people when every name we give is in it and it is empty only when ours is.
function creditsMatch(expected, names) {
  const e = fold(expected);
  if (!e || !names.length) return !e && !names.length;
  return names.every((n) => e.includes(fold(n)));
}

// WARD_NEWS_SRC: another checkout's src/index.ts, to compare before / after in one run.
const { extract } = await import(process.env.WARD_NEWS_SRC ?? '../src/index.ts');
const [readability] = await loadAdapters({ names: ['readability'], kinds: ['extractor'] });
await readability.init();
const rows = { ours: { title: 0, byline: 0, credits: 0, date: 0 }, readability: { title: 0, byline: 0, credits: 0, date: 0 } };
const day = (v) => toVietnamIso(v)?.slice(0, 10) ?? null;
let n = 0, dated = 0;
for (const name of readdirSync(DIR).sort()) {
  const html = join(DIR, name, 'source.html'), meta = join(DIR, name, 'expected-metadata.json');
  if (!existsSync(html) || !existsSync(meta)) continue;
  const exp = JSON.parse(readFileSync(meta, 'utf8'));
  const source = readFileSync(html, 'utf8');
  const a = extract(source, { url: 'http://fakehost/test/page.html' });
  const r = readability.fields(readability.run({ html: source, url: 'http://fakehost/test/page.html' }));
  n++;
  if (exp.publishedTime) dated++;
  const ours = { title: norm(a.title) === norm(exp.title), byline: fold(a.author) === fold(exp.byline), credits: creditsMatch(exp.byline, a.authors ?? (a.author ? [a.author] : [])), date: !!exp.publishedTime && day(a.publishedAt) === day(exp.publishedTime) };
  const theirs = { title: norm(r.title) === norm(exp.title), byline: fold(r.author) === fold(exp.byline), credits: creditsMatch(exp.byline, r.author ? [r.author] : []), date: !!exp.publishedTime && day(r.publishedAt) === day(exp.publishedTime) };
  for (const k of Object.keys(ours)) { rows.ours[k] += ours[k] ? 1 : 0; rows.readability[k] += theirs[k] ? 1 : 0; }
  if (showMisses) {
    if (!ours.title) console.log(`${name}\ttitle\tgot ${JSON.stringify(a.title)}\texpected ${JSON.stringify(exp.title)}`);
    if (!ours.credits) console.log(`${name}\tauthors\tgot ${JSON.stringify(a.authors)}\texpected ${JSON.stringify(exp.byline)}`);
    if (exp.publishedTime && !ours.date) console.log(`${name}\tdate\tgot ${JSON.stringify(a.publishedAt)}\texpected ${JSON.stringify(exp.publishedTime)}`);
  }
}
const pct = (x, of = n) => `${((x / of) * 100).toFixed(1)}%`;
console.log(`\n${n} pages  (title: exact after NFC/space folding; byline: author string exact, "By " dropped; authors: every name given is in the byline, none given when it is empty; date: same day as publishedTime, on the ${dated} pages that give one)`);
console.log('contender    title    byline   authors  date');
for (const [who, r] of Object.entries(rows)) console.log(`${who.padEnd(12)} ${pct(r.title).padStart(6)}   ${pct(r.byline).padStart(6)}   ${pct(r.credits).padStart(6)}   ${pct(r.date, dated).padStart(6)}`);
