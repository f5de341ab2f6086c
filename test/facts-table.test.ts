// Issue 17 item 5: the facts of many articles as one table (`factsTable`, `ward-news facts`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { FACT_COLUMNS, factRows, factsTable } from '../src/table/index.js';
import type { Article } from '../src/types.js';

const PAGES = ['fixtures/ward/liferay-01-an-khanh-trat-tu-via-he/page.html', 'fixtures/ward/wordpress-02-dien-ngoc-nha-dai-doan-ket/page.html'];

/** Parses CSV with Python's csv module (an independent reader), BOM stripped by utf-8-sig. */
function parseCsv(csv: string): string[][] {
  const r = spawnSync('python3', ['-c', 'import csv,sys,json; sys.stdin.reconfigure(encoding="utf-8-sig", newline=""); print(json.dumps(list(csv.reader(sys.stdin))))'], { input: csv, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

const hostile: Article = {
  url: 'https://x.gov.vn/a,b', title: 'Tiêu đề "có" dấu, phẩy\nvà xuống dòng', publishedAt: '2024-05-01', author: null, authors: [], postedBy: null, source: null,
  lead: null, sections: [{ heading: 'Kết quả, "năm" 2024', level: 1, paragraphs: [] }], text: '', images: [], documentRefs: [], language: 'vi',
  facts: [{ raw: 'gần 72/160 tỷ đồng', value: 72e9, unit: 'VND', noun: null, quantity: 'money', qualifier: 'nearly', per: null,
    part: 72e9, whole: 160e9, sentence: 'Đã giải ngân "gần 72/160 tỷ đồng",\r\nđạt 45%.', section: 0, start: 0, end: 1 }],
};

describe('factsTable', () => {
  it('CSV: BOM, header, one row per fact; parsed back field for field, with commas, quotes and line breaks', () => {
    const csv = factsTable([hostile]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row, ...rest] = parseCsv(csv);
    expect(header).toEqual([...FACT_COLUMNS]);
    expect(rest).toEqual([]);
    const back = Object.fromEntries(FACT_COLUMNS.map((c, i) => [c, row?.[i]]));
    expect(back).toMatchObject({
      url: hostile.url, title: hostile.title, raw: 'gần 72/160 tỷ đồng', value: '72000000000', max: '', per: '',
      qualifier: 'nearly', part: '72000000000', whole: '160000000000', sectionHeading: 'Kết quả, "năm" 2024',
      sentence: hostile.facts[0]!.sentence,
    });
  });

  it('CSV and JSON Lines hold the same rows as factRows, over real fixture pages', () => {
    const articles = PAGES.map((p) => extract(readFileSync(p)));
    const rows = factRows(articles);
    expect(rows.length).toBe(articles.reduce((n, a) => n + a.facts.length, 0));
    expect(rows.length).toBeGreaterThan(10);
    const jsonl = factsTable(articles, 'jsonl').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(jsonl).toEqual(rows);
    const parsed = parseCsv(factsTable(articles)).slice(1);
    expect(parsed.map((r) => r[FACT_COLUMNS.indexOf('raw')])).toEqual(rows.map((r) => r.raw));
    expect(parsed.map((r) => Number(r[FACT_COLUMNS.indexOf('value')]))).toEqual(rows.map((r) => r.value));
    expect(parsed.map((r) => r[FACT_COLUMNS.indexOf('sectionHeading')])).toEqual(rows.map((r) => r.sectionHeading ?? ''));
  });

  it('no articles, or articles without facts, give only the header', () => {
    expect(parseCsv(factsTable([]))).toEqual([[...FACT_COLUMNS]]);
    expect(factsTable([], 'jsonl')).toBe('');
  });
});

describe('ward-news facts', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'facts', ...args], { encoding: 'utf8' });

  it('writes the table of several pages, the same as factsTable', () => {
    const r = run(...PAGES, '--jobs', '1');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(factsTable(PAGES.map((p) => extract(readFileSync(p)))));
    const j = run(...PAGES, '--jobs', '1', '--format', 'jsonl');
    expect(j.stdout).toBe(factsTable(PAGES.map((p) => extract(readFileSync(p))), 'jsonl'));
  });

  it('names a failed input on stderr, keeps the others, exits 1', () => {
    const r = run('no-such-file.html', PAGES[0]!, '--jobs', '1', '--format', 'jsonl');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no-such-file.html');
    expect(r.stdout.trimEnd().split('\n').length).toBe(extract(readFileSync(PAGES[0]!)).facts.length);
  });
});
