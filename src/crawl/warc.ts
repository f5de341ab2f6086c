/**
 * WARC archives (ISO 28500): every HTTP exchange of a crawl written with warcio as a
 * request + response record pair (WARC/1.1), and the pages of any tool's archive read back
 * for re-extraction (framing in `warc-records.ts`).
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { ExtractError } from '../errors.js';
import { extract } from '../extract.js';
import { BodyTooLargeError, readBody } from '../fetch/body.js';
import type { HttpExchange } from '../fetch/types.js';
import { userAgent } from '../fetch/user-agent.js';
import type { Article, ExtractOptions } from '../types.js';
import { canonicalUrl } from './url.js';
import { warcRecords, type WarcRecordBlock } from './warc-records.js';

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

/**
 * An archived page: a `response` record (an HTTP exchange), a `resource` record (a page
 * stored as is) or a `conversion` record (a page's plain text, as in Common Crawl's WET files).
 */
export interface ArchivedResponse {
  /** The record's `WARC-Target-URI` (without the `<…>` that WARC 1.0 writers put around it); empty when it has none. */
  url: string;
  /** WARC-Date. */
  date: string | null;
  /** The WARC record type the page came from. */
  type: 'response' | 'resource' | 'conversion';
  /** The HTTP status; 200 for `resource` and `conversion` records, which hold the content itself. */
  status: number;
  /** HTTP response headers (for `resource` and `conversion` records: the record's Content-Type only). */
  headers: Headers;
  contentType: string | null;
  /** The `WARC-Ward-News-Role` of the record, null in archives from other tools. */
  role: WarcRole | null;
  /** True when the record says its body is incomplete (`WARC-Truncated`). */
  truncated: boolean;
  /** The body, transfer- and content-encoding removed (empty when `error` is set). */
  body: Uint8Array;
  /** Why the body could not be read: `TOO_LARGE` past `maxBytes`, `INVALID_INPUT` when its Content-Encoding cannot be undone. */
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

/** The status, headers and body of an HTTP response block; null when the block is not one. */
function parseHttp(block: Uint8Array): { status: number; headers: Headers; body: Buffer } | null {
  const buf = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  let end = buf.indexOf('\r\n\r\n');
  let gap = 4;
  const bare = buf.indexOf('\n\n'); // writers that end header lines with LF alone
  if (bare >= 0 && (end < 0 || bare < end)) [end, gap] = [bare, 2];
  if (end < 0) [end, gap] = [buf.length, 0];
  const lines = buf.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/.exec(lines[0] ?? '');
  if (!status) return null;
  const headers = new Headers();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    try {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    } catch {
      // A header name or value that Headers refuses says nothing we need: skipped.
    }
  }
  return { status: Number(status[1]), headers, body: buf.subarray(Math.min(buf.length, end + gap)) };
}

/** The payload of a chunked body, up to where the chunks stop making sense; the stored bytes when they are not chunked (a writer that stored the payload decoded). */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const nl = body.indexOf(0x0a, at);
    const size = nl < 0 ? null : /^([0-9a-f]{1,12})[ \t]*(?:;.*)?$/i.exec(body.subarray(at, nl).toString('latin1').trim());
    if (!size) break;
    const n = parseInt(size[1]!, 16);
    if (n === 0) return Buffer.concat(parts);
    parts.push(body.subarray(nl + 1, nl + 1 + n));
    at = nl + 1 + n;
    if (body[at] === 0x0d) at++;
    if (body[at] === 0x0a) at++;
  }
  return parts.length ? Buffer.concat(parts) : body;
}

/** The start of a page that is markup: optional BOM and spaces, then `<`. */
const MARKUP = /^(\xef\xbb\xbf)?\s*</;

/** The body with transfer- and content-coding removed, under `maxBytes`. */
async function decodeBody(body: Buffer, headers: Headers, maxBytes: number): Promise<Uint8Array> {
  const chunked = /\bchunked\b/i.test(headers.get('transfer-encoding') ?? '');
  const payload = chunked ? dechunk(body) : body;
  const coding = headers.get('content-encoding');
  // No coding: the payload is the body, and no larger than the stored block (≤ maxBytes).
  if (!coding || /^\s*identity\s*$/i.test(coding)) return payload;
  try {
    return (await readBody([payload], coding, { maxBytes })).body;
  } catch (e) {
    // Some writers store the payload decoded and keep the header (as replay tools know):
    // markup that does not decode is taken as it is.
    if (!(e instanceof BodyTooLargeError) && MARKUP.test(payload.subarray(0, 64).toString('latin1'))) return payload;
    throw e;
  }
}

/** A record's target URI, without the angle brackets of WARC 1.0 writers (wget). */
const targetUri = (value: string | undefined): string => (value ?? '').trim().replace(/^<(.*)>$/, '$1');

