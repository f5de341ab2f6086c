import { cleanText } from '../text/normalize.js';

// Characters XML 1.0 forbids (C0 controls except tab/LF/CR, U+FFFE/U+FFFF) plus DEL and the
// C1 controls, which are legal but only ever appear in portal text as mis-decoding debris
// and make some readers reject the document.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// A surrogate half without its partner cannot be encoded as UTF-8 at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes a string representable in any XML 1.0 / UTF-8 document: lone surrogates become
 * U+FFFD, forbidden control characters are dropped. Markup characters (`&`, `<`, `]]>`) are
 * left alone: escaping them is the serializer's job.
 */
export function xmlSafe(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD').replace(FORBIDDEN, '');
}

/** {@link xmlSafe}, then {@link cleanText}: NFC, one line, no invisible characters. */
export function safeText(s: string): string {
  return cleanText(xmlSafe(s));
}

const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const entity = (c: string): string => ENTITY[c]!;

/**
 * Plain text as HTML text (`&`, `<`, `>` escaped), for RSS elements that readers render as
 * HTML (`description`): without it, text such as `<script>` would become markup there.
 */
export function htmlEscape(s: string): string {
  return s.replace(/[&<>]/g, entity);
}

/**
 * Plain text as the text or a quoted attribute value of HTML or XML markup: `&`, `<`, `>`,
 * `"` and `'` escaped (`&apos;`, as the feeds' XML writer does, so both outputs read alike).
 */
export function markupEscape(s: string): string {
  return s.replace(/[&<>"']/g, entity);
}

/**
 * `href` resolved against `base` (when given) if the result is an `http:` or `https:` URL;
 * null for any other scheme (`javascript:`, `data:`, ...) or an unparsable address.
 */
export function safeHttpUrl(href: string, base: string | null = null): string | null {
  try {
    const url = base === null ? new URL(href.trim()) : new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
