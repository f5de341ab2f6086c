/**
 * A table of facts across articles, for people who add the figures up: one row per fact with
 * its article (url, title, date), its reading (value, max, unit, per, noun, quantity,
 * qualifier, part, whole), the heading of its section and its sentence. As CSV (RFC 4180,
 * UTF-8 with a byte-order mark so that spreadsheets open Vietnamese intact) or JSON Lines.
 */
import type { Article, NumericFact } from '../types.js';

/** One row of {@link factsTable}: a fact and the article it stands in. */
export interface FactRow {
  url: string | null;
  title: string;
  publishedAt: string | null;
  raw: string;
  value: number;
  max: number | null;
  unit: NumericFact['unit'];
  per: string | null;
  noun: string | null;
  quantity: NumericFact['quantity'];
  qualifier: NumericFact['qualifier'];
  part: number | null;
  whole: number | null;
  /** The heading of the fact's section; null for the untitled opening section. */
  sectionHeading: string | null;
  sentence: string;
}

/** The columns of the table, in order (CSV header names). */
export const FACT_COLUMNS = [
  'url', 'title', 'publishedAt', 'raw', 'value', 'max', 'unit', 'per', 'noun', 'quantity',
  'qualifier', 'part', 'whole', 'sectionHeading', 'sentence',
] as const satisfies readonly (keyof FactRow)[];

/** Formats of {@link factsTable}. */
export type FactsTableFormat = 'csv' | 'jsonl';

/** The rows of the facts of `articles`, in article order, then reading order. */
export function factRows(articles: Iterable<Article>): FactRow[] {
  const rows: FactRow[] = [];
  for (const a of articles) {
    for (const f of a.facts) {
      rows.push({
        url: a.url, title: a.title, publishedAt: a.publishedAt,
        raw: f.raw, value: f.value, max: f.max ?? null, unit: f.unit, per: f.per, noun: f.noun,
        quantity: f.quantity, qualifier: f.qualifier, part: f.part, whole: f.whole,
        sectionHeading: f.section === null ? null : (a.sections[f.section]?.heading ?? null),
        sentence: f.sentence,
      });
    }
  }
  return rows;
}

/** A CSV field: quoted when it holds a comma, a quote, a line break or leading/trailing space. */
function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(v) : v;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The byte-order mark that opens the CSV: without it, spreadsheets read UTF-8 as a legacy code page. */
export const CSV_BOM = '\uFEFF';

/** The CSV header line (with the BOM) or one row line, each ending in CRLF as RFC 4180 says. */
export function csvHeader(): string {
  return `${CSV_BOM}${FACT_COLUMNS.join(',')}\r\n`;
}

/** One row as a CSV line (CRLF-terminated). */
export function csvLine(row: FactRow): string {
  return `${FACT_COLUMNS.map((c) => csvField(row[c])).join(',')}\r\n`;
}

/** One row as a JSON Lines line. */
export function jsonLine(row: FactRow): string {
  return `${JSON.stringify(row)}\n`;
}

/**
 * The facts of `articles` as one table: `csv` (default; UTF-8 with BOM, CRLF, a header line,
 * empty fields for null) or `jsonl` (one object per fact, the same fields).
 */
export function factsTable(articles: Iterable<Article>, format: FactsTableFormat = 'csv'): string {
  const rows = factRows(articles);
  if (format === 'jsonl') return rows.map(jsonLine).join('');
  return csvHeader() + rows.map(csvLine).join('');
}
