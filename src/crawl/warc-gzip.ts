/**
 * Gzip for WARC reading: the output of a stream delivered up to the point where it breaks,
 * and members found and decoded one by one, so that a damaged member costs only its records.
 */
import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { gunzipSync, inflateRawSync, type Gunzip } from 'node:zlib';

/** Bytes read at a time when looking for the next gzip member. */
const SCAN_CHUNK = 64 * 1024;

/** The offset of the next gzip member header (1f 8b 08) at or after `from`, or null. */
export async function nextMember(handle: FileHandle, from: number, size: number): Promise<number | null> {
  const buf = Buffer.alloc(SCAN_CHUNK + 2);
  for (let at = from; at < size; at += SCAN_CHUNK) {
    const { bytesRead } = await handle.read(buf, 0, buf.length, at);
    for (let i = buf.indexOf(0x1f); i >= 0 && i + 2 < bytesRead; i = buf.indexOf(0x1f, i + 1)) {
      if (buf[i + 1] === 0x8b && buf[i + 2] === 0x08) return at + i;
    }
  }
  return null;
}

/** Compressed bytes read at a time, and decompressed bytes per output chunk. */
export const GZIP_IN = 64 * 1024;
export const GZIP_OUT = 64 * 1024;
/**
 * How far before and after the count of compressed bytes gunzip had taken when it broke
 * the members are decoded one by one: the count lags by up to one read, and the write that
 * fails drops up to one output chunk of members before the break.
 */
export const RECOVER_BEFORE = 2 * (GZIP_IN + GZIP_OUT);
export const RECOVER_AFTER = 2 * GZIP_IN;
/** Output chunks queued before gunzip is paused (backpressure). */
const QUEUED = 16;

/**
 * The output of `gunzip` fed from `raw`, every chunk it produced before an error delivered
 * before the error (an async iterator over the stream would drop its buffered chunks).
 */
export async function* inflated(raw: Readable, gunzip: Gunzip): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let failure: unknown;
  let ended = false;
  let wake: (() => void) | undefined;
  const poke = (): void => wake?.();
  gunzip.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    if (queue.length >= QUEUED) gunzip.pause();
    poke();
  });
  gunzip.on('end', () => { ended = true; poke(); });
  gunzip.on('error', (e) => { failure ??= e; poke(); });
  raw.on('error', (e) => { failure ??= e; poke(); });
  raw.pipe(gunzip);
  for (;;) {
    const chunk = queue.shift();
    if (chunk) {
      if (queue.length < QUEUED / 2) gunzip.resume();
      yield chunk;
      continue;
    }
    if (failure) throw failure;
    if (ended) return;
    await new Promise<void>((resolve) => { wake = resolve; });
    wake = undefined;
  }
}

/** Compressed bytes first read for one member on its own; the window grows fourfold while the member is cut off by it. */
const MEMBER_WINDOW = 256 * 1024;

/** Where the deflate data of the gzip member in `buf` starts (RFC 1952 header: FEXTRA, FNAME, FCOMMENT, FHCRC), or null. */
function deflateStart(buf: Buffer): number | null {
  if (buf.length < 10 || buf[0] !== 0x1f || buf[1] !== 0x8b || buf[2] !== 8) return null;
  const flags = buf[3]!;
  let at = 10;
  if (flags & 4) at += 2 + buf.readUInt16LE(Math.min(at, buf.length - 2));
  for (const flag of [8, 16]) {
    if (!(flags & flag)) continue;
    const nul = buf.indexOf(0, at);
    if (nul < 0) return null;
    at = nul + 1;
  }
  if (flags & 2) at += 2;
  return at < buf.length ? at : null;
}

/**
 * The gzip member at `at` decoded on its own (raw inflate stops at the end of its deflate
 * data, whatever follows), with the offset just after it; null when it does not decode
 * (damaged, not a member, or more than `maxOut` bytes once decoded).
 */
export async function decodeMember(handle: FileHandle, at: number, size: number, maxOut: number): Promise<{ out: Buffer; end: number } | null> {
  for (let window = MEMBER_WINDOW; ; window *= 4) {
    const buf = Buffer.alloc(Math.min(window, size - at));
    const { bytesRead } = await handle.read(buf, 0, buf.length, at);
    const start = deflateStart(buf.subarray(0, bytesRead));
    if (start === null) return null;
    try {
      const { engine } = inflateRawSync(buf.subarray(start, bytesRead), { info: true, maxOutputLength: maxOut }) as unknown as { engine: { bytesWritten: number } };
      const length = start + engine.bytesWritten + 8; // 8: the CRC-32 and size trailer
      // Raw inflate checks no CRC: the member is decoded again as gzip, which does.
      return { out: gunzipSync(buf.subarray(0, length), { maxOutputLength: maxOut }), end: at + length };
    } catch (e) {
      // Cut off by the window (not by the end of the file): read more.
      const cut = (e as { code?: string }).code === 'Z_BUF_ERROR' && bytesRead < size - at;
      if (!cut || window > maxOut) return null;
    }
  }
}
