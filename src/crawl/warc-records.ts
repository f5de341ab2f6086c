/**
 * WARC record framing (ISO 28500: WARC/1.0 and 1.1) for files written by any tool:
 * uncompressed, gzip per record (wget, Heritrix, Common Crawl, `crawl`) or one gzip stream
 * for the whole file, every failure typed ({@link WarcError}). Reading does not use warcio's
 * parser: it takes any text for a record (an HTML page reads as an empty archive) and loops
 * forever on an uncompressed file cut mid-record and on a gzip file with overwritten bytes.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip, type Gunzip } from 'node:zlib';
import { WarcError } from '../errors.js';

/** Longest header line read: far beyond any real WARC-Target-URI, and a bound on what a line of garbage costs. */
const MAX_LINE = 64 * 1024;
/** Most header lines in one record, so that a corrupt file cannot make one header block unbounded. */
const MAX_FIELDS = 1000;
/** How much of a record block over `maxBytes` is kept: enough for its HTTP headers. */
export const HEAD_BYTES = 64 * 1024;

/** One record: its WARC header fields and its block. */
export interface WarcRecordBlock {
  /** Byte offset of the record (in the decompressed stream for gzip files). */
  offset: number;
  /** The version line, e.g. `WARC/1.0`. */
  version: string;
  /** WARC header fields, names lower-cased; a repeated field keeps its first value. */
  fields: Map<string, string>;
  /** The record block; only its first {@link HEAD_BYTES} when `complete` is false. */
  block: Uint8Array;
  /** False when the block was over `maxBytes` and skipped (streamed past, not held). */
  complete: boolean;
}

const OVERLONG = Symbol('overlong');
const EMPTY = Buffer.alloc(0);

/** Lines and counted runs of bytes over a stream of chunks, with the offset consumed so far. */
class Bytes {
  offset = 0;
  private head: Buffer = EMPTY;
  private at = 0;
  private ended = false;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async more(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.head = this.at < this.head.length ? Buffer.concat([this.head.subarray(this.at), next.value]) : next.value;
    this.at = 0;
    return true;
  }

  private consume(n: number): void {
    this.at += n;
    this.offset += n;
  }

  /** The next line with its end of line; the rest of the stream at its end; null when nothing is left; OVERLONG (bytes skipped) past MAX_LINE. */
  async line(): Promise<Buffer | null | typeof OVERLONG> {
    for (;;) {
      const nl = this.head.indexOf(0x0a, this.at);
      if (nl >= 0 && nl - this.at < MAX_LINE) {
        const line = this.head.subarray(this.at, nl + 1);
        this.consume(line.length);
        return line;
      }
      if (this.head.length - this.at >= MAX_LINE) {
        this.consume(MAX_LINE);
        return OVERLONG;
      }
      if (!(await this.more())) {
        if (this.at >= this.head.length) return null;
        const rest = this.head.subarray(this.at);
        this.consume(rest.length);
        return rest;
      }
    }
  }

  /** Reads `n` bytes, keeping the first `keep` of them; `got` is short when the stream ended. */
  async take(n: number, keep: number): Promise<{ kept: Buffer; got: number }> {
    const parts: Buffer[] = [];
    let kept = 0;
    let got = 0;
    while (got < n) {
      if (this.at >= this.head.length && !(await this.more())) break;
      const piece = this.head.subarray(this.at, this.at + Math.min(n - got, this.head.length - this.at));
      if (kept < keep) {
        const part = piece.subarray(0, keep - kept);
        parts.push(part);
        kept += part.length;
      }
      this.consume(piece.length);
      got += piece.length;
    }
    return { kept: parts.length === 1 ? parts[0]! : Buffer.concat(parts), got };
  }
}

const VERSION = /^WARC\/\d+\.\d+\s*$/;
const isBlank = (line: Buffer): boolean => line.length <= 2 && line.toString('latin1').trim() === '';

/** Header fields up to the blank line; null when the block is not a header block (overlong or endless). */
async function readFields(bytes: Bytes, fail: (code: 'TRUNCATED', what: string) => WarcError): Promise<Map<string, string> | null> {
  const fields = new Map<string, string>();
  let last: string | undefined;
  for (let n = 0; n < MAX_FIELDS; n++) {
    const line = await bytes.line();
    if (line === null) throw fail('TRUNCATED', 'ends inside the header of the record');
    if (line === OVERLONG) return null;
    if (isBlank(line)) return fields;
    const text = line.toString('utf8').replace(/\r?\n$/, '');
    if (/^[ \t]/.test(text) && last) {
      fields.set(last, `${fields.get(last)} ${text.trim()}`); // a folded continuation line (WARC 1.0)
      continue;
    }
    const colon = text.indexOf(':');
    if (colon <= 0) return null;
    last = text.slice(0, colon).trim().toLowerCase();
    if (!fields.has(last)) fields.set(last, text.slice(colon + 1).trim());
  }
  return null;
}

