/**
 * The element outline of a well-formed XML document: each element's local name, prefix and
 * source range, down to a fixed depth. `mergeFeed` uses it to prove that every item of a feed
 * was read, and to keep, as written, the elements of a foreign feed that it does not model.
 * Only call it on a document that passed `XMLValidator`: it does not check well-formedness.
 */

/** One element of the outline. */
export interface XmlElement {
  /** Local name (prefix removed). */
  name: string;
  /** The prefix as written, or '' . */
  prefix: string;
  /** Offset of `<` of the start tag. */
  start: number;
  /** Offset just after the end tag (or `/>`). */
  end: number;
  /** The start tag as written (`<item ...>`). */
  tag: string;
  children: XmlElement[];
}

/** The outline of `xml` (elements deeper than `maxDepth` are counted but not kept) and the count of each local name at any depth. */
export function outline(xml: string, maxDepth = 4): { roots: XmlElement[]; counts: Map<string, number> } {
  const roots: XmlElement[] = [];
  const counts = new Map<string, number>();
  const stack: (XmlElement | null)[] = [];
  let i = 0;
  const skipTo = (marker: string, from: number): number => {
    const at = xml.indexOf(marker, from);
    return at < 0 ? xml.length : at + marker.length;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) i = skipTo('-->', lt + 4);
    else if (xml.startsWith('<![CDATA[', lt)) i = skipTo(']]>', lt + 9);
    else if (xml.startsWith('<?', lt)) i = skipTo('?>', lt + 2);
    else if (xml.startsWith('<!', lt)) {
      // DOCTYPE, with or without an internal subset.
      const bracket = xml.indexOf('[', lt);
      const close = xml.indexOf('>', lt);
      i = bracket >= 0 && bracket < close ? skipTo(']>', bracket) : close + 1;
    } else if (xml[lt + 1] === '/') {
      i = skipTo('>', lt);
      const open = stack.pop();
      if (open) open.end = i;
    } else {
      // A start tag; attribute values may hold '>'.
      let j = lt + 1;
      let quote = '';
      for (; j < xml.length; j++) {
        const c = xml[j]!;
        if (quote) { if (c === quote) quote = ''; } else if (c === '"' || c === "'") quote = c; else if (c === '>') break;
      }
      const tag = xml.slice(lt, j + 1);
      const qname = /^<([^\s/>]+)/.exec(tag)![1]!;
      const colon = qname.indexOf(':');
      const name = colon < 0 ? qname : qname.slice(colon + 1);
      counts.set(name, (counts.get(name) ?? 0) + 1);
      const selfClosing = tag.endsWith('/>');
      const element: XmlElement | null = stack.length < maxDepth
        ? { name, prefix: colon < 0 ? '' : qname.slice(0, colon), start: lt, end: j + 1, tag, children: [] }
        : null;
      if (element) {
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(element);
        else if (stack.length === 0) roots.push(element);
      }
      if (!selfClosing) stack.push(element);
      i = j + 1;
    }
  }
  return { roots, counts };
}
