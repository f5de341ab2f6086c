/**
 * Hostile nesting (issue 12): pages that repeat a few start tags thousands of times, the shapes
 * that made the parse quadratic (tables and lists whose cells stay open when a new table opens,
 * paragraphs, inline and formatting tags, foreign content, stray end tags). Used by
 * `test/nesting.test.ts` and by the timing property of `npm run fuzz` (scripts/fuzz-nesting.ts).
 */
import type { AnyNode, Document } from 'domhandler';
import { clean } from '../../src/clean/index.js';
import { parse } from '../../src/parse/index.js';

/** Units a page repeats: each opens one or more elements and closes none (or not its own). */
export const UNITS = [
  '<table><tbody><tr><td>', '<table><tr><th>', '<table><caption>', '<table><colgroup><col>', '<td>', '<tr>',
  '<ul><li>', '<ol><li>', '<li>', '<dl><dt><dd>', '<dd>', '<p>', '<p><div></p>', '<div>', '<span>',
  '<b>', '<i>', '<u>', '<em>', '<strong>', '<small>', '<font color=red>', '<a href="#x">', '<nobr>',
  '<blockquote>', '<section>', '<center>', '<h2>', '<pre>', '<form>', '<button>', '<label>',
  '<select><option>', '<option>', '<ruby><rt>', '<rp>', '<svg>', '<math><mi>', '<div><svg></div>',
  '<svg><foreignObject>', '</x>', '</p>', '</td>', 'chữ ', '<br>', '<img src=a.png>',
] as const;

/** The end tags that close `unit`'s start tags, innermost first ('' for a unit that opens none). */
export function closesOf(unit: string): string {
  const names = [...unit.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
  return names.reverse().map((n) => `</${n}>`).join('');
}

/** `units` repeated in turn `depth` times, optionally with every element closed at the end. */
export function nestedPage(units: readonly string[], depth: number, closed = false): string {
  const cycle = units.join('');
  const times = Math.ceil(depth / units.length);
  const closes = closed ? units.map(closesOf).reverse().join('').repeat(times) : '';
  return `<html><body>${cycle.repeat(times)}<p>Ủy ban nhân dân phường đã tổ chức ra quân.</p>${closes}</body></html>`;
}

/** The same units as siblings (each closed at once), about `bytes` long: the flat peer of a nested page. */
export function flatPage(units: readonly string[], bytes: number): string {
  const block = units.map((u) => u + closesOf(u)).join('');
  return `<html><body>${block.repeat(Math.max(1, Math.ceil(bytes / block.length)))}</body></html>`;
}

/** Parses and cleans `html` as extract does (the stages this guards). */
export function parseAndClean(html: string): Document {
  const { document } = parse(html, { maxNodes: 10_000_000, parser: 'htmlparser2' });
  clean(document);
  return document;
}

/** The deepest element nesting of a tree, walked without recursion. */
export function treeDepth(root: Document): number {
  let max = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    if ('children' in node) for (const c of node.children) stack.push([c, d + 1]);
  }
  return max;
}
