/**
 * URL resolution shared by the stages (the page URL from `<link rel=canonical>`, `<base href>`,
 * image sources): one resolver, with the WHATWG parser's rules.
 */

/** `href` resolved against `base` (absolute when `base` is null), or null when it is no URL. */
export function resolveUrl(href: string, base: string | null = null): string | null {
  try { return new URL(href, base ?? undefined).href; } catch { return null; }
}
