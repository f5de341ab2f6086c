#!/usr/bin/env node
// Accuracy of ward-news against its peers, measured the same way for all of them.
//
//   node bench/accuracy.mjs [--quick] [--markdown] [--verbose] [--only a,b] [--entry dist/index.js]
//
// 1. ScrapingHub article-extraction-benchmark (181 news pages, ../shared/corpora): body
//    F1 / precision / recall / exact accuracy with the benchmark's own metric
//    (../shared/corpora/score-body.mjs, imported at run time).
// 2. Ward fixtures (fixtures/ward, and fixtures/ward-holdout and ward-unseen when present):
//    title, date (calendar day and exact value), author and body (same shingle metric against
//    expected.text), and boilerplate leaks (mustNotContain).
// --quick: 200 bootstrap resamples instead of 1000. --verbose: our misses, field by field.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadAdapters } from './lib/adapters.mjs';
import { norm, sameDay, sameExact, sameText, toVietnamIso } from './lib/fields.mjs';
import {
  hasScrapinghub, loadScrapinghub, loadScrapinghubTruth, loadWard, SCORER, scrapinghubMissingMessage,
  wardSets,
} from './lib/pages.mjs';
import { flag, fmt, machineLine, option, table } from './lib/report.mjs';

const markdown = flag('markdown');
const verbose = flag('verbose');
const nBootstrap = flag('quick') ? 200 : 1000;
const only = option('only', null)?.split(',');

const scorer = existsSync(SCORER) ? await import(pathToFileURL(SCORER).href) : null;
if (!scorer) {
  console.error(`Body scorer not found at ${SCORER}: body F1, precision and recall are skipped (shown as –). `
    + 'They need the shared corpora checked out beside this repository, as ../shared (corpora/score-body.mjs and '
    + 'corpora/scrapinghub/); titles, dates, authors and boilerplate are scored on fixtures/ without them.');
}

const contenders = await loadAdapters({ names: only, kinds: ['extractor'] });

/** Runs one contender on one page; a throw counts as an empty answer. */
async function fieldsOf(a, page, input) {
  try {
    return { ...a.fields(await a.run(page, input)), error: null };
  } catch (e) {
    return { title: '', publishedAt: null, author: null, text: '', error: String(e?.message ?? e) };
  }
}

const out = [];
/** Our worst ScrapingHub pages, for --verbose. */
const worst = {};
const say = (s = '') => out.push(s);
say(machineLine());

// --- ScrapingHub ---------------------------------------------------------------------------
if (!hasScrapinghub()) {
  console.error(scrapinghubMissingMessage());
} else if (scorer) {
  const pages = loadScrapinghub();
  const truth = loadScrapinghubTruth();
  const rows = [];
  for (const a of contenders) {
    const prediction = {};
    let errors = 0;
    let empty = 0;
    const t0 = performance.now();
    for (const page of pages) {
      const f = await fieldsOf(a, page, page.html);
      if (f.error) errors++;
      if (!f.text.trim()) empty++;
      prediction[page.id] = { articleBody: f.text };
    }
    const seconds = (performance.now() - t0) / 1000;
    const { metrics: m, perPage } = scorer.evaluate(truth, prediction, { nBootstrap, seed: 42 });
    if (a.ours) {
      worst[a.name] = Object.entries(perPage).sort((x, y) => x[1].f1 - y[1].f1).slice(0, 12)
        .map(([id, r]) => `${id.slice(0, 12)} F1 ${fmt(r.f1, 2)} P ${fmt(r.precision, 2)} R ${fmt(r.recall, 2)}  ${truth[id].url}`);
    }
    rows.push([a.label, a.version, `${fmt(m.f1, 3)} ± ${fmt(m.f1_std, 3)}`, fmt(m.precision, 3),
      fmt(m.recall, 3), fmt(m.accuracy, 3), `${empty} / ${errors}`, fmt(seconds, 1)]);
    console.error(`scrapinghub: ${a.name} done (${seconds.toFixed(1)} s)`);
  }
  say();
  say(`### Body extraction on the ScrapingHub benchmark (${pages.length} pages)`);
  say();
  say(table(['library', 'version', 'F1', 'precision', 'recall', 'exact', 'empty / errors', 'run s'],
    rows, markdown));
}