/** The page a record holds, or null for records that hold none (request, revisit, metadata, warcinfo, dns: responses, ...). */
async function archived(record: WarcRecordBlock, path: string, maxBytes: number): Promise<ArchivedResponse | null> {
  const type = record.fields.get('warc-type');
  if (type !== 'response' && type !== 'resource' && type !== 'conversion') return null;
  const recordType = record.fields.get('content-type');
  let status = 200;
  let headers = new Headers();
  let stored: Buffer = Buffer.from(record.block.buffer, record.block.byteOffset, record.block.byteLength);
  if (type === 'response') {
    if (recordType && !/^application\/http\b/i.test(recordType)) return null;
    const http = parseHttp(record.block);
    if (!http) return null;
    ({ status, headers, body: stored } = http);
  } else if (recordType) {
    try {
      headers.set('content-type', recordType);
    } catch {
      // An unusable Content-Type is no Content-Type.
    }
  }
  const url = targetUri(record.fields.get('warc-target-uri'));
  const response: ArchivedResponse = {
    url, date: record.fields.get('warc-date') ?? null, type, status, headers,
    contentType: headers.get('content-type'),
    role: (record.fields.get(ROLE_FIELD.toLowerCase()) as WarcRole | undefined) ?? null,
    truncated: record.fields.has('warc-truncated'),
    body: new Uint8Array(0),
  };
  try {
    if (!record.complete) throw new BodyTooLargeError(maxBytes, []);
    response.body = type === 'response' ? await decodeBody(stored, headers, maxBytes) : stored;
  } catch (e) {
    response.error = e instanceof BodyTooLargeError
      ? new ExtractError('TOO_LARGE', `${url || path}: archived body larger than ${maxBytes} bytes`)
      : new ExtractError('INVALID_INPUT', `${url || path}: archived body cannot be decoded (Content-Encoding: ${headers.get('content-encoding')})`);
  }
  return response;
}

/**
 * Iterates the pages of a WARC file (WARC/1.0 or 1.1; uncompressed, gzip per record or
 * whole-file gzip; written by `crawl`, wget, warcio, Heritrix, Browsertrix or Common
 * Crawl): `response` records with their HTTP status, headers and body (de-chunked and
 * decoded: gzip, deflate, br, stacked codings, streaming under `maxBytes`), `resource` and
 * `conversion` records with their content. Other records (request, revisit, metadata,
 * warcinfo, non-HTTP responses) are not yielded. A record over `maxBytes` is yielded with
 * `error` TOO_LARGE.
 *
 * @throws {WarcError} after every readable record has been yielded: UNREADABLE (a missing
 * file), NOT_WARC (not an archive), TRUNCATED (cut short), CORRUPT (unreadable bytes).
 */
export async function* readWarc(path: string, { maxBytes = DEFAULT_MAX_BYTES }: ReadWarcOptions = {}): AsyncGenerator<ArchivedResponse> {
  for await (const record of warcRecords(path, maxBytes)) {
    const page = await archived(record, path, maxBytes);
    if (page) yield page;
  }
}

const HTML = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;
const TEXT = /^\s*text\/plain\s*(;|$)/i;

/** True for the records {@link archivedArticles} keeps, before de-duplication. */
function isArticle(r: ArchivedResponse): boolean {
  if (r.status < 200 || r.status >= 300 || r.truncated) return false;
  if (r.type === 'conversion') return TEXT.test(r.contentType ?? 'text/plain');
  if (r.role !== null) return r.role === 'article';
  // A response without Content-Type is left to extract; a resource must say it is HTML.
  return HTML.test(r.contentType ?? (r.type === 'response' ? 'text/html' : ''));
}

/**
 * The article pages of a WARC file: complete 2xx responses recorded as articles by `crawl`
 * (or, in archives from other tools, every complete 2xx HTML response and HTML resource),
 * and the text/plain conversion records of WET files; once per canonical URL, the first
 * record winning. Read lazily, so an archive of any size streams through.
 *
 * @throws {WarcError} as {@link readWarc}, after the readable pages.
 */
export async function* archivedArticles(path: string, options: ReadWarcOptions = {}): AsyncGenerator<ArchivedResponse> {
  const seen = new Set<string>();
  for await (const r of readWarc(path, options)) {
    if (!isArticle(r)) continue;
    const key = canonicalUrl(r.url) ?? r.url;
    if (seen.has(key)) continue;
    seen.add(key);
    yield r;
  }
}

/**
 * The options `extract` is given for an archived page: its URL, its Content-Type, and
 * `format: 'text'` for a conversion record (a WET record holds a page's text, not its HTML).
 */
export function archivedExtractOptions(r: ArchivedResponse): ExtractOptions {
  const options: ExtractOptions = r.url ? { url: r.url } : {};
  if (r.contentType) options.contentType = r.contentType;
  if (r.type === 'conversion') options.format = 'text';
  return options;
}

/**
 * Re-extracts the articles of a WARC file ({@link archivedArticles}) with
 * {@link archivedExtractOptions}. A record `extract` refuses (`ExtractError`, e.g. too
 * large) or that is over `maxBytes` (`error` set) is skipped.
 *
 * @throws {WarcError} as {@link readWarc}, after the articles of the readable records.
 */
export async function* extractWarc(path: string, options: ReadWarcOptions = {}): AsyncGenerator<{ url: string; article: Article }> {
  for await (const r of archivedArticles(path, options)) {
    if (r.error) continue;
    let article: Article;
    try {
      article = extract(r.body, archivedExtractOptions(r));
    } catch (e) {
      // Only ExtractError is thrown on purpose (an over-large body): skip that record.
      if (e instanceof ExtractError) continue;
      throw e;
    }
    yield { url: r.url, article };
  }
}
