/**
 * `ward-news extract`: pages (files, URLs or stdin) to articles as JSON, JSON Lines,
 * Markdown or plain text. A failed input is reported on stderr and the others go on;
 * the exit code is then 1.
 */
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { extractMany, type BatchInput } from '../batch/index.js';
import { warcInputs } from '../batch/warc.js';
import type { FetchOptions } from '../fetch/index.js';
import { ARTICLE_FORMATS, type ArticleFormat } from '../serialize/render.js';
import { isUrl, readInput } from './inputs.js';
import { oneOf, wholeNumber } from './options.js';
import { readFileSync } from 'node:fs';
import { readSiteProfile } from '../site/index.js';
import type { SiteProfile } from '../types.js';

interface ExtractCliOptions {
  url?: string;
  format: ArticleFormat;
  jobs: number;
  warc?: string;
  allowPrivate?: boolean;
  site?: string;
  learn: boolean;
}

/**
 * The inputs as batch inputs, read lazily as `extractMany` asks for them. Files are read by
 * the worker threads; URLs are fetched one after another, to spare the portals.
 */
function* pageInputs(specs: readonly string[], url: string | undefined, fetch: FetchOptions): Generator<BatchInput | Promise<BatchInput>> {
  let fetching: Promise<unknown> = Promise.resolve();
  for (const spec of specs) {
    if (spec !== '-' && !isUrl(spec)) {
      yield url ? { id: spec, file: spec, url } : { id: spec, file: spec };
      continue;
    }
    const read = isUrl(spec) ? fetching.then(() => readInput(spec, fetch)) : readInput(spec, fetch);
    if (isUrl(spec)) fetching = read.catch(() => undefined);
    yield read.then((input) => {
      const page: BatchInput = { id: spec, body: input.body };
      const pageUrl = url ?? input.url;
      if (pageUrl) page.url = pageUrl;
      if (input.contentType) page.contentType = input.contentType;
      return page;
    });
  }
}

/** Writes to stdout, waiting when the pipe is full so that output never piles up in memory. */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** One line for a failed input: its message (without the input's name when the message starts with it) and code. */
function describe(err: unknown, id: string): string {
  if (!(err instanceof Error)) return String(err);
  const message = err.message.startsWith(`${id}: `) ? err.message.slice(id.length + 2) : err.message;
  return 'code' in err && err.code ? `${message} (${String(err.code)})` : message;
}

/** Adds the `extract` command to the program. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract the article of each page: a file, an http(s) URL, or - for stdin.')
    .argument('[inputs...]', 'page files, URLs, or - (stdin)')
    .option('--url <url>', 'the URL the page(s) came from: resolves relative links, becomes "url"')
    .option('--format <format>', 'json (one input: an object; several: JSON Lines), jsonl, markdown, text', oneOf(ARTICLE_FORMATS), 'json')
    .option('-j, --jobs <n>', 'worker threads extracting at once (1: in this process)', wholeNumber(1), availableParallelism())
    .option('--warc <file>', 'extract the article pages archived in a WARC or WET file (.warc, .warc.gz, .warc.wet.gz; any tool) instead of inputs')
    .option('--site <profile>', 'a site profile from `ward-news learn`: the site\'s template lines leave the text')
    .option('--no-learn', 'do not learn a site profile per host from the pages themselves (with --warc, or URLs)')
    .option('--allow-private', 'allow fetching from loopback and private-network addresses (refused by default)')
    .addHelpText('after', `
Examples:
  ward-news extract fixtures/ward/wordpress-02-dien-ngoc-nha-dai-doan-ket/page.html
  ward-news extract a.html b.html --format jsonl > articles.jsonl
  ward-news extract pages/*.html --jobs 4 --format jsonl > articles.jsonl
  ward-news extract --warc crawl.warc.gz --format jsonl > articles.jsonl
  curl -s https://example.gov.vn/tin-tuc/1 | ward-news extract - --url https://example.gov.vn/tin-tuc/1

Exit status: 0 when every input was extracted, 1 when any failed (each failure is
reported on stderr in one line; the other inputs are still processed; with --warc, an
archive that is missing, not a WARC, truncated or corrupt is a failure after its readable
records), 2 for a usage error.`)
    .action(async (inputs: string[], opts: ExtractCliOptions, command: Command) => {
      if ((inputs.length > 0) === Boolean(opts.warc)) command.error('error: give page inputs or --warc <file> (one of the two)', { exitCode: 2 });
      const single = inputs.length === 1 && !opts.warc;
      const separator = opts.format === 'markdown' && !single ? '\n---\n\n' : '';
      const fetch = opts.allowPrivate ? { allowAddress: () => true } : {};
      const source = opts.warc ? warcInputs(opts.warc) : pageInputs(inputs, opts.url, fetch);
      const jobs = opts.warc ? opts.jobs : Math.min(opts.jobs, inputs.length);
      let site: SiteProfile | undefined;
      if (opts.site) {
        try { site = readSiteProfile(readFileSync(opts.site, 'utf8')); } catch (e) {
          process.stderr.write(`ward-news: --site ${opts.site}: ${describe(e, opts.site)}\n`);
          process.exitCode = 1;
          return;
        }
      }
      let failed = 0;
      let written = 0;
      // JSON is indented for a single input, JSON Lines for several.
      const output = opts.format === 'json' && !single ? 'jsonl' : opts.format;
      for await (const r of extractMany(source, { jobs, output, ...(site ? { site } : {}), ...(opts.learn ? {} : { learnSites: 0 }) })) {
        if ('error' in r) {
          failed++;
          const id = r.id ?? inputs[r.index] ?? '';
          process.stderr.write(`ward-news: ${id}: ${describe(r.error, id)}\n`);
        } else {
          await write((written++ ? separator : '') + r.text);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
