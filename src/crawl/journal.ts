/**
 * The crawl state: an append-only JSON Lines journal. Each line is written whole, with one
 * `write` call, before the result it records is handed to the caller, so a run killed at any
 * point leaves a journal that says exactly what was done; a torn last line (kill mid-write)
 * is cut off when the journal is reopened.
 */
import { closeSync, createReadStream, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Article } from '../types.js';
import type { WarcWrite } from './warc.js';

/** A listing page (or a feed, with `next` null), read and parsed. */
export interface ListingRecord {
  t: 'listing';
  url: string;
  next: string | null;
  articles: { url: string; publishedAt: string | null }[];
  /** Feeds the page advertises. */
  feeds?: string[];
}

/** An article fetched, extracted and handed over. */
export interface ArticleRecord {
  t: 'article';
  /** Canonical final URL. */
  url: string;
  /** Canonical URL as listed (differs after a redirect). */
  requestedUrl: string;
  listing: string;
  article: Article;
}

/** An article fetched but not handed over: a redirect to one already done, or older than `since`. */
export interface SkipRecord {
  t: 'skip';
  url: string;
  reason: 'duplicate' | 'old';
  publishedAt: string | null;
}

/** A failure (informational: failed URLs are tried again by a resumed run). */
export interface ErrorRecord {
  t: 'error';
  url: string;
  stage: 'listing' | 'article';
  code: string;
  message: string;
}

/** A WARC write about to be made (see `WarcWrite`): lets a resume cut exactly a write a kill tore. */
export interface WarcWriteRecord extends WarcWrite {
  t: 'warc';
}

/** One journal line. */
export type JournalRecord = ListingRecord | ArticleRecord | SkipRecord | ErrorRecord | WarcWriteRecord;

const isString = (v: unknown): v is string => typeof v === 'string';
const isDate = (v: unknown): boolean => v === null || isString(v);
const isCount = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;

/** Whether a parsed line has the shape of a record (a line edited or written by something else may not). */
function isRecord(v: unknown): v is JournalRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  switch (r.t) {
    case 'listing':
      return isString(r.url) && (r.next === null || isString(r.next)) && Array.isArray(r.articles)
        && r.articles.every((a: unknown) => typeof a === 'object' && a !== null && isString((a as { url?: unknown }).url) && isDate((a as { publishedAt?: unknown }).publishedAt))
        && (r.feeds === undefined || (Array.isArray(r.feeds) && r.feeds.every(isString)));
    case 'article':
      return isString(r.url) && isString(r.requestedUrl) && isString(r.listing)
        && typeof r.article === 'object' && r.article !== null && isDate((r.article as { publishedAt?: unknown }).publishedAt);
    case 'skip':
      return isString(r.url) && isDate(r.publishedAt);
    case 'error':
      return isString(r.url);
    case 'warc':
      return isCount(r.at) && isCount(r.bytes) && isString(r.tail);
    default:
      return false;
  }
}

/** The crawl journal; without a path it only keeps state in memory. */
export class Journal {
  /** Listing pages already read, by canonical URL. */
  readonly listings = new Map<string, ListingRecord>();
  /** Article URLs (as listed and final) already done, with their publication date. */
  readonly done = new Map<string, string | null>();
  /** Articles handed over so far (all runs). */
  articleCount = 0;
  /** The last WARC write journaled, if any. */
  lastWarcWrite: WarcWrite | undefined;
  /** Lines of the file that were not records (damaged or foreign), skipped. */
  skipped = 0;

  private constructor(private readonly path: string | undefined, private fd: number | undefined, private readonly loadedBytes: number) {}

  /** Opens (and replays) the journal at `path`, creating it if needed; in memory when `path` is undefined. */
  static async open(path?: string): Promise<Journal> {
    if (path === undefined) return new Journal(undefined, undefined, 0);
    const fd = openSync(path, 'a+');
    const size = cutTornTail(fd);
    const journal = new Journal(path, fd, size);
    for await (const record of journal.records(() => journal.skipped++)) journal.apply(record);
    if (journal.skipped > 0) {
      // Refusing would strand every good record; a warning names what was dropped.
      process.emitWarning(`${path}: ${journal.skipped} line(s) are not crawl records and were skipped`, { code: 'WARD_NEWS_JOURNAL' });
    }
    return journal;
  }

  /** Appends a record (one write call, so a line is never interleaved). */
  append(record: JournalRecord): void {
    this.apply(record);
    if (this.fd !== undefined) writeSync(this.fd, `${JSON.stringify(record)}\n`);
  }

  /** The records as they stood when the journal was opened; `onSkip` hears of each line that is not one. */
  async *records(onSkip?: () => void): AsyncGenerator<JournalRecord> {
    if (!this.path || this.loadedBytes === 0) return;
    const lines = createInterface({ input: createReadStream(this.path, { end: this.loadedBytes - 1 }), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        value = undefined;
      }
      // A line damaged outside our control: skip it (and count it) rather than refuse to resume.
      if (isRecord(value)) yield value;
      else onSkip?.();
    }
  }

  /** Closes the file. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private apply(r: JournalRecord): void {
    switch (r.t) {
      case 'warc':
        this.lastWarcWrite = { at: r.at, bytes: r.bytes, tail: r.tail };
        break;
      case 'listing':
        this.listings.set(r.url, r);
        break;
      case 'article':
        this.articleCount++;
        this.done.set(r.url, r.article.publishedAt);
        this.done.set(r.requestedUrl, r.article.publishedAt);
        break;
      case 'skip':
        this.done.set(r.url, r.publishedAt);
        break;
      case 'error':
        break;
    }
  }
}

/** Truncates a JSON Lines file after its last newline (a line torn by a kill); returns the new size. */
export function cutTornTail(fd: number): number {
  const size = fstatSync(fd).size;
  const chunk = Buffer.alloc(64 * 1024);
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - chunk.length);
    const n = readSync(fd, chunk, 0, end - start, start);
    const nl = chunk.subarray(0, n).lastIndexOf(0x0a);
    if (nl !== -1) {
      const keep = start + nl + 1;
      if (keep !== size) ftruncateSync(fd, keep);
      return keep;
    }
    end = start;
  }
  if (size !== 0) ftruncateSync(fd, 0);
  return 0;
}
