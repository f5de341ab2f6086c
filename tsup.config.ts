import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The library's entries: `ward-news` (the extraction pipeline, serializers, listings: no
 * feed or network code) and one subpath per outer layer that pulls heavy dependencies in,
 * so that `import { extract } from 'ward-news'` loads none of them.
 */
export const libraryEntries = {
  index: 'src/index.ts',
  feeds: 'src/entries/feeds.ts', // fast-xml-parser
  fetch: 'src/entries/fetch.ts', // undici
  crawl: 'src/entries/crawl.ts', // robots-parser, warcio
  batch: 'src/entries/batch.ts', // piscina
  crawlee: 'src/crawlee/index.ts', // crawlee (an optional peer)
};

const common: Options = {
  target: 'node20',
  // Shared code is one chunk that every entry imports, not a copy per bundle.
  splitting: true,
  // The User-Agent's version, instead of bundling package.json.
  define: { __WARD_NEWS_VERSION__: JSON.stringify(version) },
  // Only for the `parser: 'parse5'` option of the benchmarks (a dev dependency, required on use).
  external: ['parse5', 'parse5-htmlparser2-tree-adapter'],
  // Source maps stay out of the package: the code is unminified, so stack traces already read.
  sourcemap: false,
};

export default defineConfig([
  {
    ...common,
    // The CLI and the batch worker thread share the library's chunks.
    entry: { ...libraryEntries, cli: 'src/cli/index.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    dts: { entry: libraryEntries },
    clean: true,
  },
  {
    ...common,
    entry: libraryEntries,
    format: ['cjs'],
    shims: true, // import.meta.url in the CJS build: extractMany finds its worker script by it
    dts: { entry: libraryEntries },
  },
]);
