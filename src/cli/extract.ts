/**
 * `ward-news extract`: pages (files, URLs or stdin) to articles as JSON, JSON Lines,
 * Markdown or plain text. A failed input is reported on stderr (and, in JSON Lines, as its
 * own `error` line) and the others go on; the exit code is then 1.
 */
import { once } from 'node:events';
import { constants, readFileSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { extractMany, type BatchInput } from '../batch/index.js';
import { warcInputs } from '../batch/warc.js';
import type { FetchOptions } from '../fetch/index.js';
import { ARTICLE_FORMATS, type ArticleFormat } from '../serialize/render.js';
import { markFailed, oneLine, UsageError } from './exit.js';
import { readHere, isUrl, readInput, stdinIsPiped, type InputBytes } from './inputs.js';
import { oneOf, wholeNumber } from './options.js';
import { progressBar } from './progress.js';
import { readSiteProfile } from '../site/index.js';
import type { SiteProfile } from '../types.js';

interface ExtractCliOptions {
  url?: string;
  format: ArticleFormat;
  jobs: number;
  warc?: string;
  allowPrivate?: boolean;
  quiet?: boolean;
  site?: string;
  learn: boolean;
}

/**
 * The inputs as batch inputs, read lazily as `extractMany` asks for them. Files are read by
 * the worker threads (`.gz` and `.warc` files here, to decompress or refuse them); URLs are fetched one after
 * another, to spare the portals. `stdin` holds standard input when it was read already.
 */
function* pageInputs(
  specs: readonly string[], url: string | undefined, fetch: FetchOptions, stdin?: Uint8Array,
): Generator<BatchInput | Promise<BatchInput>> {
  let fetching: Promise<unknown> = Promise.resolve();
  for (const spec of specs) {
    if (spec !== '-' && !isUrl(spec) && !readHere(spec)) {
      yield url ? { id: spec, file: spec, url } : { id: spec, file: spec };
      continue;
    }
    const reading = (): Promise<InputBytes> => (spec === '-' && stdin ? Promise.resolve({ body: stdin }) : readInput(spec, fetch));
    const read = isUrl(spec) ? fetching.then(reading) : reading();
    if (isUrl(spec)) fetching = read.catch(() => undefined);
    yield read.then(
      (input) => {
        const page: BatchInput = { id: spec, body: input.body };
        const pageUrl = url ?? input.url;
        if (pageUrl) page.url = pageUrl;
        if (input.contentType) page.contentType = input.contentType;
        return page;
      },
      // Failed reads keep their input's name (a rejection alone would lose it).
      (e: unknown) => ({ id: spec, error: e instanceof Error ? e : new Error(String(e)) }),
    );
  }
}

/** Writes to stdout, waiting when the pipe is full so that output never piles up in memory. */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** The code of a failure: `ExtractError`, `FetchError`, … codes, `ENOENT` and the like, else its name. */
function codeOf(err: Error): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && code ? code : err.name === 'Error' ? 'ERROR' : err.name;
}

/** A JSON Lines line of an article, `input` first: the serialized article is an object literal. */
const withInput = (input: string, line: string): string => `{"input":${JSON.stringify(input)},${line.slice(1)}`;

const EXAMPLES = `
Examples:
  ward-news extract page.html
  ward-news extract a.html b.html.gz --format jsonl > articles.jsonl
  ward-news extract pages/*.html --jobs 4 --format jsonl > articles.jsonl
  ward-news extract --warc crawl.warc.gz --format jsonl > articles.jsonl
  curl -s https://example.gov.vn/tin-tuc/1 | ward-news extract --url https://example.gov.vn/tin-tuc/1

JSON Lines (several inputs, or --format jsonl) hold one line per input, in order, each with
"input"; a failed input's line is {"input": …, "error": {"code": …, "message": …}}.
Compressed or binary files are refused by name (COMPRESSED, BINARY); .gz files and gzip on
stdin are decompressed. Progress goes to stderr on a terminal, for several inputs.

Exit status: 0 every input extracted; 1 some input failed (each named on stderr, the others
still processed); 2 usage error.`;

