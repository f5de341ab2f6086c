/**
 * Decode stage: page bytes to a string, the way browsers choose the encoding
 * (BOM, HTTP charset, `<meta charset>`), with a Vietnamese default.
 */
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import iconv from 'iconv-lite';
import { labelToName } from 'whatwg-encoding';

/** The decoded page and the encoding that was used. */
export interface Decoded {
  html: string;
  /** WHATWG encoding name, lower-cased (`utf-8`, `windows-1258`, ...); `utf-16` for string input. */
  charset: string;
}

// The spec's prescan window; portals with long <head>s get a second, wider look below.
const PRESCAN_BYTES = 1024;
const WIDE_SCAN_BYTES = 64 * 1024;
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** The charset parameter of a Content-Type header value, if any. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1];
}

/** True when the bytes are well-formed UTF-8 and contain at least one multi-byte sequence. */
function isMultibyteUtf8(b: Uint8Array): boolean {
  try {
    return utf8Strict.decode(b).length < b.length;
  } catch {
    return false;
  }
}

// Vietnamese text in any single-byte charset is almost never valid multi-byte UTF-8, so
// these labels on such bytes are taken for a server or template default that lies.
const SINGLE_BYTE_LIES = new Set(['windows-1252', 'iso-8859-1', 'us-ascii', 'windows-1258', 'iso-8859-15']);

function declared(buf: Buffer, transport: string | undefined): { name: string; trusted: boolean } | null {
  const sniffer = new Sniffer({ maxBytes: PRESCAN_BYTES, transportLayerEncodingLabel: transport });
  sniffer.write(buf);
  if (sniffer.resultType === ResultType.BOM) return { name: sniffer.encoding, trusted: true };
  if (sniffer.resultType !== ResultType.DEFAULT) return { name: sniffer.encoding, trusted: false };
  const wide = META_CHARSET.exec(buf.toString('latin1', 0, Math.min(buf.length, WIDE_SCAN_BYTES)));
  const name = wide ? labelToName(wide[1]!) : null;
  return name ? { name, trusted: false } : null;
}

/**
 * Decodes page bytes. Order of authority: byte-order mark, the charset of `contentType`,
 * the page's own `<meta>` declaration, then UTF-8 when the bytes are valid UTF-8 and
 * windows-1258 otherwise (the WHATWG default for Vietnamese). A declared single-byte
 * Western charset on bytes that are valid multi-byte UTF-8 is treated as a mislabel.
 */
export function decode(input: string | Uint8Array, contentType?: string): Decoded {
  if (typeof input === 'string') return { html: input, charset: 'utf-16' };
  const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const d = declared(buf, charsetOf(contentType));
  let charset: string;
  if (!d) charset = isMultibyteUtf8(buf) ? 'utf-8' : 'windows-1258';
  else if (!d.trusted && SINGLE_BYTE_LIES.has(d.name.toLowerCase()) && isMultibyteUtf8(buf)) charset = 'utf-8';
  else charset = d.name.toLowerCase();
  // Skip a BOM that agrees with the charset; iconv and toString would keep it as U+FEFF.
  const html = charset === 'utf-8'
    ? buf.toString('utf8', buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0)
    : iconv.decode(buf, charset);
  return { html, charset };
}
