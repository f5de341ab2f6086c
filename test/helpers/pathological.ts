/**
 * Builders of the pathological inputs of issue 7, shared by `test/pathological.test.ts`
 * (small sizes, behaviour) and `bench/pathological.mjs` (full sizes, time and memory).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** A ward fixture: its bytes and what extraction must find. */
export interface Fixture {
  id: string;
  bytes: Buffer;
  url: string;
  charset: string;
  title: string;
}

export function fixture(id: string): Fixture {
  const expected = JSON.parse(readFileSync(join(FIXTURES, 'ward', id, 'expected.json'), 'utf8')) as { url: string; charset: string; title: string };
  return { id, bytes: readFileSync(join(FIXTURES, 'ward', id, 'page.html')), ...expected };
}

/** A UTF-8 article page and a windows-1258 one from the corpus. */
export const UTF8_PAGE = 'liferay-01-an-khanh-trat-tu-via-he';
export const CP1258_PAGE = 'joomla15-cp1258-xa-hoa-phong-nong-thon-moi';

const PARAGRAPH = 'Ủy ban nhân dân phường đã tổ chức ra quân lập lại trật tự lòng lề đường, chỉnh trang đô thị với sự tham gia của 120 cán bộ. ';

/** `depth` nested `<div>`s around one paragraph of text. */
export function nested(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPH.repeat(3)}</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** A real article page grown to about `bytes` by a comment section of short paragraphs after the article. */
export function hugePage(bytes: number): Buffer {
  const page = fixture(UTF8_PAGE).bytes.toString('utf8');
  const block = `<div class="comment"><p class="name">Bạn đọc</p><p>${PARAGRAPH}</p></div>\n`;
  const filler = block.repeat(Math.max(0, Math.ceil((bytes - page.length) / Buffer.byteLength(block))));
  const at = page.lastIndexOf('</body>');
  return Buffer.from(page.slice(0, at) + filler + page.slice(at), 'utf8');
}

/** A listing-like page with `count` article links (about 30 bytes each: 1,000,000 fit in the default maxBytes). */
export function manyLinks(count: number): string {
  const parts: string[] = ['<html><head><title>Tin tức</title></head><body><ul class="news-list">'];
  for (let i = 0; i < count; i++) parts.push(`<li><a href="/t/${i}">Tin ${i}</a>`);
  parts.push('</ul></body></html>');
  return parts.join('');
}

/** One text node of about `chars` characters, no markup at all. */
export function hugeText(chars: number): string {
  return PARAGRAPH.repeat(Math.ceil(chars / PARAGRAPH.length));
}

/** A page with NUL bytes and invalid UTF-8 sequences sprinkled through its text and markup. */
export function brokenUtf8(): Buffer {
  const bytes = fixture(UTF8_PAGE).bytes;
  const junk = [Buffer.from([0]), Buffer.from([0xff]), Buffer.from([0xc3, 0x28]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xe2, 0x82])];
  const out: Buffer[] = [];
  // Every 997th byte that starts a UTF-8 sequence (ASCII), so that no real character is split.
  let last = 0;
  let n = 0;
  for (let i = 997; i < bytes.length; i += 997) {
    while (i < bytes.length && bytes[i]! >= 0x80) i++;
    out.push(bytes.subarray(last, i), junk[n++ % junk.length]!);
    last = i;
  }
  out.push(bytes.subarray(last));
  return Buffer.concat(out);
}

/** The UTF-8 page, undeclared (its `<meta charset>` removed), so that only the bytes can tell. */
export function undeclared(bytes: Buffer): Buffer {
  return Buffer.from(bytes.toString('latin1').replace(/<meta[^>]*charset[^>]*>/gi, ''), 'latin1');
}

/** The UTF-8 page re-encoded as UTF-16 (LE or BE) with a byte-order mark. */
export function utf16(endian: 'le' | 'be'): Buffer {
  const text = fixture(UTF8_PAGE).bytes.toString('utf8');
  return iconv.encode(text, endian === 'le' ? 'utf-16le' : 'utf-16be', { addBOM: true });
}

/** The windows-1258 page with its `<meta charset>` replaced by a lying `utf-8`. */
export function cp1258SaysUtf8(): Buffer {
  const latin = fixture(CP1258_PAGE).bytes.toString('latin1');
  return Buffer.from(latin.replace(/charset\s*=\s*["']?[\w-]+/gi, 'charset=utf-8'), 'latin1');
}
