import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkArchitecture, OUTER_LAYERS, readImportGraph, STAGE_ORDER, type ImportGraph,
} from './helpers/architecture.js';

const graph = readImportGraph('src');

describe('the dependency rule on src/', () => {
  it('reads the real graph (the checker sees the imports)', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('extract.ts')).toContain('frame/index.ts');
    expect(graph.get('frame/index.ts')).toContain('blocks/index.ts');
  });

  it('no module imports from a stage that runs later, from an outer layer, or in a folder-level cycle', () => {
    expect(checkArchitecture(graph)).toEqual([]);
  });

  it('docs/architecture.md repeats the stage order and the outer layers', () => {
    const doc = readFileSync('docs/architecture.md', 'utf8');
    const listed = /<!-- stage-order -->\s*`([^`]+)`/.exec(doc)?.[1];
    expect(listed?.split(/\s*→\s*/)).toEqual([...STAGE_ORDER]);
    const outer = /<!-- outer-layers -->\s*`([^`]+)`/.exec(doc)?.[1];
    expect(outer?.split(/\s*,\s*/)).toEqual([...OUTER_LAYERS]);
  });
});

describe('the checker itself (it can fail)', () => {
  const order = ['text', 'parse', 'blocks', 'frame', 'fields'];
  const outer = ['feeds', 'serialize'];
  const g = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

  it('passes a graph that keeps the order', () => {
    expect(checkArchitecture(g({
      'frame/index.ts': ['blocks/index.ts', 'text/match.ts', 'frame/filter.ts'],
      'frame/filter.ts': ['parse/dom.ts'],
      'fields/date.ts': ['frame/index.ts'],
      'feeds/parse.ts': ['fields/date.ts'],
    }), { order, outer })).toEqual([]);
  });

  it('fails an import from a later stage (frame → fields, as findTitle once was)', () => {
    const problems = checkArchitecture(g({ 'frame/index.ts': ['fields/title.ts'], 'fields/title.ts': [] }), { order, outer });
    expect(problems).toEqual(['frame/index.ts imports fields/title.ts: "frame" runs before "fields"']);
  });

  it('fails a folder-level cycle (serialize ↔ feeds, as it once was)', () => {
    const cyclic = g({ 'feeds/parse.ts': ['serialize/rss.ts'], 'serialize/rss.ts': ['feeds/dates.ts'], 'feeds/dates.ts': [] });
    expect(checkArchitecture(cyclic, { order, outer })).toEqual(['folder-level cycle: feeds → serialize → feeds']);
  });

  it('fails the pipeline importing an outer layer, and a folder placed nowhere', () => {
    expect(checkArchitecture(g({ 'blocks/index.ts': ['serialize/rss.ts'], 'serialize/rss.ts': [], 'profiles/x.ts': [] }), { order, outer }))
      .toEqual([
        'blocks/index.ts imports serialize/rss.ts: the pipeline imports an outer layer ("serialize")',
        'profiles/x.ts: layer "profiles" is in neither the stage order nor the outer layers',
      ]);
  });

  it('fails on the real tree with one edge added against the order', () => {
    const broken = new Map(graph);
    broken.set('blocks/from-html.ts', [...(graph.get('blocks/from-html.ts') ?? []), 'sections/index.ts']);
    expect(checkArchitecture(broken)).toContain('blocks/from-html.ts imports sections/index.ts: "blocks" runs before "sections"');
  });
});