/** The error a decompression failure stands for: a stream cut short, or bytes that are not gzip. */
function gzipError(path: string, e: { code?: string; message?: string }, at: number, records: number): WarcError {
  const truncated = e.code === 'Z_BUF_ERROR';
  const what = truncated ? 'gzip stream ends early (file cut short)' : `gzip data cannot be decompressed (${e.message ?? e.code})`;
  return new WarcError(truncated ? 'TRUNCATED' : 'CORRUPT', `${path}: ${what} near byte ${at} of the file, after ${records} record(s)`, { path, offset: at, records, cause: e });
}

async function openWarc(path: string): Promise<{ handle: FileHandle; gzip: boolean; size: number }> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const magic = Buffer.alloc(2);
    const { bytesRead } = await handle.read(magic, 0, 2, 0);
    const { size } = await handle.stat();
    return { handle, gzip: bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b, size };
  } catch (e) {
    await handle?.close();
    const code = (e as { code?: string }).code ?? 'error';
    throw new WarcError('UNREADABLE', `${path}: cannot read the file (${code})`, { path, cause: e });
  }
}

/**
 * The records of a WARC file, in file order, blocks over `maxBytes` streamed past (their
 * first bytes kept). Blank lines between records are tolerated. Bytes that are not a record
 * where one should start (a Content-Length that lies, overwritten bytes) are skipped up to
 * the next `WARC/` line and reported once the readable records are yielded.
 *
 * @throws {WarcError} UNREADABLE (cannot open), NOT_WARC (the first line is not a WARC
 * version line), TRUNCATED (ends inside a record), CORRUPT (gzip that cannot be
 * decompressed, bytes after the last gzip member, or skipped bytes).
 */
export async function* warcRecords(path: string, maxBytes: number): AsyncGenerator<WarcRecordBlock> {
  const { handle, gzip, size } = await openWarc(path);
  const raw = handle.createReadStream();
  const gunzip: Gunzip | undefined = gzip ? createGunzip() : undefined;
  const stream: Readable = gunzip ? pipeline(raw, gunzip, () => {}) : raw;
  const bytes = new Bytes(stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  let records = 0;
  let skipped: { offset: number; count: number } | undefined;
  let skipping = false;
  const skip = (offset: number): void => {
    if (!skipping) skipped = { offset: skipped?.offset ?? offset, count: (skipped?.count ?? 0) + 1 };
    skipping = true;
  };
  const fail = (code: 'TRUNCATED' | 'NOT_WARC', what: string, offset = bytes.offset): WarcError =>
    new WarcError(code, `${path}: ${what} at byte ${offset}${gzip ? ' of the decompressed stream' : ''}, after ${records} record(s)`, { path, offset, records });
  try {
    for (;;) {
      let line = await bytes.line();
      while (line !== null && line !== OVERLONG && isBlank(line)) line = await bytes.line();
      if (line === null) break;
      const offset = bytes.offset - (line === OVERLONG ? MAX_LINE : line.length);
      if (line === OVERLONG || !VERSION.test(line.toString('latin1'))) {
        if (records === 0 && !skipped) throw fail('NOT_WARC', 'not a WARC file: no WARC version line', 0);
        skip(offset);
        continue; // resynchronise on the next WARC/ line
      }
      const fields = await readFields(bytes, (code, what) => fail(code, what, offset));
      const length = fields ? Number(fields.get('content-length') ?? NaN) : NaN;
      if (!fields || !Number.isSafeInteger(length) || length < 0) {
        skip(offset);
        continue;
      }
      const complete = length <= maxBytes;
      const { kept, got } = await bytes.take(length, complete ? length : HEAD_BYTES);
      if (got < length) throw fail('TRUNCATED', `ends ${length - got} bytes short of the end of the record that starts`, offset);
      records++;
      skipping = false;
      yield { offset, version: line.toString('latin1').trim(), fields, block: kept, complete };
    }
  } catch (e) {
    if (e instanceof WarcError) throw e;
    if (gunzip) throw gzipError(path, e as { code?: string }, gunzip.bytesWritten, records);
    throw new WarcError('UNREADABLE', `${path}: cannot read the file (${(e as { code?: string }).code ?? String(e)})`, { path, cause: e });
  } finally {
    stream.destroy();
    raw.destroy();
    await handle.close().catch(() => {});
  }
  // gunzip stops quietly at bytes that do not start a gzip member: they are not WARC records.
  if (gunzip && gunzip.bytesWritten < size) {
    const at = gunzip.bytesWritten;
    throw new WarcError('CORRUPT', `${path}: ${size - at} bytes from byte ${at} of the file are not gzip data, after ${records} record(s)`, { path, offset: at, records });
  }
  if (skipped) {
    throw new WarcError('CORRUPT', `${path}: ${skipped.count} stretch(es) of bytes that are not WARC records skipped, the first at byte ${skipped.offset}${gzip ? ' of the decompressed stream' : ''}; ${records} record(s) read`, { path, offset: skipped.offset, records });
  }
}
