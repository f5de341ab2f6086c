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

/** The charset parameter of a Content-Type header value, if any. */
function charsetOf(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1];
}

// A UTF-8 page keeps reading as UTF-8 with this many invalid sequences per valid multi-byte
// character (a truncated download, a stray byte pasted in). Single-byte Vietnamese text read
// as UTF-8 is the other way round: nearly every accented letter is an invalid sequence.
const INVALID_PER_MULTIBYTE = 1 / 20;

/** The bytes read as UTF-8 (BOM skipped), with the evidence for and against that reading. */
interface Utf8Reading {
  text: string;
  /** Valid multi-byte characters (only known to be non-zero when there are no invalid ones). */
  multibyte: number;
  /** Invalid sequences (U+FFFD). */
  invalid: number;
}

const NON_ASCII = /[\u0080-\uFFFC\uFFFE\uFFFF]/;

function readUtf8(b: Buffer): Utf8Reading {
  const text = b.toString('utf8', b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0);
  let invalid = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) invalid++;
  // Without broken sequences only "any multi-byte character at all" matters: a native search.
  if (invalid === 0) return { text, multibyte: NON_ASCII.test(text) ? 1 : 0, invalid };
  let multibyte = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c !== 0xfffd && (c < 0xdc00 || c > 0xdfff)) multibyte++;
  }
  return { text, multibyte, invalid };
}

/** True when the bytes read as UTF-8, allowing a few broken sequences, with at least one multi-byte character. */
const looksUtf8 = (r: Utf8Reading): boolean => r.multibyte > 0 && r.invalid <= r.multibyte * INVALID_PER_MULTIBYTE;

/** True when a UTF-8 label is contradicted by the bytes: broken sequences outweigh the valid ones. */
const notUtf8 = (r: Utf8Reading): boolean => r.invalid > 0 && r.invalid > r.multibyte * INVALID_PER_MULTIBYTE;

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
 * the page's own `<meta>` declaration, then UTF-8 when the bytes read as UTF-8 (a few broken
 * sequences allowed) and windows-1258 otherwise (the WHATWG default for Vietnamese). A
 * declared single-byte Western charset on bytes that read as multi-byte UTF-8, and a declared
 * UTF-8 on bytes that mostly do not, are treated as mislabels.
 */
export function decode(input: string | Uint8Array, contentType?: string): Decoded {
  if (typeof input === 'string') return { html: input, charset: 'utf-16' };
  const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const d = declared(buf, charsetOf(contentType));
  const name = d?.name.toLowerCase();
  // Read as UTF-8 once, only when that reading is a candidate; it doubles as the result.
  const utf8 = !d || (!d.trusted && (name === 'utf-8' || SINGLE_BYTE_LIES.has(name!))) ? readUtf8(buf) : null;
  let charset: string;
  if (!d) charset = looksUtf8(utf8!) ? 'utf-8' : 'windows-1258';
  else if (utf8 && SINGLE_BYTE_LIES.has(name!) && looksUtf8(utf8)) charset = 'utf-8';
  // A UTF-8 label on legacy bytes (a template default over a windows-1258 database).
  else if (utf8 && name === 'utf-8' && notUtf8(utf8)) charset = 'windows-1258';
  else charset = name!;
  if (charset === 'utf-8') return { html: utf8?.text ?? readUtf8(buf).text, charset };
  return { html: iconv.decode(buf, charset), charset };
}
