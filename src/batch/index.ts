/**
 * `extractMany`: `extract` over many pages on every core. Pages stream in, articles stream
 * out in input order, and at most a small window of pages is in flight at once, so memory
 * does not grow with the number of inputs.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { ArticleFormat } from '../serialize/render.js';
import type { Article, ExtractOptions, SiteProfile } from '../types.js';
import { reviveFailure, runTask, type BatchTask, type TaskOutcome } from './task.js';
import { DEFAULT_LEARN_PAGES, HostProfiles } from '../crawl/sites.js';
import { readFile } from 'node:fs/promises';

/** One page to extract: its bytes (`body`) or a file holding them (`file`), one of the two. */
export interface BatchInput {
  /** Echoed in the result, to tell inputs apart (a file name, a URL, a record id). */
  id?: string;
  /** The page, as bytes (decoded like `extract` does) or as a string. */
  body?: string | Uint8Array;
  /**
   * A file holding the page, read by the worker thread that extracts it: the main thread
   * never holds the bytes, which is the fastest way to re-extract pages stored as files.
   * A file that cannot be read is an error result (with the `ENOENT`, ... code).
   */
  file?: string;
  /** Passed to `extract` as `options.url`. */
  url?: string;
  /** Passed to `extract` as `options.contentType`. */
  contentType?: string;
  /** Passed to `extract` as `options.format` (`'text'` for the text of a page, e.g. a WET record). */
  format?: ExtractOptions['format'];
  /** Set when the input is already known to have failed (a WARC record over its limit): it becomes this error result, unextracted. */
  error?: Error;
}

/** The result of one input, in input order: its article or why it failed. */
export type BatchResult =
  | { index: number; id: string | null; article: Article }
  | { index: number; id: string | null; error: Error };

/** The result of one input when {@link ExtractManyOptions.output} asks for text: the article serialized, or why it failed. */
export type BatchTextResult =
  | { index: number; id: string | null; text: string }
  | { index: number; id: string | null; error: Error };

/**
 * The inputs of {@link extractMany}: an async iterable of inputs, or a synchronous one whose
 * items may be promises (read ahead inside the window; a rejected one becomes an error result).
 */
export type BatchSource = AsyncIterable<BatchInput> | Iterable<BatchInput | Promise<BatchInput>>;

/** Options of {@link extractMany}. */
export interface ExtractManyOptions extends Pick<ExtractOptions, 'maxBytes' | 'maxNodes' | 'site'> {
  /** Worker threads. Default: the number of cores (`os.availableParallelism()`). 1 extracts in this thread, without workers. */
  jobs?: number;
  /** Inputs in flight at most (read, queued, extracting, or done but waiting for an earlier one). Default 4 × jobs. */
  window?: number;
  /**
   * Serialize each article in its worker thread (`renderArticle`'s formats) and yield
   * {@link BatchTextResult}s carrying the text instead of the article: the main thread then
   * only writes, which is what a batch writing JSON Lines or Markdown wants.
   */
  output?: ArticleFormat;
  /**
   * Site profiles by host (docs/site-profiles.md), when no `site` is given: the first
   * `learnSites` pages of each host (by `url`; default 20, at most `window`) are read ahead,
   * a profile is learned from them, and every page of the host is extracted with it. A host
   * with fewer pages within the window learns from those. 0 turns it off. Results stay in
   * input order.
   */
  learnSites?: number;
}

const WORKER_ENTRIES = [
  './batch-worker.js', // the built package: dist/batch-worker.js, beside the entries and the chunk this code is in
  './worker.ts', // the sources, under tsx or vitest
];

/** The worker script and the Node options its threads need to load it. */
function workerScript(): { filename: string; execArgv?: string[] } {
  const here = import.meta.url; // shimmed by tsup in the CJS build
  for (const entry of WORKER_ENTRIES) {
    const url = new URL(entry, here);
    if (!existsSync(fileURLToPath(url))) continue;
    if (!url.pathname.endsWith('.ts') || process.execArgv.some((a) => a.includes('tsx'))) return { filename: url.href };
    // TypeScript sources outside tsx (vitest): the threads need tsx's loader.
    const tsx = pathToFileURL(createRequire(here).resolve('tsx')).href;
    return { filename: url.href, execArgv: [...process.execArgv, '--import', tsx] };
  }
  throw new Error(`extractMany: worker script not found beside ${here}`);
}

/** The profile to extract `input` with: the given one, or its host's once learned. */
async function siteFor(input: BatchInput, options: ExtractManyOptions, hosts: HostProfiles | undefined, arrive: (url: string | null) => void): Promise<SiteProfile | undefined> {
  if (options.site || !hosts || !input.url) { arrive(null); return options.site; }
  // A page to learn from is read here too; one that cannot be read fails in its task as before.
  const html = input.body ?? (await readFile(input.file!).catch(() => ''));
  hosts.enter(input.url);
  const site = hosts.profileFor({ html, url: input.url, ...(input.contentType ? { contentType: input.contentType } : {}) });
  arrive(input.url);
  return site;
}

