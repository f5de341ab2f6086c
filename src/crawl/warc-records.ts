/**
 * WARC record framing (ISO 28500: WARC/1.0 and 1.1) for files written by any tool:
 * uncompressed, gzip per record (wget, Heritrix, Common Crawl, `crawl`) or one gzip stream
 * for the whole file, every failure typed ({@link WarcError}). Reading does not use warcio's
 * parser: it takes any text for a record (an HTML page reads as an empty archive) and loops
 * forever on an uncompressed file cut mid-record and on a gzip file with overwritten bytes.
 */
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip, type Gunzip } from 'node:zlib';
import { WarcError } from '../errors.js';
import { decodeMember, GZIP_IN, GZIP_OUT, inflated, nextMember, RECOVER_AFTER, RECOVER_BEFORE } from './warc-gzip.js';

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

  constructor(private readonly source: AsyncIterator<Buffer> | Iterator<Buffer>) {}

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

/** How many record IDs of a gzip stream are remembered, to skip the records a resynchronisation reads again. */
const RECENT_IDS = 4096;

/** What reading a file has seen so far, across gzip resynchronisations. */
interface ReadState {
  path: string;
  gzip: boolean;
  maxBytes: number;
  records: number;
  /** Where the first stretch of bytes that are not records starts. */
  skipped: { offset: number } | undefined;
  /** IDs of recent records of a gzip file, and those read again after a resynchronisation. */
  recent: string[];
  seen: Set<string>;
}

function skip(state: ReadState, offset: number): void {
  state.skipped ??= { offset };
}

type Fail = (code: 'TRUNCATED' | 'NOT_WARC', what: string, offset: number) => WarcError;

/**
 * The records of one run of bytes, in order (what `segment` streams, or one gzip member
 * decoded on its own); `fileAt` maps an offset in `bytes` to one in the file, for reports.
 */
async function* recordsOf(bytes: Bytes, state: ReadState, fileAt: (offset: number) => number, fail: Fail): AsyncGenerator<WarcRecordBlock> {
  for (;;) {
    let line = await bytes.line();
    while (line !== null && line !== OVERLONG && isBlank(line)) line = await bytes.line();
    if (line === null) {
      if (state.records === 0 && !state.skipped) throw fail('NOT_WARC', 'not a WARC file: no record', 0);
      return;
    }
    const offset = bytes.offset - (line === OVERLONG ? MAX_LINE : line.length);
    if (line === OVERLONG || !VERSION.test(line.toString('latin1'))) {
      if (state.records === 0 && !state.skipped) throw fail('NOT_WARC', 'not a WARC file: no WARC version line', 0);
      skip(state, fileAt(offset));
      continue; // resynchronise on the next WARC/ line
    }
    const fields = await readFields(bytes, (code, what) => fail(code, what, offset));
    const length = fields ? Number(fields.get('content-length') ?? NaN) : NaN;
    if (!fields || !Number.isSafeInteger(length) || length < 0) {
      skip(state, fileAt(offset));
      continue;
    }
    const complete = length <= state.maxBytes;
    const { kept, got } = await bytes.take(length, complete ? length : HEAD_BYTES);
    if (got < length) throw fail('TRUNCATED', `ends ${length - got} bytes short of the end of the record that starts`, offset);
    const id = fields.get('warc-record-id');
    if (id && state.seen.delete(id)) continue; // read before a resynchronisation
    state.records++;
    if (state.gzip && id) {
      state.recent.push(id);
      if (state.recent.length > RECENT_IDS) state.recent.shift();
    }
    yield { offset, fields, block: kept, complete };
  }
}

/**
 * After a gzip stream broke near `at` (the count of compressed bytes gunzip had taken, which
 * lags by up to a read), the members around the break decoded one by one, from a few reads
 * before it (records already yielded are recognised by ID) to a few reads after it; returns
 * the member to stream from again, or null at the end of the file.
 */
async function* recover(handle: FileHandle, size: number, start: number, at: number, state: ReadState): AsyncGenerator<WarcRecordBlock, number | null> {
  skip(state, at);
  state.seen = new Set(state.recent);
  let member = await nextMember(handle, Math.max(start, at - RECOVER_BEFORE), size);
  while (member !== null && member <= at + RECOVER_AFTER) {
    const decoded = await decodeMember(handle, member, size, state.maxBytes + HEAD_BYTES);
    if (!decoded) {
      member = await nextMember(handle, member + 1, size);
      continue;
    }
    const fail: Fail = (code, what) => new WarcError(code, what, { path: state.path });
    try {
      yield* recordsOf(new Bytes([decoded.out][Symbol.iterator]()), state, () => member!, fail);
    } catch (e) {
      if (!(e instanceof WarcError)) throw e;
      skip(state, member); // a member that decodes but holds no whole record
    }
    member = decoded.end < size ? decoded.end : null;
  }
  return member;
}

