// One adapter per contender: how to call it on a page, and how to map its output to our
// fields (title, publishedAt, author, body text) as fairly as each library allows.
// Every adapter imports its library in init(), so that a process measuring one library's
// memory loads no other.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlToText } from './html-text.mjs';
import { ROOT } from './pages.mjs';

// No benchmark may touch the network: defuddle has site extractors that fetch third-party
// APIs (disabled below with useAsync: false); this makes any leftover attempt fail loudly.
globalThis.fetch = async (url) => {
  throw new Error(`bench: network access refused (${String(url)})`);
};

const require = createRequire(import.meta.url);
/** Installed version of a package, for the tables. */
export function versionOf(pkg) {
  try {
    return require(`${pkg}/package.json`).version;
  } catch {
    // packages whose exports map hides package.json: read it from node_modules
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  }
}

/**
 * @typedef {object} Fields
 * @property {string} title
 * @property {string|null} publishedAt  as the library gives it (normalised by fields.mjs)
 * @property {string|null} author
 * @property {string} text
 */
/**
 * @typedef {object} Adapter
 * @property {string} name       short key (CLI, file names)
 * @property {string} label      table label
 * @property {'floor'|'extractor'} kind
 * @property {string} version
 * @property {boolean} [ours]
 * @property {() => Promise<void>} init   loads the library and sets run
 * @property {(page: import('./pages.mjs').Page, input?: string|Buffer) => unknown} run
 *           the timed call (may return a promise); input defaults to page.html
 * @property {(out: any) => Fields} [fields]  maps run's result to our fields (extractors only)
 */

/** The parse floors: building the DOM an extractor starts from, and nothing else. */
function floorSpecs() {
  return [
    {
      name: 'htmlparser2', label: 'htmlparser2.parseDocument (floor)', kind: 'floor',
      version: versionOf('htmlparser2'),
      async init() {
        const { parseDocument } = await import('htmlparser2');
        this.run = (page, input = page.html) => parseDocument(input);
      },
    },
    {
      name: 'cheerio', label: 'cheerio.load, parse5 (floor)', kind: 'floor',
      version: versionOf('cheerio'),
      async init() {
        const cheerio = await import('cheerio');
        this.run = (page, input = page.html) => cheerio.load(input);
      },
    },
  ];
}

/** The peers, each used the way its documentation shows for Node. */
function peerSpecs() {
  return [
    {
      name: 'readability', label: 'Readability + jsdom', kind: 'extractor',
      version: `${versionOf('@mozilla/readability')} / jsdom ${versionOf('jsdom')}`,
      async init() {
        const { JSDOM, VirtualConsole } = await import('jsdom');
        const { Readability } = await import('@mozilla/readability');
        // jsdom reports every stylesheet it cannot parse: noise here, not a failure
        const virtualConsole = new VirtualConsole();
        virtualConsole.on('error', () => {});
        virtualConsole.on('jsdomError', () => {});
        this.run = (page, input = page.html) => {
          const dom = new JSDOM(input, { url: page.url, virtualConsole });
          try {
            return new Readability(dom.window.document).parse();
          } finally {
            dom.window.close();
          }
        };
      },
      fields: (r) => ({
        title: r?.title ?? '',
        publishedAt: r?.publishedTime ?? null,
        author: r?.byline ?? null,
        text: r?.textContent ?? '',
      }),
    },
    {
      name: 'defuddle', label: 'Defuddle + linkedom', kind: 'extractor',
      version: `${versionOf('defuddle')} / linkedom ${versionOf('linkedom')}`,
      async init() {
        const { Defuddle } = await import('defuddle/node');
        const { parseHTML } = await import('linkedom');
        this.run = (page, input = page.html) => {
          const { document } = parseHTML(input);
          // the polyfills defuddle applies itself when it parses with linkedom
          if (!document.styleSheets) document.styleSheets = [];
          if (document.defaultView && !document.defaultView.getComputedStyle) {
            document.defaultView.getComputedStyle = () => ({ display: '' });
          }
          document.URL = page.url;
          return Defuddle(document, page.url, { useAsync: false });
        };
      },
      fields: (r) => ({
        title: r?.title ?? '',
        publishedAt: r?.published || null,
        author: r?.author || null,
        text: htmlToText(r?.content ?? ''),
      }),
    },
    {
      name: 'extractus', label: '@extractus/article-extractor', kind: 'extractor',
      version: versionOf('@extractus/article-extractor'),
      async init() {
        const { extractFromHtml } = await import('@extractus/article-extractor');
        this.run = (page, input = page.html) => extractFromHtml(input, page.url);
      },
      fields: (r) => ({
        title: r?.title ?? '',
        publishedAt: r?.published || null,
        author: r?.author || null,
        text: htmlToText(r?.content ?? ''),
      }),
    },
  ];
}

/**
 * Where our built package lives: `--entry <file>` or WARD_NEWS_ENTRY, else `dist/index.js`
 * (run `npm run build` first; the npm scripts do).
 */
export function oursEntry(argv = process.argv) {
  const i = argv.indexOf('--entry');
  if (i >= 0 && argv[i + 1]) return argv[i + 1];
  return process.env.WARD_NEWS_ENTRY || join(ROOT, 'dist', 'index.js');
}

/**
 * The non-default parsers `extract` accepts as `options.parser`: read from `ExtractOptions`
 * in src/types.ts (`parser?: ...`) or, while the option is internal, from `ParserName` in
 * src/parse/index.ts. htmlparser2 is the default and is left out.
 */
export function extraParsers() {
  const read = (file) => (existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8') : '');
  const m = /\bparser\?:\s*([^;\n]+)/.exec(read('src/types.ts'))
    ?? /\btype ParserName\s*=\s*([^;\n]+)/.exec(read('src/parse/index.ts'));
  if (!m) return [];
  return [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]).filter((p) => p !== 'htmlparser2');
}

/** Our extract: the default, plus one adapter per other parser; [] when the build is missing. */
function oursSpecs(argv) {
  const entry = oursEntry(argv);
  if (!existsSync(entry)) {
    console.error(`ward-news build not found at ${entry}: run \`npm run build\` first; `
      + 'measuring the peers only.');
    return [];
  }
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  return [null, ...extraParsers()].map((parser) => ({
    name: parser ? `ours-${parser}` : 'ours',
    label: parser ? `ward-news extract (${parser})` : 'ward-news extract (htmlparser2)',
    kind: 'extractor',
    ours: true,
    parser: parser ?? 'htmlparser2',
    version,
    async init() {
      const { extract } = await import(pathToFileURL(entry).href);
      if (typeof extract !== 'function') throw new Error(`${entry} exports no extract()`);
      const opts = parser ? { parser } : {};
      this.run = (page, input = page.html) => extract(input, { url: page.url, ...opts });
    },
    fields: (a) => ({
      title: a?.title ?? '',
      publishedAt: a?.publishedAt ?? null,
      author: a?.author ?? null,
      text: a?.text ?? '',
    }),
  }));
}

/**
 * The contenders, initialised: ours first, then the floors, then the peers.
 * @param {{ names?: string[] | null, kinds?: string[] }} [filter]
 * @returns {Promise<Adapter[]>}
 */
export async function loadAdapters({ names = null, kinds = ['floor', 'extractor'] } = {}, argv = process.argv) {
  const specs = [...oursSpecs(argv), ...floorSpecs(), ...peerSpecs()]
    .filter((a) => kinds.includes(a.kind) && (!names || names.includes(a.name)));
  for (const a of specs) await a.init();
  return specs;
}
