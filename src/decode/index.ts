/**
 * Decode stage: page bytes to a string, the way browsers choose the encoding
 * (BOM, HTTP charset, `<meta charset>`), with a Vietnamese default.
 */
import { decodeBuffer, getEncoding } from 'encoding-sniffer';

/** The decoded page and the encoding that was used. */
export interface Decoded {
  html: string;
  /** WHATWG encoding name, lower-cased (`utf-8`, `windows-1258`, ...); `utf-16` for string input. */
  charset: string;
}

// Portals put long <head>s before <meta charset>; browsers look past the spec's 1,024 bytes too.
const SNIFF_BYTES = 64 * 1024;

/** The charset parameter of a Content-Type header value, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1];
}

/** True when the bytes are well-formed UTF-8 and contain at least one multi-byte sequence. */
function looksUtf8(b: Uint8Array): boolean {
  let multi = false;
  const n = Math.min(b.length, 1 << 20);
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 0x80) continue;
    let extra: number;
    if (c >= 0xc2 && c <= 0xdf) extra = 1;
    else if (c >= 0xe0 && c <= 0xef) extra = 2;
    else if (c >= 0xf0 && c <= 0xf4) extra = 3;
    else return false;
    if (i + extra >= n) return n < b.length; // cut by our window, not malformed
    for (let k = 1; k <= extra; k++) if ((b[i + k]! & 0xc0) !== 0x80) return false;
    i += extra;
    multi = true;
  }
  return multi;
}

const SINGLE_BYTE_LIES = new Set(['windows-1252', 'iso-8859-1', 'us-ascii', 'windows-1258', 'iso-8859-15']);

/**
 * Decodes page bytes. Order of authority: byte-order mark, the charset of `contentType`,
 * the page's own `<meta>` declaration, then UTF-8 when the bytes are valid UTF-8 and
 * windows-1258 otherwise (the WHATWG default for Vietnamese). A declared single-byte
 * Western charset that contradicts bytes which are valid multi-byte UTF-8 is treated as
 * a mislabel, since Vietnamese text in any single-byte charset is almost never valid UTF-8.
 */
export function decode(input: string | Uint8Array, contentType?: string): Decoded {
  if (typeof input === 'string') return { html: input, charset: 'utf-16' };
  const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const transport = charsetOf(contentType);
  const opts = { maxBytes: SNIFF_BYTES, transportLayerEncodingLabel: transport };
  // Run the sniffer with two different defaults: if they disagree, nothing was declared.
  const a = getEncoding(buf, { ...opts, defaultEncoding: 'utf-8' });
  const b = getEncoding(buf, { ...opts, defaultEncoding: 'windows-1258' });
  let charset: string;
  if (a !== b) charset = looksUtf8(buf) ? 'utf-8' : 'windows-1258';
  else if (SINGLE_BYTE_LIES.has(a.toLowerCase()) && looksUtf8(buf)) charset = 'utf-8';
  else charset = a;
  charset = charset.toLowerCase();
  const html = decodeBuffer(buf, { maxBytes: SNIFF_BYTES, transportLayerEncodingLabel: charset });
  return { html, charset };
}