/** Records from one stream of bytes (a whole file, or the gzip members from `start`); returns where to resynchronise, or null at the end. */
async function* segment(handle: FileHandle, size: number, start: number, state: ReadState): AsyncGenerator<WarcRecordBlock, number | null> {
  const { path, gzip } = state;
  const raw = createReadStream(path, { start, highWaterMark: GZIP_IN }); // its own descriptor: destroying it leaves `handle` open
  const gunzip: Gunzip | undefined = gzip ? createGunzip({ chunkSize: GZIP_OUT }) : undefined;
  const bytes = new Bytes(gunzip ? inflated(raw, gunzip) : (raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>));
  const fail: Fail = (code, what, offset) =>
    new WarcError(code, `${path}: ${what} at byte ${offset}${gzip ? ' of the decompressed stream' : ''}, after ${state.records} record(s)`, { path, offset, records: state.records });
  // Where a stretch to skip starts, in the file: gzip offsets are those of compressed bytes (approximate).
  const fileAt = (offset: number): number => (gunzip ? start + gunzip.bytesWritten : offset);
  try {
    yield* recordsOf(bytes, state, fileAt, fail);
  } catch (e) {
    // A gzip stream that breaks before the end of the file: the members after the break are read.
    const early = gunzip && start + gunzip.bytesWritten < size;
    if (e instanceof WarcError && !(early && e.code === 'TRUNCATED')) throw e;
    if (!gunzip) throw new WarcError('UNREADABLE', `${path}: cannot read the file (${(e as { code?: string }).code ?? String(e)})`, { path, cause: e });
    const at = start + gunzip.bytesWritten;
    if (!early || (e as { code?: string }).code === 'Z_BUF_ERROR') throw gzipError(path, e as { code?: string }, at, state.records);
    return yield* recover(handle, size, start, at, state);
  } finally {
    gunzip?.destroy();
    raw.destroy();
  }
  // gunzip stops quietly at bytes that do not start a gzip member: they are not WARC records.
  return gunzip && start + gunzip.bytesWritten < size ? yield* recover(handle, size, start, start + gunzip.bytesWritten, state) : null;
}

/** The error a decompression failure stands for: a stream cut short, or bytes that are not gzip. */
function gzipError(path: string, e: { code?: string; message?: string }, at: number, records: number): WarcError {
  const truncated = e.code === 'Z_BUF_ERROR';
  const what = truncated ? 'gzip stream ends early (file cut short)' : `gzip data cannot be decompressed (${e.message ?? e.code})`;
  return new WarcError(truncated ? 'TRUNCATED' : 'CORRUPT', `${path}: ${what} near byte ${at} of the file, after ${records} record(s)`, { path, offset: at, records, cause: e });
}

/**
 * The records of a WARC file, in file order, blocks over `maxBytes` streamed past (their
 * first bytes kept). Blank lines between records are tolerated. Bytes that are not a record
 * where one should start (a Content-Length that lies, overwritten bytes) are skipped up to
 * the next `WARC/` line, and a gzip member that cannot be decompressed up to the next
 * member: both are reported once the readable records are yielded.
 *
 * @throws {WarcError} UNREADABLE (cannot open), NOT_WARC (the first line is not a WARC
 * version line), TRUNCATED (ends inside a record), CORRUPT (skipped bytes, after the
 * records around them).
 */
export async function* warcRecords(path: string, maxBytes: number): AsyncGenerator<WarcRecordBlock> {
  const { handle, gzip, size } = await openWarc(path);
  const state: ReadState = { path, gzip, maxBytes, records: 0, skipped: undefined, recent: [], seen: new Set() };
  try {
    for (let start: number | null = 0; start !== null;) start = yield* segment(handle, size, start, state);
  } finally {
    await handle.close().catch(() => {});
  }
  const { skipped, records } = state;
  if (skipped) {
    throw new WarcError('CORRUPT', `${path}: unreadable bytes skipped, the first at byte ${skipped.offset}${gzip ? ' (about)' : ''}; ${records} record(s) read around them`, { path, offset: skipped.offset, records });
  }
}
