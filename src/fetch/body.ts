/**
 * Reading a response body: content-encoding removed while streaming, and the size limit
 * enforced on both the wire bytes and the decoded bytes, so that a small compressed body
 * that inflates past the limit (a "zip bomb") is stopped early.
 */
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** Thrown while streaming when a body exceeds the limit. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly limit: number, readonly raw: Uint8Array[]) {
    super(`body larger than ${limit} bytes`);
  }
}

/** The body as transferred and as decoded. */
export interface ReadBody {
  /** Content-encoding removed. */
  body: Uint8Array;
  /** As received (still encoded); empty unless `keepRaw`. */
  raw: Uint8Array;
  /** True when `truncate` cut the body at `maxBytes`. */
  truncated: boolean;
}

/** Stops the pipeline once a truncated body is full (caught by readBody). */
class Full extends Error {}

/** The content codings of a `Content-Encoding` value, in the order they were applied. */
function codings(contentEncoding: string | undefined): string[] {
  return (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
}

/**
 * A decoder chosen from the first bytes of the body, because servers mislabel: `deflate` is
 * meant to be zlib-wrapped but is often raw, and some send plain HTML labelled `gzip`.
 * `choose` returns the decompressor, or null to pass the bytes through.
 */
class SniffingDecoder extends Transform {
  private inner: Transform | null | undefined;
  constructor(private readonly choose: (head: Buffer) => Transform | null) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null, data?: Buffer) => void): void {
    if (this.inner === undefined) {
      this.inner = this.choose(chunk);
      this.inner?.on('data', (d: Buffer) => this.push(d));
      this.inner?.on('error', (e) => this.destroy(e));
    }
    if (this.inner) this.inner.write(chunk, () => done());
    else done(null, chunk);
  }
  override _flush(done: (e?: Error | null) => void): void {
    if (!this.inner) return done();
    this.inner.once('end', () => done());
    this.inner.end();
  }
}

/** A decompressor for one coding, or null for a coding we do not know. */
function decoderFor(coding: string): Transform | null {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return new SniffingDecoder((head) => (head[0] === 0x1f && head[1] === 0x8b
        // Some servers truncate the gzip trailer; take what inflated instead of failing.
        ? zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH })
        : null));
    case 'br':
      return zlib.createBrotliDecompress();
    case 'deflate':
      // A zlib header has compression method 8 in its low nibble.
      return new SniffingDecoder((head) => ((head[0]! & 0x0f) === 8 ? zlib.createInflate() : zlib.createInflateRaw()));
    default:
      return null;
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Reads `source` to the end, decoding `contentEncoding` on the fly. Throws
 * {@link BodyTooLargeError} as soon as the wire bytes or the decoded bytes pass `maxBytes`
 * (the source is destroyed, so the connection is dropped rather than drained) — or, with
 * `truncate`, stops there and returns the first `maxBytes` decoded bytes. An unknown coding
 * is left undecoded: the bytes are returned as received.
 */
export async function readBody(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  contentEncoding: string | undefined,
  { maxBytes, keepRaw = false, decode = true, truncate = false }: { maxBytes: number; keepRaw?: boolean; decode?: boolean; truncate?: boolean },
): Promise<ReadBody> {
  let truncated = false;
  // Kept, because with stacked decoders the pipeline may reject with the AbortError of a stage
  // torn down after it rather than with the error that stopped it.
  let stop: Error | undefined;
  const over = (): Error => {
    truncated = truncate;
    stop = truncate ? new Full() : new BodyTooLargeError(maxBytes, rawChunks);
    return stop;
  };
  const rawChunks: Uint8Array[] = [];
  let rawSize = 0;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const decoders = decode ? codings(contentEncoding).reverse().map(decoderFor) : [];
  const usable = decoders.every((d) => d !== null) ? (decoders as NonNullable<(typeof decoders)[number]>[]) : [];
  const stages: unknown[] = [
    async function* countWire(src: AsyncIterable<Uint8Array>) {
      for await (const chunk of src) {
        rawSize += chunk.length;
        if (keepRaw) rawChunks.push(chunk);
        if (rawSize > maxBytes) throw over();
        yield chunk;
      }
    },
    ...usable,
    async function collect(src: AsyncIterable<Uint8Array>) {
      for await (const chunk of src) {
        if (size + chunk.length > maxBytes) {
          if (truncate) chunks.push(chunk.subarray(0, maxBytes - size));
          size = Math.min(maxBytes, size + chunk.length);
          throw over();
        }
        size += chunk.length;
        chunks.push(chunk);
      }
    },
  ];
  try {
    // pipeline's overloads cannot type a variable-length stage list.
    await (pipeline as (...s: unknown[]) => Promise<void>)(
      source instanceof Readable ? source : Readable.from(source),
      ...stages,
    );
  } catch (e) {
    if (!(stop instanceof Full)) throw stop ?? e;
  }
  return { body: concat(chunks, size), raw: keepRaw ? concat(rawChunks, rawSize) : new Uint8Array(0), truncated };
}
