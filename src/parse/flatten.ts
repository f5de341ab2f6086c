/**
 * Depth guard for parse5 (htmlparser2 has its own, exact one: guard.ts). Tree builders keep
 * their open elements in arrays that cost O(depth) per tag at extreme depths (100,000 nested
 * `<div>`s take seconds to minutes), so before parsing such a page its tags nested deeper than
 * a limit are removed (their text stays). Real pages never come near the limit.
 */

// A tag, roughly: enough to count nesting on pages that are already pathological.
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Tags closed implicitly by their siblings: they do not deepen a real tree.
const IMPLIED = new Set(['p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption']);
// Raw-text elements end at their own end tag; dropping one would turn a script's code into text.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/** Removes the tags of `html` nested deeper than `maxDepth`, keeping everything else. */
export function flattenDeepTags(html: string, maxDepth: number): string {
  const open: string[] = [];
  const dropped = new Map<string, number>();
  return html.replace(TAG, (tag: string, close: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (VOID.has(name) || IMPLIED.has(name) || RAW_TEXT.has(name) || tag.endsWith('/>')) return tag;
    if (!close) {
      if (open.length >= maxDepth) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        return '';
      }
      open.push(name);
      return tag;
    }
    const d = dropped.get(name) ?? 0;
    if (d > 0) {
      dropped.set(name, d - 1);
      return '';
    }
    const at = open.lastIndexOf(name);
    if (at >= 0) open.length = at;
    return tag;
  });
}
