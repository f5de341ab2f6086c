/**
 * WARC archives (ISO 28500, WARC/1.1) with warcio: every HTTP exchange of a crawl written as
 * a request + response record pair, and archived responses read back for re-extraction.
 */
import { createHash } from 'node:crypto';
import { createReadStream, closeSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { AsyncIterReader, WARCParser, WARCRecord, WARCSerializer } from 'warcio';
import { ExtractError } from '../errors.js';
import { extract } from '../extract.js';
import { BodyTooLargeError, readBody } from '../fetch/body.js';
import type { HttpExchange } from '../fetch/types.js';
import { userAgent } from '../fetch/user-agent.js';
import type { Article } from '../types.js';
import { canonicalUrl } from './url.js';

/**
 * What a response was fetched as, stored in the non-standard `WARC-Ward-News-Role` field
 * (WARC allows extension fields), so that re-extraction can tell articles from listings.
 */
export type WarcRole = 'article' | 'listing' | 'robots';

const ROLE_FIELD = 'WARC-Ward-News-Role';
const WARC_VERSION = 'WARC/1.1';

/** How many bytes before a write's offset {@link warcTail} fingerprints. */
const TAIL_BYTES = 4096;

/**
 * The fingerprint of an archive's bytes just before offset `at` (SHA-256 of up to 4 KiB,
 * hex): what a write's journal line records, so that a resumed crawl can tell its own
 * archive from another file at the same path before it cuts anything.
 */
export function warcTail(bytes: Uint8Array, at: number): string {
  return createHash('sha256').update(bytes.subarray(Math.max(0, at - TAIL_BYTES), at)).digest('hex');
}

/**
 * A write the writer is about to make: `bytes` bytes at offset `at`, after bytes whose
 * {@link warcTail} is `tail`. Journaled before the bytes are written, it is the proof a
 * resumed crawl needs to cut a write that a kill tore, and nothing else.
 */
export interface WarcWrite {
  at: number;
  bytes: number;
  tail: string;
}

/** Reads the fingerprint of the file's bytes before `at` from disk. */
function tailAt(fd: number, at: number): string {
  const start = Math.max(0, at - TAIL_BYTES);
  const buf = Buffer.alloc(at - start);
  const n = readSync(fd, buf, 0, buf.length, start);
  return warcTail(buf.subarray(0, n), n);
}

/** Appends exchanges to a WARC file; gzip-compressed per record when the path ends in `.gz`. */
export class WarcWriter {
  private tail: Promise<void> = Promise.resolve();
  private readonly gzip: boolean;

  private constructor(
    private readonly path: string,
    private fd: number | undefined,
    private bytes: number,
    private readonly onWrite: ((w: WarcWrite) => void) | undefined,
  ) {
    this.gzip = path.endsWith('.gz');
  }

  /**
   * Opens `path` for appending: existing bytes are kept. The one exception is `torn`, the
   * last write a killed run journaled (see {@link WarcWrite}): when the file ends inside that
   * write and the bytes before it are the ones the run wrote (same fingerprint), the torn
   * part is cut so that readers do not stop at it. `onWrite` is told of every write before
   * it is made (the crawl journals it). A warcinfo record starts an empty file.
   */
  static async open(path: string, { torn, onWrite }: { torn?: WarcWrite | undefined; onWrite?: (w: WarcWrite) => void } = {}): Promise<WarcWriter> {
    const fd = openSync(path, 'a+');
    let size = fstatSync(fd).size;
    if (torn && size > torn.at && size < torn.at + torn.bytes && tailAt(fd, torn.at) === torn.tail) {
      ftruncateSync(fd, torn.at);
      size = torn.at;
    }
    const writer = new WarcWriter(path, fd, size, onWrite);
    if (size === 0) {
      const info = WARCRecord.createWARCInfo(
        { filename: basename(path), warcVersion: WARC_VERSION },
        { software: userAgent(), format: 'WARC File Format 1.1' },
      );
      await writer.enqueue([info]);
    }
    return writer;
  }

  /** Bytes in the file after every write so far. */
  get size(): number {
    return this.bytes;
  }

  /** Writes the request and response records of one exchange (in call order). */
  write(exchange: HttpExchange, role: WarcRole): Promise<void> {
    const date = exchange.date.toISOString();
    const target = new URL(exchange.url);
    const request = WARCRecord.create(
      {
        url: exchange.url, date, type: 'request', warcVersion: WARC_VERSION,
        statusline: `${exchange.method} ${target.pathname}${target.search} HTTP/1.1`,
        httpHeaders: [['host', target.host], ...exchange.requestHeaders],
      },
      [],
    );
    const warcHeaders: Record<string, string> = {
      'WARC-Concurrent-To': request.warcHeader('WARC-Record-ID') ?? '',
      [ROLE_FIELD]: role,
    };
    if (exchange.truncated) warcHeaders['WARC-Truncated'] = exchange.truncated;
    const response = WARCRecord.create(
      {
        url: exchange.url, date, type: 'response', warcVersion: WARC_VERSION, warcHeaders,
        statusline: `HTTP/1.1 ${exchange.status} ${exchange.statusText}`.trimEnd(),
        httpHeaders: exchange.responseHeaders,
      },
      [exchange.body],
    );
    return this.enqueue([response, request]);
  }

  /** Waits for pending writes and closes the file. */
  async close(): Promise<void> {
    await this.tail;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private enqueue(records: WARCRecord[]): Promise<void> {
    const done = this.tail.then(async () => {
      const parts = await Promise.all(records.map((r) => WARCSerializer.serialize(r, { gzip: this.gzip })));
      // One write per exchange, so that a kill leaves at most one torn exchange at the end.
      const buf = Buffer.concat(parts);
      if (this.fd === undefined) throw new Error(`WARC ${this.path} is closed`);
      this.onWrite?.({ at: this.bytes, bytes: buf.length, tail: tailAt(this.fd, this.bytes) });
      writeSync(this.fd, buf);
      this.bytes += buf.length;
    });
    this.tail = done.catch(() => {});
    return done;
  }
}

/** An archived HTTP response. */
export interface ArchivedResponse {
  url: string;
  /** WARC-Date. */
  date: string | null;
  status: number;
  /** HTTP response headers. */
  headers: Headers;
  contentType: string | null;
  /** The `WARC-Ward-News-Role` of the record, null in archives from other tools. */
  role: WarcRole | null;
  /** True when the record says its body is incomplete (`WARC-Truncated`). */
  truncated: boolean;
  /** The body, transfer- and content-encoding removed (empty when `error` is set). */
  body: Uint8Array;
  /** Why the body could not be read: `TOO_LARGE` past `maxBytes`. */
  error?: ExtractError;
}

/** Options of {@link readWarc}. */
export interface ReadWarcOptions {
  /**
   * Largest body kept, in bytes, counted as stored and after decoding (the limit `extract`
   * applies by default): a record over it is yielded with `error` TOO_LARGE and an empty body,
   * so that a small archive cannot inflate without bound. Default 50 MiB.
   */
  maxBytes?: number;
}

/** `extract`'s default `maxBytes`: every body extract would accept can be read. */
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The body of a response record, transfer- and content-encoding removed while streaming under `maxBytes`. */
async function recordBody(record: WARCRecord, headers: Headers, maxBytes: number): Promise<Uint8Array> {
  const chunked = /\bchunked\b/i.test(headers.get('transfer-encoding') ?? '');
  // warcio de-chunks without decompressing when asked for no compression; decoding is ours.
  const source = chunked ? new AsyncIterReader(record.reader, null, true) : record.reader;
  return (await readBody(source, headers.get('content-encoding') ?? undefined, { maxBytes })).body;
}

/**
 * Iterates the response records of a WARC file (gzip-compressed or not). A torn record at
 * the very end (a writer killed mid-write) ends the iteration quietly. Bodies are decoded
 * (chunked, gzip, deflate, br, stacked codings) while streaming, under `maxBytes`.
 */
export async function* readWarc(path: string, { maxBytes = DEFAULT_MAX_BYTES }: ReadWarcOptions = {}): AsyncGenerator<ArchivedResponse> {
  const parser = new WARCParser(createReadStream(path));
  const records = parser[Symbol.asyncIterator]();
  for (;;) {
    let record: WARCRecord;
    try {
      const next = await records.next();
      if (next.done) return;
      record = next.value;
    } catch {
      return;
    }
    if (record.warcType !== 'response' || !record.httpHeaders) continue;
    const headers = record.httpHeaders.headers as Headers;
    let body: Uint8Array = new Uint8Array(0);
    let error: ExtractError | undefined;
    try {
      body = await recordBody(record, headers, maxBytes);
    } catch (e) {
      if (!(e instanceof BodyTooLargeError)) return;
      error = new ExtractError('TOO_LARGE', `${record.warcTargetURI ?? path}: archived body larger than ${maxBytes} bytes`);
    }
    const response: ArchivedResponse = {
      url: record.warcTargetURI ?? '',
      date: record.warcDate ?? null,
      status: Number(record.httpHeaders.statusCode),
      headers,
      contentType: headers.get('content-type'),
      role: (record.warcHeader(ROLE_FIELD) as WarcRole | undefined) ?? null,
      truncated: Boolean(record.warcHeader('WARC-Truncated')),
      body,
    };
    if (error) response.error = error;
    yield response;
  }
}

const HTML = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

/**
 * The article pages of a WARC file: complete 2xx responses recorded as articles by `crawl`
 * (or, in archives from other tools, every complete 2xx HTML response), once per canonical
 * URL, the first record winning. Read lazily, so an archive of any size streams through.
 */
export async function* archivedArticles(path: string, options: ReadWarcOptions = {}): AsyncGenerator<ArchivedResponse> {
  const seen = new Set<string>();
  for await (const r of readWarc(path, options)) {
    if (r.status < 200 || r.status >= 300 || r.truncated) continue;
    if (r.role !== null ? r.role !== 'article' : !HTML.test(r.contentType ?? 'text/html')) continue;
    const key = canonicalUrl(r.url) ?? r.url;
    if (seen.has(key)) continue;
    seen.add(key);
    yield r;
  }
}

/**
 * Re-extracts the articles of a WARC file ({@link archivedArticles}), with the archived
 * Content-Type passed to `extract`. A record `extract` refuses (`ExtractError`, e.g. too
 * large) or that is over `maxBytes` (`error` set) is skipped.
 */
export async function* extractWarc(path: string, options: ReadWarcOptions = {}): AsyncGenerator<{ url: string; article: Article }> {
  for await (const r of archivedArticles(path, options)) {
    if (r.error) continue;
    const options = r.contentType ? { url: r.url, contentType: r.contentType } : { url: r.url };
    let article: Article;
    try {
      article = extract(r.body, options);
    } catch (e) {
      // Only ExtractError is thrown on purpose (an over-large body): skip that record.
      if (e instanceof ExtractError) continue;
      throw e;
    }
    yield { url: r.url, article };
  }
}
