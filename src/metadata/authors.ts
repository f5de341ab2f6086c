/**
 * Authors a page declares in machine-readable form: JSON-LD `author` (a string, an object,
 * an array of either, or an `@id` reference into `@graph`), and the names of the
 * organisations that publish the site (JSON-LD `publisher`, `WebSite`, `og:site_name`), so
 * that a later stage can refuse an "author" that is only the site itself.
 */

/** A name declared as an author, with what the page says it is. */
export interface DeclaredAuthor {
  name: string;
  /** `organization` when the page types it so (JSON-LD `@type: Organization`). */
  kind: 'person' | 'organization' | 'unknown';
  /** Where it was declared: one source's names are read together, the next source only when it gives none. */
  from: 'json-ld' | 'meta' | 'microdata' | 'link';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const typeOf = (o: Obj): string => String(Array.isArray(o['@type']) ? o['@type'].join(' ') : o['@type'] ?? '');
const ORG_TYPE = /Organi[sz]ation|NewsMediaOrganization|Corporation|GovernmentOrganization|WebSite/i;

function nameOf(v: unknown, byId: ReadonlyMap<string, Obj>): DeclaredAuthor | null {
  if (typeof v === 'string') return v.trim() ? { name: v.trim(), kind: 'unknown', from: 'json-ld' } : null;
  if (!isObj(v)) return null;
  const o = typeof v['@id'] === 'string' && v.name === undefined ? byId.get(v['@id']) ?? v : v;
  // A Person may be named only by its parts ({"givenName": "Anna", "familyName": "Meier"}).
  const parts = [o.givenName, o.familyName].filter((p): p is string => typeof p === 'string' && !!p.trim());
  const name = Array.isArray(o.name) ? o.name[0] : o.name ?? (parts.length ? parts.join(' ') : undefined);
  if (typeof name !== 'string' || !name.trim()) return null;
  const type = typeOf(o);
  return { name: name.trim(), kind: ORG_TYPE.test(type) ? 'organization' : /Person/i.test(type) ? 'person' : 'unknown', from: 'json-ld' };
}

/** The JSON-LD nodes of one script, flattened (arrays, `@graph`, `mainEntity`), bounded. */
function nodes(json: unknown): Obj[] {
  const out: Obj[] = [];
  const stack: unknown[] = [json];
  let guard = 0;
  while (stack.length && guard++ < 10_000) {
    const v = stack.pop();
    if (Array.isArray(v)) { for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]); continue; }
    if (!isObj(v)) continue;
    out.push(v);
    if (v['@graph']) stack.push(v['@graph']);
    // A WebPage that holds the article as its main entity ({"@type":"WebPage","mainEntity":{"@type":"NewsArticle",…}}).
    if (isObj(v.mainEntity) || Array.isArray(v.mainEntity)) stack.push(v.mainEntity);
  }
  return out;
}

/** What JSON-LD says about the article: its headline, date, authors and the site's own names. */
export interface JsonLdFacts {
  headline?: string;
  datePublished?: string;
  authors: DeclaredAuthor[];
  siteNames: string[];
}

/** Reads one parsed JSON-LD script into `into` (first article node wins for headline and date). */
export function readJsonLd(json: unknown, into: JsonLdFacts): void {
  const all = nodes(json);
  const byId = new Map<string, Obj>();
  for (const o of all) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  for (const o of all) {
    const type = typeOf(o);
    if (/WebSite|Organi[sz]ation/i.test(type) && typeof o.name === 'string') into.siteNames.push(o.name.trim());
    if (!/Article|Posting|Report|WebPage|Review|Recipe|CreativeWork|VideoObject/i.test(type)) continue;
    const publisher = nameOf(o.publisher, byId);
    if (publisher) into.siteNames.push(publisher.name);
    if (/WebPage/i.test(type) && !/Article/i.test(type)) continue;
    if (typeof o.headline === 'string') into.headline ??= o.headline;
    if (typeof o.datePublished === 'string') into.datePublished ??= o.datePublished;
    if (into.authors.length) continue;
    // `creator` stands in for `author` on some CMSs.
    const by = o.author ?? o.creator;
    const list = Array.isArray(by) ? by : by === undefined ? [] : [by];
    for (const a of list) {
      const d = nameOf(a, byId);
      if (d) into.authors.push(d);
    }
  }
}