function taskOf(input: BatchInput, options: ExtractManyOptions, site?: SiteProfile): BatchTask {
  const o: ExtractOptions = {};
  if (input.url !== undefined) o.url = input.url;
  if (input.contentType !== undefined) o.contentType = input.contentType;
  if (input.format !== undefined) o.format = input.format;
  if (options.maxBytes !== undefined) o.maxBytes = options.maxBytes;
  if (options.maxNodes !== undefined) o.maxNodes = options.maxNodes;
  if (site !== undefined) o.site = site;
  return { body: input.body, file: input.file, options: o, output: options.output };
}

function resultOf(index: number, id: string | null, outcome: TaskOutcome): BatchResult | BatchTextResult {
  return 'failure' in outcome ? { index, id, error: reviveFailure(outcome.failure) } : { index, id, ...outcome };
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/** Pulls the raw items of either kind of source: a sync iterator's promises are not awaited here. */
function itemsOf(source: BatchSource): { next(): Promise<IteratorResult<BatchInput | Promise<BatchInput>>>; close(): Promise<void> } {
  if (Symbol.asyncIterator in source) {
    const it = source[Symbol.asyncIterator]();
    return { next: () => it.next(), close: async () => void (await it.return?.()) };
  }
  const it = source[Symbol.iterator]();
  return { next: async () => it.next(), close: async () => void it.return?.() };
}

/**
 * Extracts many pages, spread over `jobs` worker threads (piscina), and yields one result per
 * input in input order: `{ index, id, article }` (or `{ index, id, text }` when `output`
 * names a format), or `{ index, id, error }` for an input that failed (an `ExtractError`, a
 * file that cannot be read, or the rejection of an input promise); a failure does not stop
 * the stream. At most `window` inputs are in flight: the source is read only as results are
 * consumed (backpressure), so memory stays flat however many inputs there are.
 * Leaving the loop early stops the workers. Each call starts its own threads (a fraction of a
 * second): call it once per batch, not once per page.
 *
 * @example
 * for await (const r of extractMany(files.map((f) => ({ id: f, file: f })), { jobs: 4 })) {
 *   if ('article' in r) console.log(r.id, r.article.title);
 * }
 * @example
 * // JSON Lines, serialized in the worker threads
 * for await (const r of extractMany(files.map((f) => ({ id: f, file: f })), { output: 'jsonl' })) {
 *   if ('text' in r) process.stdout.write(r.text);
 * }
 */
export function extractMany(source: BatchSource, options: ExtractManyOptions & { output: ArticleFormat }): AsyncGenerator<BatchTextResult>;
/** {@inheritDoc extractMany} */
export function extractMany(source: BatchSource, options?: ExtractManyOptions & { output?: undefined }): AsyncGenerator<BatchResult>;
export async function* extractMany(source: BatchSource, options: ExtractManyOptions = {}): AsyncGenerator<BatchResult | BatchTextResult> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const window = Math.max(1, Math.floor(options.window ?? 4 * jobs));
  const items = itemsOf(source);
  // A host learns from the pages read ahead with it: at most `window` (the bound of memory).
  const learn = options.site ? 0 : Math.min(window, Math.max(0, Math.floor(options.learnSites ?? DEFAULT_LEARN_PAGES)));
  const hosts = learn > 0 ? new HostProfiles(learn, undefined, false) : undefined;
  // Two tasks per worker: the next page already waits in the worker's queue when one is
  // done, so a worker never idles until the main thread gets round to sending it (~9 % faster).
  const pool = jobs > 1 ? new Piscina({ ...workerScript(), minThreads: jobs, maxThreads: jobs, concurrentTasksPerWorker: 2 }) : undefined;
  // `arrive` says when the input waits for its host's profile (its URL), or never will (null).
  const settle = (index: number, item: BatchInput | Promise<BatchInput>, arrive: (url: string | null) => void): Promise<BatchResult | BatchTextResult> =>
    Promise.resolve(item).then(
      async (input) => {
        const id = input.id ?? null;
        if (input.error) { arrive(null); return { index, id, error: input.error }; }
        const task = taskOf(input, options, await siteFor(input, options, hosts, arrive));
        try {
          return resultOf(index, id, pool ? ((await pool.run(task)) as TaskOutcome) : runTask(task));
        } catch (e) {
          return { index, id, error: asError(e) };
        }
      },
      (e: unknown) => { arrive(null); return { index, id: null, error: asError(e) }; },
    );
  const pending: { result: Promise<BatchResult | BatchTextResult>; atGate: Promise<string | null> }[] = [];
  let index = 0;
  let exhausted = false;
  try {
    for (;;) {
      // In-process, one at a time: extraction is synchronous, read-ahead would only hold memory
      // (but for the pages a host's profile is learned from).
      const room = pool || learn ? window : 1;
      while (!exhausted && pending.length < room) {
        const next = await items.next();
        if (next.done) exhausted = true;
        else {
          let arrive!: (url: string | null) => void;
          const atGate = new Promise<string | null>((resolve) => { arrive = resolve; });
          pending.push({ result: settle(index++, next.value, arrive), atGate });
        }
      }

      const head = pending.shift();
      if (!head) return;
      if (hosts) {
        // The next result waits for its host's profile and no more pages can be read ahead: it learns from those it has.
        const url = await Promise.race([head.atGate, head.result.then(() => null)]);
        if (url) hosts.release(url);
      }
      yield await head.result;
    }
  } finally {
    if (!exhausted) await items.close();
    await pool?.destroy();
  }
}
