/**
 * The built package's entries (test/support/build.ts builds them once per run): the main
 * entry loads the extraction pipeline and none of the network, crawl, WARC, thread or CLI
 * dependencies; each subpath loads; shared code is one chunk, not a copy per entry.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryEntries } from '../tsup.config.js';

const BUILD = join(import.meta.dirname, '..', '.test-build');
const HEAVY = ['undici', 'piscina', 'warcio', 'parse5', 'commander', 'cli-progress', 'robots-parser', 'crawlee'];
// The feed writers' and reader's XML library: `ward-news/feeds` loads it, the main entry does not.
const FEED_ONLY = ['fast-xml-parser', 'fast-xml-builder'];

/** The npm packages a fresh Node process has loaded after `require(file)` (from `require.cache`). */
function packagesLoadedBy(file: string): string[] {
  const script = `require(${JSON.stringify(file)});
    const names = Object.keys(require.cache).map((f) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(f)?.[1]).filter(Boolean);
    process.stdout.write(JSON.stringify([...new Set(names)].sort()));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
}

/**
 * The npm packages an ES module of the build imports statically, following its imports of
 * other files of the build (an `import()` loads on use, so it is not followed).
 */
function packagesImportedBy(file: string): string[] {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const m of readFileSync(path, 'utf8').matchAll(/^(?:import|export)\b[^;'"]*?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('./')) visit(join(dirname(path), spec));
      else if (!spec.startsWith('node:') && !builtinModules.includes(spec)) packages.add(/^(?:@[^/]+\/)?[^/]+/.exec(spec)![0]);
    }
  };
  visit(file);
  return [...packages].sort();
}

describe('the built package', () => {
  it("require('ward-news') loads the pipeline's parsers and decoders, and none of the heavy or feed-only dependencies", () => {
    const loaded = packagesLoadedBy(join(BUILD, 'index.cjs'));
    expect(loaded).toEqual(expect.arrayContaining(['htmlparser2', 'domhandler']));
    expect(loaded.filter((p) => HEAVY.includes(p) || FEED_ONLY.includes(p))).toEqual([]);
  });

  it("import('ward-news') reaches none of them through its static imports", () => {
    const reached = packagesImportedBy(join(BUILD, 'index.js'));
    expect(reached).toEqual(expect.arrayContaining(['htmlparser2', 'domhandler']));
    expect(reached.filter((p) => HEAVY.includes(p) || FEED_ONLY.includes(p))).toEqual([]);
  });

  it('the subpaths load what they are for', () => {
    expect(packagesLoadedBy(join(BUILD, 'feeds.cjs'))).toContain('fast-xml-parser');
    expect(packagesLoadedBy(join(BUILD, 'fetch.cjs'))).toContain('undici');
    expect(packagesLoadedBy(join(BUILD, 'crawl.cjs'))).toEqual(expect.arrayContaining(['robots-parser', 'warcio']));
    expect(packagesLoadedBy(join(BUILD, 'batch.cjs'))).toContain('piscina');
  });

  it('every entry exports what its documentation names, in both formats', async () => {
    const names: Record<string, string[]> = {
      index: ['extract', 'extractFacts', 'parseVietnameseNumber', 'extractDocumentRefs', 'findDocumentRefs', 'renderArticle', 'renderArticleHtml', 'extractListing', 'ExtractError', 'FetchError'],
      feeds: ['toRss', 'toAtom', 'toJsonFeed', 'parseFeed', 'mergeFeed', 'FeedError'],
      fetch: ['fetchPage', 'fetchArticle', 'createAgent', 'userAgent', 'AddressNotAllowedError', 'isPublicAddress', 'FetchError'],
      crawl: ['crawl', 'Politeness', 'canonicalUrl', 'WarcWriter', 'readWarc', 'extractWarc'],
      batch: ['extractMany', 'warcInputs'],
    };
    for (const [entry, exported] of Object.entries(names)) {
      const esm = await import(join(BUILD, `${entry}.js`)) as Record<string, unknown>;
      const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(join(BUILD, `${entry}.cjs`))}))))`;
      const cjs = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
      for (const name of exported) {
        expect(typeof esm[name], `${entry}.js ${name}`).toBe('function');
        expect(cjs, `${entry}.cjs`).toContain(name);
      }
    }
    expect(Object.keys(libraryEntries).sort()).toEqual([...Object.keys(names), 'crawlee'].sort());
  });

  it('shared code is one chunk: the pipeline is in one file of each format, and package.json is not bundled', () => {
    const files = readdirSync(BUILD).filter((f) => /\.(c?js)$/.test(f));
    for (const ext of ['.js', '.cjs']) {
      const holding = files.filter((f) => f.endsWith(ext) && readFileSync(join(BUILD, f), 'utf8').includes('function linearize('));
      expect(holding, ext).toHaveLength(1);
    }
    for (const f of files) expect(readFileSync(join(BUILD, f), 'utf8'), f).not.toContain('"prepublishOnly"');
  });
});
