/**
 * Hostile nesting (issue 12, items 4 and 5): the parse is linear in its input for every nesting
 * pattern, and no stage spreads an unbounded child list into a call. Timing here is a ratio
 * (n against 4n, generous bounds); `npm run fuzz -- --only nesting` checks time per KB against
 * a flat page of the same size over many random patterns.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { parse } from '../src/parse/index.js';
import { cpuMs } from './helpers/cost.js';
import { checkArticle } from './helpers/properties.js';
import { nestedPage, parseAndClean, treeDepth, UNITS } from './helpers/nesting.js';

const SENTENCE = 'Ủy ban nhân dân phường đã tổ chức ra quân.';
const parsed = (html: string) => parse(html, { maxNodes: 10_000_000, parser: 'htmlparser2' }).document;

describe('hostile nesting', () => {
  it("200,000 '<ul><li>' give an article, not a RangeError from spreading 200,000 children", () => {
    const a = extract(nestedPage(['<ul><li>'], 200_000));
    checkArticle(a);
    expect(a.text).toContain(SENTENCE);
  });

  it.each([
    ['<table><tbody><tr><td>'], ['<ul><li>'], ['<dl><dt><dd>'], ['<p><div></p>'], ['<ruby><rt>'], ['<div><svg></div>'],
    ['<font color=red>', '<span>', '<b>', '<li>', '<p>', '<td>', '<blockquote>', '<i>'],
  ])('%s… 20,000 deep: the tree the parser builds stays within its depth bound, the text is kept', (...units) => {
    const html = nestedPage(units, 20_000);
    expect(treeDepth(parsed(html))).toBeLessThanOrEqual(1024 + 2); // the bound, then a text node
    expect(extract(html).text).toContain(SENTENCE);
  });

  it('below the bound nothing is dropped: 1,000 nested divs are 1,000 elements deep', () => {
    const html = `${'<div>'.repeat(1000)}x${'</div>'.repeat(1000)}`;
    expect(treeDepth(parsed(html))).toBe(1000 + 1); // the divs, then their text
  });

  it.each(['htmlparser2', 'parse5'] as const)('%s: a script past the bound stays a script, its code never becomes text', (parser) => {
    const html = `${'<div><table><tbody><tr><td>'.repeat(2000)}<script>var hidden = 1;</script><p>${SENTENCE}</p>`;
    const a = extract(html, { parser } as Parameters<typeof extract>[1]); // parser: an internal option
    expect(a.text).toContain(SENTENCE);
    expect(a.text).not.toContain('hidden');
  });

  it.each([
    ['<table><tbody><tr><td>'], ['<ul><li>', '<p>'], ['<b>', '<i>', '<font>', '<a href=#>'], ['<div><svg></div>'],
  ])('%s…: parse and clean of 4n levels cost about 4 times n levels (linear), not 16 (quadratic)', (...units) => {
    // Sizes where one run takes tens of ms, so that a millisecond of noise cannot make the ratio.
    const small = nestedPage(units, 20_000);
    const large = nestedPage(units, 80_000);
    parseAndClean(small); // warm up
    const ratio = cpuMs(() => parseAndClean(large)) / Math.max(1, cpuMs(() => parseAndClean(small)));
    expect(ratio).toBeLessThan(10);
  });

  it('every unit of the fuzz patterns parses 5,000 deep within the bound', () => {
    for (const unit of UNITS) expect(treeDepth(parsed(nestedPage([unit], 5_000)))).toBeLessThanOrEqual(1024 + 2);
  });
});
