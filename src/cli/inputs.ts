/**
 * Reading the CLI's inputs: a file path, an http(s) URL, or `-` for standard input.
 */
import { readFile } from 'node:fs/promises';
import { fetchPage, type FetchOptions } from '../fetch/index.js';

/** One input's bytes and what is known about where they came from. */
export interface InputBytes {
  body: Uint8Array;
  /** The final URL for fetched inputs. */
  url?: string;
  /** The HTTP Content-Type for fetched inputs. */
  contentType?: string;
}

/** All of standard input. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** True when the input names a URL rather than a file. */
export function isUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

/** Reads one input: `-` is stdin, `http(s)://…` is fetched politely (with `fetch` options), anything else is a file. */
export async function readInput(spec: string, fetch: FetchOptions = {}): Promise<InputBytes> {
  if (spec === '-') return { body: await readStdin() };
  if (isUrl(spec)) {
    const page = await fetchPage(spec, fetch);
    return { body: page.body, url: page.url, ...(page.contentType ? { contentType: page.contentType } : {}) };
  }
  return { body: await readFile(spec) };
}