/** Adds the `extract` command to the program. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract the article of each page: a file, an http(s) URL, or - for stdin (read when piped and no input is named).')
    .argument('[inputs...]', 'page files (.gz too), URLs, or - (stdin)')
    .option('--url <url>', 'the URL the page(s) came from: resolves relative links, becomes "url"')
    .option('--format <format>', 'json (one input: an object; several: JSON Lines), jsonl, markdown, text', oneOf(ARTICLE_FORMATS), 'json')
    .option('-j, --jobs <n>', 'worker threads extracting at once (1: in this process)', wholeNumber(1), availableParallelism())
    .option('--warc <file>', 'extract the article pages archived in a WARC or WET file (.warc, .warc.gz, .warc.wet.gz; any tool) instead of inputs')
    .option('--site <profile>', 'a site profile from `ward-news learn`: the site\'s template lines leave the text')
    .option('--no-learn', 'do not learn a site profile per host from the pages themselves (with --warc, or URLs)')
    .option('--allow-private', 'allow fetching from loopback and private-network addresses (refused by default)')
    .option('-q, --quiet', 'no progress bar (it only shows on a terminal anyway)')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: ExtractCliOptions) => {
      if (inputs.length > 0 && opts.warc) throw new UsageError('extract', 'give page inputs or --warc <file>, not both');
      let stdin: Uint8Array | undefined;
      if (inputs.length === 0 && !opts.warc) {
        stdin = stdinIsPiped() ? (await readInput('-')).body : undefined;
        if (!stdin?.length) throw new UsageError('extract', 'no input: name page files or URLs, pipe a page to stdin, or give --warc <file>');
        inputs = ['-'];
      }
      let site: SiteProfile | undefined;
      if (opts.site) {
        try { site = readSiteProfile(readFileSync(opts.site, 'utf8')); } catch (e) {
          process.stderr.write(`ward-news extract: --site ${opts.site}: ${oneLine(e)} (${codeOf(e instanceof Error ? e : new Error(String(e)))})\n`);
          markFailed();
          return;
        }
      }
      await run(inputs, opts, stdin, site);
    });
}

async function run(inputs: string[], opts: ExtractCliOptions, stdin: Uint8Array | undefined, site: SiteProfile | undefined): Promise<void> {
  const single = inputs.length === 1 && !opts.warc;
  const separator = opts.format === 'markdown' && !single ? '\n---\n\n' : '';
  const fetch = opts.allowPrivate ? { allowAddress: () => true } : {};
  const source = opts.warc ? warcInputs(opts.warc) : pageInputs(inputs, opts.url, fetch, stdin);
  const jobs = opts.warc ? opts.jobs : Math.min(opts.jobs, inputs.length);
  // JSON is indented for a single input, JSON Lines for several.
  const output = opts.format === 'json' && !single ? 'jsonl' : opts.format;
  const bar = progressBar('extract', opts.warc ? undefined : inputs.length, !single && !opts.quiet);
  let written = 0;
  let failed = 0;
  try {
    for await (const r of extractMany(source, { jobs, output, ...(site ? { site } : {}), ...(opts.learn ? {} : { learnSites: 0 }) })) {
      const input = r.id ?? inputs[r.index] ?? String(r.index);
      if ('error' in r) {
        failed++;
        const code = codeOf(r.error);
        const full = oneLine(r.error);
        // A message that starts with the input's name (a WarcError's path) does not repeat it.
        const message = full.startsWith(`${input}: `) ? full.slice(input.length + 2) : full;
        bar.log(`ward-news extract: ${input}: ${message} (${code})`);
        if (output === 'jsonl') await write(`${JSON.stringify({ input, error: { code, message } })}\n`);
      } else {
        await write((written++ ? separator : '') + (output === 'jsonl' ? withInput(input, r.text) : r.text));
      }
      bar.tick(failed);
    }
  } finally {
    bar.stop();
  }
  if (failed) markFailed();
}