// --- Ward fixtures --------------------------------------------------------------------------
/** Field accuracy of every contender on one annotated ward set; returns per-contender scores. */
async function wardTable(set) {
  const ward = loadWard(set);
  const wardRows = [];
  const scores = {};
  for (const a of contenders) {
    const s = { title: 0, day: 0, exact: 0, author: 0, clean: 0, shingles: [], misses: [] };
    for (const page of ward) {
      const e = page.expected;
      // ours decodes the bytes itself (charset handling is part of its job); the peers get the
      // page already decoded, which can only help them
      const f = await fieldsOf(a, page, a.ours ? page.bytes : page.html);
      const got = { title: norm(f.title), publishedAt: toVietnamIso(f.publishedAt), author: norm(f.author) || null };
      const ok = {
        title: sameText(e.title, f.title),
        day: sameDay(e.publishedAt, f.publishedAt),
        exact: sameExact(e.publishedAt, f.publishedAt),
        author: sameText(e.author, f.author),
        clean: (e.mustNotContain ?? []).every((b) => !norm(f.text).includes(norm(b))),
      };
      for (const k of Object.keys(ok)) if (ok[k]) s[k]++;
      if (scorer) s.shingles.push(scorer.stringShingleMatching(norm(e.text), norm(f.text)));
      if (!ok.title) s.misses.push(`${page.id} title: want ${JSON.stringify(e.title)} got ${JSON.stringify(got.title)}`);
      if (!ok.exact) s.misses.push(`${page.id} date: want ${e.publishedAt} got ${got.publishedAt}`);
      if (!ok.author) s.misses.push(`${page.id} author: want ${JSON.stringify(e.author)} got ${JSON.stringify(got.author)}`);
      if (!ok.clean) s.misses.push(`${page.id} body leaks: ${(e.mustNotContain ?? []).filter((b) => norm(f.text).includes(norm(b))).join(' | ')}`);
      if (f.error) s.misses.push(`${page.id} threw: ${f.error}`);
    }
    const body = scorer ? scorer.metricsFromTpFpFns(s.shingles) : null;
    if (scorer) {
      const f1s = s.shingles.map(([tp, fp, fn]) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0));
      s.worstBody = ward.map((p, i) => [p.id, f1s[i]]).sort((x, y) => x[1] - y[1]).slice(0, 3)
        .filter(([, f]) => f < 0.9).map(([id, f]) => `${id} body F1 ${fmt(f, 2)}`);
    }
    scores[a.name] = { ...s, body };
    const n = ward.length;
    wardRows.push([a.label, `${s.title}/${n}`, `${s.day}/${n}`, `${s.exact}/${n}`, `${s.author}/${n}`,
      fmt(body?.f1, 3), fmt(body?.precision, 3), fmt(body?.recall, 3), `${s.clean}/${n}`]);
    console.error(`${set}: ${a.name} done`);
  }
  say();
  say(`### Fields on fixtures/${set} (${ward.length} pages)`);
  say();
  say(table(['library', 'title', 'date (day)', 'date (exact)', 'author', 'body F1', 'body P', 'body R',
    'no boilerplate'], wardRows, markdown));

  // Does ours beat every peer on every field? (a tie is not a win)
  const ours = scores.ours;
  const peers = contenders.filter((a) => !a.ours);
  if (ours && peers.length) {
    const fields = [['title', (s) => s.title], ['date (day)', (s) => s.day], ['date (exact)', (s) => s.exact],
      ['author', (s) => s.author], ['body F1', (s) => s.body?.f1 ?? NaN, 3], ['no boilerplate', (s) => s.clean]];
    const verdicts = fields.filter(([, get]) => Number.isFinite(get(ours))).map(([name, get, digits = 0]) => {
      const best = Math.max(...peers.map((p) => get(scores[p.name])));
      const mine = get(ours);
      return `${name} ${mine > best ? 'beats' : mine === best ? 'ties' : 'LOSES to'} it`
        + ` (${fmt(mine, digits)} vs ${fmt(best, digits)})`;
    });
    say();
    say(`Ours vs the best peer, field by field: ${verdicts.join('; ')}.`);
  }
  if (ours && verbose) {
    say();
    say(`Our misses on fixtures/${set}:`);
    for (const m of [...ours.misses, ...(ours.worstBody ?? [])]) say(`  ${m}`);
    if (!ours.misses.length && !ours.worstBody?.length) say('  (none)');
  }
}

for (const set of wardSets()) await wardTable(set);

if (verbose) {
  for (const [name, lines] of Object.entries(worst)) {
    say();
    say(`${name}: worst ScrapingHub pages by F1`);
    for (const l of lines) say(`  ${l}`);
  }
}

console.log(out.join('\n'));
