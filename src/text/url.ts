/**
 * URL resolution shared by the stages (the page URL from `<link rel=canonical>`, `<base href>`,
 * image sources): one resolver, with the WHATWG parser's rules.
 */

/** `href` resolved against `base` (absolute when `base` is null), or null when it is no URL. */
export function resolveUrl(href: string, base: string | null = null): string | null {
  try { return new URL(href, base ?? undefined).href; } catch { return null; }
}

/**
 * The names an address gives its site: the host without "www." ("cleveland.com") and its main
 * label ("cleveland"; "telegraph" for "telegraph.co.uk"). [] for no http(s) address.
 */
export function hostNames(url: string | null | undefined): string[] {
  const host = url ? /^https?:\/\/(?:www\.)?([^/:?#]+)/iu.exec(url)?.[1]?.toLowerCase() : undefined;
  if (!host) return [];
  const labels = host.split('.');
  // The label before a two-part public suffix ("co.uk", "com.br").
  const main = labels.length >= 3 && labels[labels.length - 2]!.length <= 3 ? labels[labels.length - 3] : labels[labels.length - 2];
  return main ? [host, main] : [host];
}
