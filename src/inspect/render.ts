/**
 * The inspect report: one self-contained HTML page that shows every block of a page in
 * reading order, coloured by what the extractor decided, with the reason; facts and
 * document references highlighted in the body (values on hover, in `title` attributes);
 * the article's fields in a table on top, and a legend. It renders an {@link Explanation}
 * and nothing else. Safe to open whatever the page held: every text is escaped, and a
 * Content-Security-Policy allows no script, no network and no form at all (styles inline).
 */
import type { BlockDecision, ExplainedBlock, Explanation } from '../explain/index.js';
import type { Article, NumericFact } from '../types.js';

/** Options of {@link renderInspectReport}. */
export interface InspectReportOptions {
  /** Where the page came from (file path or URL), shown in the heading. */
  source?: string;
}

// No script, no network, no forms, no frames, no base: the report is text and inline CSS only.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";

/** Each decision: its colour and what it means, in the order of the legend. */
const DECISIONS: Record<BlockDecision, { color: string; label: string }> = {
  title: { color: '#c2185b', label: 'the headline (Article.title)' },
  date: { color: '#6a1b9a', label: 'the printed publication date' },
  byline: { color: '#00838f', label: 'a credit line: author (taken out of the text)' },
  source: { color: '#00695c', label: 'a credit line: source' },
  lead: { color: '#1565c0', label: 'the lead paragraph' },
  heading: { color: '#283593', label: 'a section heading' },
  body: { color: '#2e7d32', label: 'article text' },
  image: { color: '#ef6c00', label: 'an article image' },
  caption: { color: '#f9a825', label: 'an image caption (stays in the text)' },
  chrome: { color: '#9e9e9e', label: 'chrome: dropped, with the reason' },
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attributes. */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function factTitle(f: NumericFact): string {
  const value = f.max !== undefined ? `${f.value}–${f.max}` : String(f.value);
  return [`${value} ${f.unit}`, f.quantity, f.noun, f.qualifier].filter(Boolean).join(' · ');
}

interface Mark { start: number; end: number; cls: 'fact' | 'ref'; title: string }

/** A body block's text with its facts and references marked (offsets are in the article text). */
function markedText(b: ExplainedBlock, text: string, marks: readonly Mark[]): string {
  const start = b.start!, end = b.end!;
  let out = '', at = start;
  for (const m of marks) {
    if (m.start < at || m.end > end) continue; // overlapping or crossing the block: not marked
    out += esc(text.slice(at, m.start));
    out += `<mark class="${m.cls}" title="${esc(m.title)}">${esc(text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  out += esc(text.slice(at, end));
  const kept = end - start;
  if (b.text.length > kept) out += `<del class="cut" title="closing credit taken out of the text">${esc(b.text.slice(kept))}</del>`;
  return out;
}

function blockHtml(b: ExplainedBlock, article: Article, marksOf: Map<number, Mark[]>, fieldOf: Map<number, string>): string {
  let content: string;
  if (b.form === 'image') content = `<span class="img">[image]</span> ${esc(b.src ?? '')}${b.text ? ` <q>${esc(b.text)}</q>` : ''}`;
  else if (b.start !== undefined) content = markedText(b, article.text, marksOf.get(b.index) ?? []);
  else content = esc(b.text);
  const credits = b.credits?.length ? ` <span class="credit">${esc(b.credits.map((c) => `${c.kind}: ${c.value}`).join('; '))}</span>` : '';
  const field = fieldOf.get(b.index);
  return `<li class="b d-${b.decision}${b.region ? ' region' : ''}" id="b${b.index}" data-decision="${b.decision}" data-reason="${b.reason}">`
    + `<span class="n">${b.index}</span><span class="tag">${b.decision}</span><span class="why">${b.reason}${field ? ` → ${field}` : ''}</span>`
    + `<div class="t">${content}${credits}</div></li>`;
}

function summary(e: Explanation): string {
  const a = e.article;
  const rows: [string, string][] = [
    ['url', a.url ?? '—'], ['title', a.title || '—'], ['publishedAt', a.publishedAt ?? '—'],
    ['author', a.author ?? '—'], ['source', a.source ?? '—'], ['lead', a.lead ?? '—'],
    ['sections', a.sections.map((s) => s.heading ?? '(untitled)').join(' · ') || '—'],
    ['text', `${a.text.length} characters`], ['images', String(a.images.length)],
    ['facts', String(a.facts.length)], ['documentRefs', a.documentRefs.join(', ') || '—'],
  ];
  const from = e.fields as Record<string, number | null>;
  // Where a field was read: a block of the list below, or the page's metadata.
  const origin = (k: string, v: string): string => {
    if (!(k in from) || v === '—') return '';
    const at = from[k];
    return at === null || at === undefined ? '<span class="from">(from the page’s metadata)</span>' : `<span class="from">(line <a href="#b${at}">${at}</a>)</span>`;
  };
  return `<table class="summary"><tbody>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${esc(v)}${origin(k, v)}</td></tr>`).join('')}</tbody></table>`;
}

function legend(e: Explanation): string {
  const counts = new Map<BlockDecision, number>();
  for (const b of e.blocks) counts.set(b.decision, (counts.get(b.decision) ?? 0) + 1);
  const items = (Object.keys(DECISIONS) as BlockDecision[]).map((d) =>
    `<li><span class="tag d-${d}">${d}</span> ${esc(DECISIONS[d].label)} <span class="count">(${counts.get(d) ?? 0})</span></li>`);
  items.push('<li><span class="tag region-key">region</span> a bar on the left: inside the located article region</li>');
  items.push('<li><mark class="fact">fact</mark> <mark class="ref">document</mark> hover for the value</li>');
  return `<ul class="legend">${items.join('')}</ul>`;
}

function css(): string {
  const colours = (Object.entries(DECISIONS) as [BlockDecision, { color: string }][])
    .map(([d, { color }]) => `.d-${d} .tag,.tag.d-${d}{background:${color}}li.d-${d}{border-color:${color}}`).join('');
  return `body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1em;color:#212121}
h1{font-size:1.3em;margin:.2em 0}.source{color:#555;word-break:break-all}
table.summary{border-collapse:collapse;width:100%;margin:.5em 0}table.summary th{text-align:left;width:9em;vertical-align:top;color:#555;font-weight:600}
table.summary td,table.summary th{border-bottom:1px solid #e0e0e0;padding:.2em .4em}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.2em;font-size:.9em}
ol.blocks{list-style:none;padding:0;margin:1em 0}
li.b{display:grid;grid-template-columns:3em 6em 9em 1fr;gap:.5em;align-items:baseline;border-left:6px solid;padding:.15em .4em;margin:2px 0;background:#fafafa}
li.b.region{box-shadow:inset 4px 0 0 #1e88e5}
li.d-chrome{color:#757575;background:#f3f3f3}li.d-chrome .t{text-decoration:line-through;text-decoration-color:#bdbdbd}
li.d-title .t{font-weight:700;font-size:1.15em}li.d-heading .t{font-weight:700}
.n{color:#9e9e9e;font-size:.8em;text-align:right}.why{font-size:.8em;color:#555}
.tag{color:#fff;border-radius:3px;padding:0 .4em;font-size:.8em;text-align:center}.tag.region-key{background:#1e88e5}
mark.fact{background:#fff176;border-bottom:2px solid #f57f17}mark.ref{background:#b3e5fc;border-bottom:2px solid #0277bd}
del.cut{color:#00838f}.from{color:#757575;font-size:.85em;margin-left:.5em}.credit{font-size:.8em;color:#00695c}.img{color:#ef6c00;font-weight:600}
${colours}`;
}

/** Renders the explanation of a page as a self-contained HTML report (see the module comment). */
export function renderInspectReport(e: Explanation, options: InspectReportOptions = {}): string {
  const marksOf = new Map<number, Mark[]>();
  const add = (block: number | null, m: Mark): void => {
    if (block === null) return;
    const marks = marksOf.get(block);
    if (marks) marks.push(m); else marksOf.set(block, [m]);
  };
  for (const f of e.facts) add(f.block, { start: f.start, end: f.end, cls: 'fact', title: factTitle(f.fact) });
  for (const r of e.references) add(r.block, { start: r.start, end: r.end, cls: 'ref', title: r.ref });
  for (const marks of marksOf.values()) marks.sort((a, b) => a.start - b.start);
  const fieldOf = new Map<number, string>();
  for (const [field, index] of Object.entries(e.fields)) if (index !== null) fieldOf.set(index, fieldOf.has(index) ? `${fieldOf.get(index)}, ${field}` : field);
  const title = e.article.title || '(no title)';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>ward-news inspect: ${esc(title)}</title>
<style>${css()}</style></head>
<body><header><h1>ward-news inspect</h1>${options.source ? `<p class="source">${esc(options.source)}</p>` : ''}
${summary(e)}
${legend(e)}</header>
<ol class="blocks">
${e.blocks.map((b) => blockHtml(b, e.article, marksOf, fieldOf)).join('\n')}
</ol></body></html>
`;
}
