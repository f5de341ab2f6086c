/**
 * The dependency rule of docs/architecture.md, as data and a checker: the import graph of
 * `src/` read with a regex (static `import … from`, `export … from`, dynamic `import()`), and
 * the edges that break the stage order or close a folder-level cycle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The layers below the outer ones, in order: a module may import from its own folder and
 * from folders earlier in this list, never from a later one. docs/architecture.md repeats it.
 */
export const STAGE_ORDER = [
  // shared, below every stage
  'types', 'errors', 'tuning', 'lexicon', 'text',
  // the extraction pipeline, in data-flow order
  'decode', 'parse', 'metadata', 'clean', 'blocks', 'locate', 'title', 'site', 'frame', 'fields', 'sections', 'references', 'facts',
  // the composer that runs them, and the explanation of a run
  'extract', 'explain',
] as const;

/** Outer layers: they may import the pipeline and each other (without a cycle); the pipeline never imports them. */
export const OUTER_LAYERS = ['serialize', 'table', 'feeds', 'listing', 'fetch', 'crawl', 'batch', 'crawlee', 'inspect', 'cli', 'entries', 'index'] as const;

/** A module (path relative to `src/`, e.g. `frame/index.ts`) and what it imports (same form). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return listTs(p);
    return name.endsWith('.ts') ? [p] : [];
  });
}

/** Reads the relative imports of every `.ts` file under `srcDir`. */
export function readImportGraph(srcDir: string): ImportGraph {
  const root = resolve(srcDir);
  const graph = new Map<string, string[]>();
  for (const file of listTs(root)) {
    const code = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const m of code.matchAll(IMPORT)) {
      const spec = m[1]!.replace(/\.js$/, '.ts');
      let target = resolve(dirname(file), spec);
      if (!target.endsWith('.ts')) target = join(target, 'index.ts');
      targets.push(relative(root, target));
    }
    graph.set(relative(root, file), targets);
  }
  return graph;
}

/** The layer of a module: its top folder, or its file name for a file at the top (`extract.ts` → `extract`). */
export function layerOf(module: string): string {
  const [head, ...rest] = module.split('/');
  return rest.length ? head! : head!.replace(/\.ts$/, '');
}

export interface RuleOptions {
  order?: readonly string[];
  outer?: readonly string[];
}

/** Every break of the rule, one line each; [] when the graph keeps it. */
export function checkArchitecture(graph: ImportGraph, options: RuleOptions = {}): string[] {
  const order = options.order ?? STAGE_ORDER;
  const outer = new Set(options.outer ?? OUTER_LAYERS);
  const rank = new Map(order.map((l, i) => [l, i]));
  const problems: string[] = [];
  const folderEdges = new Map<string, Set<string>>();
  for (const [from, targets] of graph) {
    const a = layerOf(from);
    if (!rank.has(a) && !outer.has(a)) problems.push(`${from}: layer "${a}" is in neither the stage order nor the outer layers`);
    for (const to of targets) {
      const b = layerOf(to);
      if (a === b) continue;
      if (!folderEdges.has(a)) folderEdges.set(a, new Set());
      folderEdges.get(a)!.add(b);
      if (outer.has(a)) continue;
      if (outer.has(b)) problems.push(`${from} imports ${to}: the pipeline imports an outer layer ("${b}")`);
      else if (rank.has(a) && rank.has(b) && rank.get(b)! > rank.get(a)!) {
        problems.push(`${from} imports ${to}: "${a}" runs before "${b}"`);
      }
    }
  }
  for (const cycle of folderCycles(folderEdges)) problems.push(`folder-level cycle: ${cycle.join(' → ')} → ${cycle[0]}`);
  return problems;
}

/** The strongly connected components of more than one folder (Tarjan), each in visiting order. */
export function folderCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next); low.set(v, next); next++;
    stack.push(v); onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); scc.unshift(w); } while (w !== v);
      if (scc.length > 1) out.push(scc);
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return out;
}
