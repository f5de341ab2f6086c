/**
 * What a page's first bytes say it is when it is not text at all: compressed data (gzip,
 * zip, …) or binary (an image, a PDF, random bytes). Text in any charset — HTML, or a plain
 * text rendering — is never flagged: a legacy single-byte charset can decode any byte, so
 * the test is for bytes no text holds (NUL and other C0 controls), not for invalid UTF-8.
 */
import { BINARY_CONTROL_SHARE, SNIFF_BYTES } from '../tuning.js';

/** Why the input is not a page, or null when it may be one. */
export interface NotText {
  kind: 'compressed' | 'binary';
  /** What it looks like: `gzip`, `zip`, `PNG image`, `PDF document`, `binary data`, … */
  format: string;
}

// Magic numbers of the formats a user is likely to hand over by mistake.
const MAGIC: readonly { bytes: readonly number[]; kind: NotText['kind']; format: string }[] = [
  { bytes: [0x1f, 0x8b], kind: 'compressed', format: 'gzip' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'compressed', format: 'zip' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: 'compressed', format: 'zstd' },
  { bytes: [0x42, 0x5a, 0x68], kind: 'compressed', format: 'bzip2' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: 'compressed', format: 'xz' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'binary', format: 'PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'binary', format: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'binary', format: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'binary', format: 'GIF image' },
];

const startsWith = (b: Uint8Array, magic: readonly number[]): boolean => magic.every((x, i) => b[i] === x);

/** Code units (bytes, or a string's UTF-16 units) below 0x20 that text does not hold: NUL and all but tab, LF, FF, CR and ESC. */
function isStrayControl(c: number): boolean {
  return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b;
}

/**
 * Sniffs the first {@link SNIFF_BYTES} of a page. A UTF-16 BOM exempts the bytes (UTF-16
 * text is full of NULs); stray control characters (NUL included) over
 * {@link BINARY_CONTROL_SHARE} of the window mean binary, a stray one in a page does not.
 */
export function sniffNotText(input: string | Uint8Array): NotText | null {
  if (typeof input !== 'string') {
    if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) return null;
    for (const m of MAGIC) if (startsWith(input, m.bytes)) return { kind: m.kind, format: m.format };
  }
  const n = Math.min(input.length, SNIFF_BYTES);
  let stray = 0;
  for (let i = 0; i < n; i++) {
    const c = typeof input === 'string' ? input.charCodeAt(i) : input[i]!;
    if (isStrayControl(c)) stray++;
  }
  return n > 0 && stray / n > BINARY_CONTROL_SHARE ? { kind: 'binary', format: 'binary data' } : null;
}
