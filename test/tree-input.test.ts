// extract() on a page its caller already parsed (cheerio, domhandler): the same article as
// from the HTML, without touching the caller's tree.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const pages = readdirSync('fixtures').filter((d) => d.startsWith('ward')).flatMap((dir) =>
  readdirSync(join('fixtures', dir)).map((p) => join('fixtures', dir, p, 'page.html')).filter((f) => existsSync(f)));

describe('extract() on a parsed page', () => {
  it('finds fixture pages', () => expect(pages.length).toBeGreaterThan(50));

  it('extract($) equals extract(html) on every fixture page; so do $.root() and a domhandler Document (on a sample)', () => {
    const differ: string[] = [];
    for (const [i, file] of pages.entries()) {
      const html = readFileSync(file, 'utf8');
      const want = extract(html, { url: 'https://phuong.example.gov.vn/tin/1' });
      const $ = cheerio.load(html);
      // The three inputs share one code path past documentOf(): a sample of the other two suffices.
      for (const input of i % 8 === 0 ? [$, $.root(), parseDocument(html)] : [$]) {
        if (JSON.stringify(extract(input, { url: 'https://phuong.example.gov.vn/tin/1' })) !== JSON.stringify(want)) differ.push(file);
      }
    }
    expect(differ).toEqual([]);
  });

  it('leaves the caller\'s tree as it was', () => {
    const html = readFileSync(pages[0]!, 'utf8');
    const $ = cheerio.load(html);
    const before = $.html();
    extract($);
    expect($.html()).toBe(before);
  });

  it('bounds a given tree by maxNodes and survives one nested deeper than the stack', () => {
    const deep = `<html><body>${'<div>'.repeat(12_000)}<p>Nội dung</p>${'</div>'.repeat(12_000)}</body></html>`;
    const doc = parseDocument(deep);
    expect(typeof extract(doc).text).toBe('string');
    const small = extract(cheerio.load(readFileSync(pages[0]!, 'utf8')), { maxNodes: 10 });
    expect(small.text).toBe('');
  });

  it('refuses what is neither a page nor a tree', () => {
    expect(() => extract({ length: 1, 0: { type: 'tag' } } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
