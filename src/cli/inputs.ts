/**
 * Reading the CLI's inputs: a file path, an http(s) URL, or `-` for standard input (also
 * read when it is piped and no input is named). Gzipped inputs (`.gz` files, gzip on stdin)
 * are decompressed, within the page size limit.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { fetchPage, type FetchOptions } from '../fetch/index.js';
import { DEFAULT_MAX_BYTES } from '../tuning.js';

/** One input's bytes and what is known about where they came from. */
export interface InputBytes {
  body: Uint8Array;
  /** The final URL for fetched inputs. */
  url?: string;
  /** The HTTP Content-Type for fetched inputs. */
  contentType?: string;
}

/** A failure of one input that the CLI names in its own words (the code goes in the JSON Lines `error`). */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly code: 'TOO_LARGE' | 'CORRUPT_GZIP' | 'WARC_FILE' | 'EMPTY', message: string) {
    super(message);
  }
}

/** All of standard input. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** True when stdin is piped or redirected (not a terminal): read it when no input is named. */
export function stdinIsPiped(): boolean {
  return process.stdin.isTTY !== true;
}

/** True when the input names a URL rather than a file. */
export function isUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

/** True when a file input is read by the CLI (to decompress it, or refuse a WARC by name) rather than by a worker thread. */
export function readHere(spec: string): boolean {
  return /\.(gz|warc)$/i.test(spec);
}

const isGzipFile = (spec: string): boolean => /\.gz$/i.test(spec);

const isGzip = (b: Uint8Array): boolean => b[0] === 0x1f && b[1] === 0x8b;
const WARC_MAGIC = /^WARC\/\d/;

/** Gunzips `bytes` when they are gzip, refusing more than `maxBytes` out (a gzip bomb stops there). */
function gunzipped(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError('TOO_LARGE', `decompresses to more than ${maxBytes} bytes`);
    }
    throw new InputError('CORRUPT_GZIP', `not readable gzip data (${(e as Error).message})`);
  }
}

/**
 * Reads one input: `-` is stdin, `http(s)://…` is fetched politely (with `fetch` options),
 * anything else is a file. Gzip from a `.gz` file or stdin is decompressed; a WARC archive is
 * refused with a pointer to `--warc`.
 */
export async function readInput(spec: string, fetch: FetchOptions = {}, maxBytes = DEFAULT_MAX_BYTES): Promise<InputBytes> {
  if (isUrl(spec)) {
    const page = await fetchPage(spec, fetch);
    return { body: page.body, url: page.url, ...(page.contentType ? { contentType: page.contentType } : {}) };
  }
  const raw = spec === '-' ? await readStdin() : await readFile(spec);
  const body = spec === '-' || isGzipFile(spec) ? gunzipped(raw, maxBytes) : raw;
  if (WARC_MAGIC.test(Buffer.from(body.subarray(0, 16)).toString('latin1'))) {
    throw new InputError('WARC_FILE', 'a WARC archive, not a page: read it with --warc');
  }
  return { body };
}
