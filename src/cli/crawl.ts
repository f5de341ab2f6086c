/**
 * `ward-news crawl`: crawl portals' listing pages into a JSON Lines file of articles,
 * optionally archiving every exchange to WARC and resuming from a state journal.
 */
import { closeSync, createReadStream, existsSync, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import { canonicalUrl, crawl, type CrawlOptions } from '../crawl/index.js';
import { cutTornTail } from '../crawl/journal.js';
import { FetchError, ExtractError } from '../errors.js';
import { markFailed, oneLine, signalExit, UsageError } from './exit.js';
import { wholeNumber } from './options.js';

interface CrawlCommandOptions {
  out: string;
  warc?: string;
  state?: string;
  since?: string;
  maxArticles?: number;
  maxPages?: number;
  concurrency?: number;
  interval?: number;
  contact?: string;
  feeds?: boolean;
  sites?: string;
  learn: boolean;
  allowPrivate?: boolean;
  timeout?: number;
  idleTimeout?: number;
  deadline?: number;
  retries?: number;
  retryDelay?: number;
  quiet?: boolean;
}

const positiveInt = wholeNumber(1);
const nonNegativeInt = wholeNumber(0);

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected YYYY-MM-DD');
  return value;
}

/**
 * Opens the output for appending after a killed run: a torn last line is cut and the URLs
 * already written are collected (streaming, so a large output costs no memory beyond them).
 */
async function openOutput(path: string, resume: boolean): Promise<{ fd: number; written: Set<string> }> {
  const written = new Set<string>();
  if (!resume || !existsSync(path)) return { fd: openSync(path, 'w'), written };
  const fd = openSync(path, 'a+');
  if (cutTornTail(fd) === 0) return { fd, written };
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    try {
      const url = (JSON.parse(line) as { url?: unknown }).url;
      // Results are keyed by canonical URL; Article.url is the URL as fetched.
      if (typeof url === 'string') written.add(canonicalUrl(url) ?? url);
    } catch {
      // Not an article line: keep it, it just does not count as written.
    }
  }
  return { fd, written };
}

function errorCode(e: Error): string {
  return e instanceof FetchError || e instanceof ExtractError ? e.code : 'INTERNAL';
}

/** The start URLs as http(s) URLs with a host; anything else is a usage error naming it. */
function checkStartUrls(urls: readonly string[]): void {
  for (const u of urls) {
    let url: URL | null = null;
    try {
      url = new URL(u);
    } catch {
      // Not a URL at all: reported below.
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
      throw new UsageError('crawl', `${u}: not an http(s) URL of a listing page`);
    }
  }
}

/** The crawl's options from the command line's. */
function crawlOptions(opts: CrawlCommandOptions, signal: AbortSignal, toStdout: boolean): CrawlOptions {
  const options: CrawlOptions = { replay: opts.state !== undefined && !toStdout, signal, fetch: {} };
  options.sites = { ...(opts.learn ? {} : { learn: 0 }), ...(opts.sites ? { dir: opts.sites } : {}) };
  if (opts.warc !== undefined) options.warc = opts.warc;
  if (opts.state !== undefined) options.state = opts.state;
  if (opts.since !== undefined) options.since = opts.since;
  if (opts.maxArticles !== undefined) options.maxArticles = opts.maxArticles;
  if (opts.maxPages !== undefined) options.maxPages = opts.maxPages;
  if (opts.concurrency !== undefined) options.concurrency = opts.concurrency;
  if (opts.interval !== undefined) options.interval = opts.interval;
  if (opts.contact !== undefined) options.fetch!.contact = opts.contact;
  if (opts.feeds) options.feeds = true;
  if (opts.allowPrivate) options.fetch!.allowAddress = () => true;
  if (opts.timeout !== undefined) options.fetch!.timeout = opts.timeout;
  if (opts.idleTimeout !== undefined) {
    options.fetch!.connectTimeout = opts.idleTimeout;
    options.fetch!.headersTimeout = opts.idleTimeout;
    options.fetch!.bodyTimeout = opts.idleTimeout;
  }
  if (opts.deadline !== undefined) options.fetch!.deadline = opts.deadline;
  if (opts.retries !== undefined) options.fetch!.retries = opts.retries;
  if (opts.retryDelay !== undefined) options.fetch!.retryDelay = opts.retryDelay;
  return options;
}

/**
 * SIGINT / SIGTERM: the first stops the crawl cleanly (requests in flight finish, their
 * articles are written, the summary and the state too); a second one exits at once (the
 * journal is written synchronously, so the state is whole either way).
 */
function onSignals(abort: AbortController): { signal: () => NodeJS.Signals | undefined; off: () => void } {
  let received: NodeJS.Signals | undefined;
  const handler = (sig: NodeJS.Signals): void => {
    if (received) {
      process.stderr.write('ward-news crawl: stopped at once (state kept)\n');
      process.exit(signalExit(received));
    }
    received = sig;
    process.stderr.write('\nward-news crawl: stopping: finishing the requests in flight (again to stop at once)…\n');
    abort.abort(new DOMException(`${sig} received`, 'AbortError'));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: () => received,
    off: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}

async function run(urls: string[], opts: CrawlCommandOptions): Promise<void> {
  checkStartUrls(urls);
  const toStdout = opts.out === '-';
  const { fd, written } = toStdout ? { fd: 1, written: new Set<string>() } : await openOutput(opts.out, opts.state !== undefined);
  const abort = new AbortController();
  const signals = onSignals(abort);
  const options = crawlOptions(opts, abort.signal, toStdout);

  const tty = process.stderr.isTTY === true && !opts.quiet;
  const bar = tty
    ? new cliProgress.SingleBar({
      format: 'crawl | pages {pages} | articles {value} | errors {errors} | {rate}/min | {duration_formatted}',
      stream: process.stderr, hideCursor: true,
    })
    : undefined;
  const started = performance.now();
  const counts = { pages: 0, fresh: 0, resumed: 0, errors: new Map<string, number>() };
  const errorTotal = (): number => [...counts.errors.values()].reduce((a, b) => a + b, 0);
  const rate = (): string => (counts.fresh / Math.max(1e-9, (performance.now() - started) / 60_000)).toFixed(1);
  let crashed: unknown;
  bar?.start(0, 0, { pages: 0, errors: 0, rate: '0.0' });
  try {
    for await (const r of crawl(urls, options)) {
      if (r.type === 'listing') counts.pages++;
      else if (r.type === 'error') {
        const code = errorCode(r.error);
        counts.errors.set(code, (counts.errors.get(code) ?? 0) + 1);
        if (!bar) process.stderr.write(`ward-news crawl: ${r.url}: ${r.stage} ${code}: ${oneLine(r.error)}\n`);
      } else if (!written.has(r.url)) {
        writeSync(fd, `${JSON.stringify(r.article)}\n`);
        written.add(r.url);
        if (r.replayed) counts.resumed++;
        else counts.fresh++;
      }
      bar?.update(counts.fresh + counts.resumed, { pages: counts.pages, errors: errorTotal(), rate: rate() });
    }
  } catch (e) {
    // The crawl's own stop (its signal's reason) is the expected end of an interrupted run.
    if (!abort.signal.aborted) crashed = e;
  } finally {
    bar?.stop();
    signals.off();
    if (!toStdout) closeSync(fd);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const errs = [...counts.errors].map(([c, n]) => `${c} ${n}`).join(', ');
  const stopped = signals.signal();
  process.stderr.write(
    `ward-news crawl: ${counts.fresh} new article(s)${counts.resumed ? `, ${counts.resumed} recovered from the state` : ''}, ` +
    `${counts.pages} listing page(s), ${errorTotal()} error(s)${errs ? ` (${errs})` : ''} in ${seconds} s` +
    `${toStdout ? '' : ` -> ${opts.out}`}` +
    `${stopped ? ` (interrupted${opts.state ? '; rerun with the same --state to resume' : ''})` : ''}\n`,
  );
  if (crashed !== undefined) throw crashed;
  if (stopped) process.exitCode = signalExit(stopped);
  else if (errorTotal() > 0) markFailed();
}

/** Registers `ward-news crawl <listing-url>...`. */
export function registerCrawl(program: Command): void {
  program
    .command('crawl')
    .description('Crawl portals from their listing pages (following pagination) into JSON Lines of articles.')
    .argument('<listing-url...>', 'category pages to start from, e.g. a portal\'s "Tin tức" page')
    .requiredOption('-o, --out <file>', 'articles, one JSON object per line ("-" for stdout)')
    .option('--warc <file>', 'append every request and response to this WARC file (.warc.gz: compressed)')
    .option('--state <file>', 'journal file: rerun with the same file to resume a stopped crawl')
    .option('--since <YYYY-MM-DD>', 'skip articles published before this day', isoDay)
    .option('--max-articles <n>', 'stop after this many articles', positiveInt)
    .option('--max-pages <n>', 'read at most this many listing pages', positiveInt)
    .option('--concurrency <n>', 'requests in flight across all hosts (default 8)', positiveInt)
    .option('--interval <ms>', 'minimum time between two requests to one host (default 1000)', nonNegativeInt)
    .option('--timeout <ms>', 'deadline of one attempt, connect to last byte: stops a dripping server (default 120000)', positiveInt)
    .option('--idle-timeout <ms>', 'longest silence allowed while connecting, waiting for headers or between body chunks (default 20000; connect 10000)', positiveInt)
    .option('--retries <n>', 'further attempts after a network error, a timeout, 408, 429 or 5xx (default 3)', nonNegativeInt)
    .option('--retry-delay <ms>', 'first backoff before a retry, doubled each time (default 1000)', nonNegativeInt)
    .option('--deadline <ms>', 'deadline for all the attempts of one URL together, counted from its first attempt (default none)', positiveInt)
    .option('--contact <url>', 'contact URL or e-mail put in the User-Agent')
    .option('--allow-private', 'allow fetching from loopback and private-network addresses (refused by default)')
    .option('--sites <dir>', 'load site profiles from and save them to <dir>/<host>.json')
    .option('--no-learn', "do not learn a site profile from each host's first article pages")
    .option('--feeds', 'also take article links from the RSS/Atom feeds the listing pages advertise')
    .option('-q, --quiet', 'no progress bar (it only shows on a terminal; failures are then listed one per line)')
    .addHelpText('after', `
Politeness: robots.txt and its Crawl-delay are obeyed; one request at a time per host.
Ctrl-C (or SIGTERM) stops cleanly: the requests in flight finish (10 s at most), their articles
are written, then the summary; a second Ctrl-C stops at once. The state resumes either way.

Exit status: 0 all done; 1 some page or article failed (each named on stderr); 2 usage error
(a start URL that is not http(s)); 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
See docs/crawling.md.`)
    .action(async (urls: string[], opts: CrawlCommandOptions) => {
      await run(urls, opts);
    });
}
