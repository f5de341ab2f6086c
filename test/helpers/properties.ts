/**
 * The robustness properties of issue 7, shared by the CI suite (`test/properties.test.ts`,
 * a few hundred runs each) and the nightly fuzzer (`scripts/fuzz.ts`, 100,000 runs each):
 * arbitrary strings, arbitrary bytes and mutated corpus pages go into `extract`,
 * `extractFacts`, `extractListing`, `parseFeed` and the feed writers, and what comes out must
 * satisfy the documented contract (or be the documented typed error).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { sniffNotText } from '../../src/decode/sniff.js';
import { ExtractError } from '../../src/errors.js';
import { extract } from '../../src/extract.js';
import { extractFacts } from '../../src/facts/index.js';
import { FeedError } from '../../src/errors.js';
import { mergeFeed } from '../../src/feeds/merge.js';
import { parseFeed, readFeed } from '../../src/feeds/parse.js';
import { outline } from '../../src/feeds/scan.js';
import { extractListing } from '../../src/listing/index.js';
import { toAtom } from '../../src/feeds/atom.js';
import { toJsonFeed } from '../../src/feeds/jsonfeed.js';
import { toRss } from '../../src/feeds/rss.js';
import type { Article, Listing, NumericFact } from '../../src/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'fixtures');

// ---- contracts ---------------------------------------------------------------------------

const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: false, strict: false });
const validateArticle = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs', 'article.schema.json'), 'utf8')) as object);
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$/;
const isHttp = (u: unknown): boolean => typeof u === 'string' && /^https?:\/\/[^/]/i.test(u) && URL.canParse(u);

/**
 * Throws unless `facts` point at their own text: `raw === text.slice(start, end)` (for text
 * that is not NFC, as documented, `raw` is the NFC form of that slice).
 */
export function checkFacts(facts: readonly NumericFact[], text: string): void {
  const nfc = text === text.normalize('NFC');
  for (const f of facts) {
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.start <= f.end)) {
      throw new Error(`fact offsets out of range: ${JSON.stringify(f)}`);
    }
    const span = text.slice(f.start, f.end);
    if ((nfc ? span : span.normalize('NFC')) !== f.raw) throw new Error(`fact raw ${JSON.stringify(f.raw)} is not text[${f.start}, ${f.end})`);
    if (!Number.isFinite(f.value) || (f.max !== undefined && !Number.isFinite(f.max))) throw new Error(`fact value not finite: ${f.raw}`);
  }
}

/** Throws unless `a` validates against docs/article.schema.json (after a JSON round trip) and keeps its own invariants. */
export function checkArticle(a: Article): void {
  const json: unknown = JSON.parse(JSON.stringify(a));
  if (!validateArticle(json)) throw new Error(`schema: ${ajv.errorsText(validateArticle.errors)}`);
  for (const s of [a.title, a.text, a.lead ?? '', a.author ?? '']) {
    if (s !== s.normalize('NFC')) throw new Error(`not NFC: ${JSON.stringify(s.slice(0, 80))}`);
  }
  checkFacts(a.facts, a.text);
  for (const f of a.facts) {
    if (f.section !== null && !(f.section >= 0 && f.section < a.sections.length)) throw new Error(`fact section ${f.section} out of range`);
  }
}

/** Calls `f`; a thrown error must be an instance of `allowed`. */
function onlyThrows<T>(allowed: new (...args: never[]) => Error, f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof allowed) return undefined;
    throw e;
  }
}

/** Throws unless `l` is a valid {@link Listing} with absolute http(s) URLs (`options.url` was given). */
export function checkListing(l: Listing): void {
  if (!(l.url === null || typeof l.url === 'string')) throw new Error('listing url');
  const seen = new Set<string>();
  for (const e of l.articles) {
    if (!isHttp(e.url)) throw new Error(`article URL not absolute http(s): ${e.url}`);
    if (seen.has(e.url)) throw new Error(`duplicate article URL: ${e.url}`);
    seen.add(e.url);
    if (!(e.title === null || typeof e.title === 'string')) throw new Error('entry title');
    if (!(e.publishedAt === null || DATE.test(e.publishedAt))) throw new Error(`entry date ${e.publishedAt}`);
  }
  if (!(l.nextPage === null || isHttp(l.nextPage))) throw new Error(`nextPage not absolute http(s): ${l.nextPage}`);
  for (const f of l.feeds) if (!isHttp(f)) throw new Error(`feed URL not absolute http(s): ${f}`);
}

function checkParsedFeed(input: string | Uint8Array): void {
  const feed = onlyThrows(FeedError, () => parseFeed(input));
  if (!feed) return;
  if (typeof feed.title !== 'string' || !(feed.link === null || typeof feed.link === 'string')) throw new Error('feed head');
  for (const i of feed.items) {
    if (!(i.url === null || isHttp(i.url))) throw new Error(`item URL ${i.url}`);
    if (typeof i.title !== 'string') throw new Error('item title');
    if (!(i.publishedAt === null || DATE.test(i.publishedAt))) throw new Error(`item date ${i.publishedAt}`);
    if (!(i.author === null || typeof i.author === 'string') || !(i.summary === null || typeof i.summary === 'string')) throw new Error('item texts');
  }
}

const channel = { title: 'Phường thử nghiệm', link: 'https://phuong.example.gov.vn/' };

function checkFeeds(articles: Article[]): void {
  for (const [name, xml] of [['rss', toRss(articles, channel)], ['atom', toAtom(articles, channel)]] as const) {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new Error(`${name} not well-formed: ${JSON.stringify(valid.err)}`);
  }
  const json = JSON.parse(toJsonFeed(articles, channel)) as { items: unknown[] };
  if (!Array.isArray(json.items)) throw new Error('json feed items');
}

// ---- inputs ------------------------------------------------------------------------------

interface Page { bytes: Buffer; url: string; contentType: string | undefined }

function pagesIn(dir: string, file: string): Page[] {
  return readdirSync(dir).sort().flatMap((id) => {
    try {
      const expected = JSON.parse(readFileSync(join(dir, id, 'expected.json'), 'utf8')) as { url: string; charset?: string };
      const bytes = readFileSync(join(dir, id, file));
      return [{ bytes, url: expected.url, contentType: expected.charset ? `text/html; charset=${expected.charset}` : undefined }];
    } catch {
      return [];
    }
  });
}

const wardPages = pagesIn(join(FIXTURES, 'ward'), 'page.html');
const listingPages = pagesIn(join(FIXTURES, 'listing'), 'page.html');
const feedDocs = readdirSync(join(FIXTURES, 'feeds')).filter((f) => f.endsWith('.xml')).map((f) => readFileSync(join(FIXTURES, 'feeds', f)));

/** Pieces of portal-like HTML and text, so that random strings reach deep into the pipeline. */
const TOKENS = [
  '<html>', '<head>', '</head>', '<body>', '</body>', '<div class="content">', '<div id="main">', '</div>', '<p>', '</p>',
  '<h1>', '</h1>', '<h2>', '</h2>', '<h3>', '<strong>', '</strong>', '<b>', '<em>', '<br>', '<table>', '<tr>', '<td>', '</td>',
  '</table>', '<ul>', '<li>', '</ul>', '<figure>', '<figcaption>', '</figure>', '<img src="/a.jpg" alt="Ảnh">', '<img src="javascript:x">',
  '<a href="/tin/1">', '<a href="https://x.gov.vn/tin/2.html">', '<a href="javascript:void(0)">', '<a href="?page=2">Trang sau</a>', '</a>',
  '<script>', '</script>', '<style>', '</style>', '<!--', '-->', '<![CDATA[', ']]>', '<meta charset="windows-1258">', '<meta charset="utf-8">',
  '<meta property="article:published_time" content="2023-05-12T08:00:00+07:00">', '<link rel="canonical" href="https://x.gov.vn/a">',
  '<link rel="alternate" type="application/rss+xml" href="/rss">', '<base href="https://x.gov.vn/b/">', '<title>', '</title>',
  '&amp;', '&nbsp;', '&#xD800;', '&#0;', '&#x1F600;', '&lt;', '\u0000', '\uFEFF', '\u200B', 'e\u0301', '\uD800', ' ', '\n',
  'Ngày 12/5/2023', '08:30 12/05/2023', 'Cập nhật: 01/13/2023', 'Tác giả: Nguyễn Văn A', 'Nguồn: UBND phường', 'Theo báo Nhân Dân',
  '1,5 tỷ đồng', 'gần 2.000 m2', 'hơn 200 hộ nghèo', 'từ 5 đến 7 ha', '18/24 tổ', '35%', '1.234.567.890.123.456.789 đồng', '9'.repeat(400),
  'Nghị quyết số 12/NQ-HĐND', 'Quyết định 1234/QĐ-UBND ngày 3/4/2020', 'I. MỞ ĐẦU', '1. Về kinh tế:',
  'Ủy ban nhân dân phường tổ chức hội nghị triển khai nhiệm vụ năm 2023 với sự tham gia của đông đảo nhân dân. ',
];

/** Strings built from portal-like pieces and arbitrary code points (lone surrogates included). */
export const htmlish = fc.array(fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
), { maxLength: 120 }).map((parts) => parts.join(''));

/** Any string: arbitrary code points, or portal-like soup. */
export const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ maxLength: 500 }), htmlish);
/** Any bytes, or portal-like soup in UTF-8 or cut into single bytes. */
export const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  htmlish.map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
  htmlish.map((s) => new Uint8Array(Buffer.from(s, 'latin1'))),
);

const TAG = /<[^>]*>?/g;
const ATTR = /\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

type Mutation =
  | { kind: 'dropTags'; picks: number[] }
  | { kind: 'truncate'; at: number }
  | { kind: 'shuffleAttributes'; picks: number[]; seed: number }
  | { kind: 'replaceText'; picks: number[]; texts: string[] }
  | { kind: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('dropTags' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 200 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => Math.floor(x * 1e9)) }),
  fc.record({ kind: fc.constant('shuffleAttributes' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 200 }), seed: fc.nat() }),
  fc.record({ kind: fc.constant('replaceText' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), texts: fc.array(anyString, { minLength: 1, maxLength: 5 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: htmlish }),
);

/** Positions of the tags of `s`. */
function tags(s: string): { index: number; text: string }[] {
  return [...s.matchAll(TAG)].map((m) => ({ index: m.index, text: m[0] }));
}

/** Replaces the spans `[index, index + length)` of `s` (sorted, disjoint) by `by(i)`. */
function splice(s: string, spans: { index: number; length: number }[], by: (i: number) => string): string {
  let out = '';
  let last = 0;
  spans.forEach((sp, i) => {
    out += s.slice(last, sp.index) + by(i);
    last = sp.index + sp.length;
  });
  return out + s.slice(last);
}

function pick<T>(items: T[], picks: number[]): T[] {
  if (!items.length) return [];
  const chosen = new Set(picks.map((p) => p % items.length));
  return items.filter((_, i) => chosen.has(i));
}

/** Applies a mutation to a page held as a latin1 string (one char per byte); inserted text is UTF-8. */
function mutate(s: string, m: Mutation): string {
  const utf8 = (t: string): string => Buffer.from(t, 'utf8').toString('latin1');
  switch (m.kind) {
    case 'dropTags':
      return splice(s, pick(tags(s), m.picks).map((t) => ({ index: t.index, length: t.text.length })), () => '');
    case 'truncate':
      return s.slice(0, m.at % (s.length + 1));
    case 'shuffleAttributes': {
      const chosen = pick(tags(s), m.picks);
      let seed = m.seed;
      const next = (): number => (seed = (seed * 1103515245 + 12345) >>> 0);
      return splice(s, chosen.map((t) => ({ index: t.index, length: t.text.length })), (i) => {
        const t = chosen[i]!.text;
        const attrs = t.match(ATTR) ?? [];
        if (attrs.length < 2) return t;
        const head = /^<\/?[^\s>/]*/.exec(t)![0];
        const shuffled = attrs.map((a) => ({ a, k: next() })).sort((x, y) => x.k - y.k).map((x) => x.a);
        return `${head}${shuffled.join('')}${t.endsWith('/>') ? '/>' : t.endsWith('>') ? '>' : ''}`;
      });
    }
    case 'replaceText': {
      const runs = [...s.matchAll(/>([^<]+)</g)].map((r) => ({ index: r.index + 1, length: r[1]!.length }));
      return splice(s, pick(runs, m.picks), (i) => utf8(m.texts[i % m.texts.length]!));
    }
    case 'insert': {
      const at = m.at % (s.length + 1);
      return s.slice(0, at) + utf8(m.text) + s.slice(at);
    }
  }
}

/** A corpus page (bytes, URL, Content-Type) with up to four mutations applied. */
function mutatedFrom(pages: Page[]): fc.Arbitrary<Page> {
  return fc.record({ page: fc.constantFrom(...pages), ops: fc.array(mutation, { minLength: 1, maxLength: 4 }), header: fc.boolean() })
    .map(({ page, ops, header }) => ({
      bytes: Buffer.from(ops.reduce(mutate, page.bytes.toString('latin1')), 'latin1'),
      url: page.url,
      contentType: header ? page.contentType : undefined,
    }));
}

// ---- properties --------------------------------------------------------------------------

/** One named property; `run` checks it for `numRuns` cases and returns fast-check's details. */
export interface NamedProperty {
  name: string;
  property: fc.IProperty<never>;
}

const prop = <T>(name: string, arb: fc.Arbitrary<T>, check: (v: T) => void): NamedProperty =>
  ({ name, property: fc.property(arb, check) as unknown as fc.IProperty<never> });

/**
 * The article, or undefined for a typed refusal. Refusing input as not text (`BINARY`,
 * `COMPRESSED`) is allowed only when its bytes hold what the sniffer looks for: 'not text'.
 */
const articleOf = (input: string | Uint8Array, options: Parameters<typeof extract>[1] = {}): Article | 'not text' | undefined => {
  try {
    return extract(input, options);
  } catch (e) {
    if (!(e instanceof ExtractError)) throw e;
    if (e.code !== 'BINARY' && e.code !== 'COMPRESSED') return undefined;
    if (!sniffNotText(input)) throw new Error(`${e.code} for input the sniffer accepts`);
    return 'not text';
  }
};

/** Articles with arbitrary texts and URLs, for the feed writers. */
const anyArticle: fc.Arbitrary<Article> = fc.record({
  url: fc.option(fc.oneof(fc.webUrl(), anyString), { nil: null }),
  title: anyString,
  publishedAt: fc.option(fc.constantFrom('2024-05-01', '2023-12-31T23:59:00+07:00', '1900-01-01', '9999-12-31'), { nil: null }),
  author: fc.option(anyString, { nil: null }),
  authors: fc.array(anyString, { maxLength: 3 }),
  postedBy: fc.option(anyString, { nil: null }),
  source: fc.option(anyString, { nil: null }),
  lead: fc.option(anyString, { nil: null }),
  sections: fc.array(fc.record({ heading: fc.option(anyString, { nil: null }), level: fc.nat({ max: 9 }), paragraphs: fc.array(anyString, { maxLength: 4 }) }), { maxLength: 4 }),
  text: anyString,
  images: fc.array(fc.record({ src: fc.oneof(fc.webUrl(), anyString), alt: fc.option(anyString, { nil: null }), caption: fc.option(anyString, { nil: null }) }), { maxLength: 3 }),
  facts: fc.constant([]),
  documentRefs: fc.array(anyString, { maxLength: 2 }),
  language: fc.constant('vi' as const),
});

// ---- damaged feeds (issue 12) ---------------------------------------------------------------

/** Our RSS and Atom of a few fixture articles, and the fixture portal feed, with each item's text and id. */
const mergeTargets = ((): { doc: string; items: { raw: string; id: string }[] }[] => {
  const articles = readdirSync(join(FIXTURES, 'ward')).sort().slice(0, 6).map((id) => {
    const { url } = JSON.parse(readFileSync(join(FIXTURES, 'ward', id, 'expected.json'), 'utf8')) as { url: string };
    return extract(readFileSync(join(FIXTURES, 'ward', id, 'page.html')), { url });
  });
  const channel = { title: 'Phường mẫu', link: 'https://portal.example.gov.vn/' };
  const docs = [toRss(articles, channel), toAtom(articles, channel), readFileSync(join(FIXTURES, 'feeds', 'wordpress-commune.xml'), 'utf8')];
  return docs.map((doc) => {
    const { roots } = outline(doc);
    const parent = roots[0]!.name === 'rss' ? roots[0]!.children.find((c) => c.name === 'channel')! : roots[0]!;
    const elements = parent.children.filter((c) => c.name === 'item' || c.name === 'entry');
    const entries = readFeed(doc).entries;
    return { doc, items: elements.map((e, i) => ({ raw: doc.slice(e.start, e.end), id: entries[i]!.id })) };
  });
})();

/** Truncation, corrupted bytes, or a removed closing tag. */
const damage = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('corrupt' as const), bytes: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 200 }) }),
  fc.record({ kind: fc.constant('unclose' as const), nth: fc.nat({ max: 40 }), tag: fc.constantFrom('</item>', '</entry>', '</title>', '</channel>', '</guid>', '</content>', '</content:encoded>', ']]>') }),
);

type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

function damaged(doc: string, d: Damage): string {
  if (d.kind === 'truncate') return doc.slice(0, Math.floor(doc.length * d.at));
  if (d.kind === 'corrupt') {
    const chars = doc.split('');
    for (const [at, code] of d.bytes) chars[Math.floor(at * chars.length)] = String.fromCharCode(code);
    return chars.join('');
  }
  const at = [...doc.matchAll(new RegExp(d.tag.replace(/[\]\[]/g, '\\$&'), 'g'))].map((m) => m.index);
  const i = at.length ? at[d.nth % at.length]! : -1;
  return i < 0 ? doc : doc.slice(0, i) + doc.slice(i + d.tag.length);
}

const NEW_ITEM: Article = {
  url: 'https://portal.example.gov.vn/tin/moi.html', title: 'Tin mới', publishedAt: '2026-01-01', author: null, authors: [], postedBy: null, source: null,
  lead: null, sections: [{ heading: null, level: 0, paragraphs: ['Nội dung.'] }], text: 'Nội dung.', images: [], facts: [], documentRefs: [], language: 'vi',
};

/** A damaged feed merges to a superset of the items it still holds whole, or is refused with FeedError DAMAGED / NOT_A_FEED. */
function checkDamagedMerge({ target, d }: { target: number; d: Damage }): void {
  const { doc, items } = mergeTargets[target]!;
  const broken = damaged(doc, d);
  let out: string;
  try {
    out = mergeFeed(broken, [NEW_ITEM]);
  } catch (e) {
    if (e instanceof FeedError && (e.code === 'DAMAGED' || e.code === 'NOT_A_FEED')) return;
    throw e;
  }
  const ids = new Set(readFeed(out).entries.map((e) => e.id));
  for (const item of items) {
    if (broken.includes(item.raw) && !ids.has(item.id)) throw new Error(`merge lost item ${item.id}`);
  }
  if (!ids.has(NEW_ITEM.url!)) throw new Error('merge did not add the new item');
}

/** Every property of issue 7, in a stable order. */
export const PROPERTIES: NamedProperty[] = [
  prop('extract: arbitrary strings', fc.tuple(anyString, fc.option(fc.webUrl(), { nil: undefined })), ([s, url]) => {
    const a = articleOf(s, url === undefined ? {} : { url });
    if (!a) throw new Error('extract threw ExtractError on a small string');
    if (a !== 'not text') checkArticle(a);
  }),
  prop('extract: arbitrary bytes', fc.tuple(anyBytes, fc.option(fc.constantFrom('text/html', 'text/html; charset=utf-8', 'text/html; charset=iso-8859-1', 'text/html; charset=utf-16le', 'text/html; charset=bogus'), { nil: undefined })), ([b, contentType]) => {
    const a = articleOf(b, contentType === undefined ? {} : { contentType });
    if (!a) throw new Error('extract threw ExtractError on small bytes');
    if (a !== 'not text') checkArticle(a);
  }),
  prop('extract: mutated corpus pages', mutatedFrom(wardPages), (p) => {
    const a = articleOf(p.bytes, { url: p.url, ...(p.contentType ? { contentType: p.contentType } : {}) });
    if (!a) throw new Error('extract threw ExtractError on a corpus-sized page');
    if (a !== 'not text') checkArticle(a);
  }),
  prop('extract: limits give a typed error or a valid article', fc.tuple(htmlish, fc.nat({ max: 3000 }), fc.nat({ max: 50 })), ([s, maxBytes, maxNodes]) => {
    const a = articleOf(s, { maxBytes, maxNodes });
    if (a === 'not text') return;
    if (a) checkArticle(a);
    else if (s.length <= maxBytes) throw new Error('TOO_LARGE below maxBytes');
  }),
  prop('extractFacts: raw === text.slice(start, end)', anyString, (s) => checkFacts(extractFacts(s), s)),
  prop('extractListing: mutated corpus listings', mutatedFrom(listingPages), (p) => {
    const l = onlyThrows(ExtractError, () => extractListing(p.bytes, { url: p.url, ...(p.contentType ? { contentType: p.contentType } : {}) }));
    if (!l) throw new Error('extractListing threw on a corpus-sized page');
    checkListing(l);
  }),
  prop('extractListing: arbitrary strings and bytes', fc.tuple(fc.oneof(anyString, anyBytes), fc.webUrl()), ([input, url]) => {
    const l = onlyThrows(ExtractError, () => extractListing(input, { url }));
    if (!l) throw new Error('extractListing threw on a small input');
    checkListing(l);
  }),
  prop('parseFeed: arbitrary strings and bytes', fc.oneof(anyString, anyBytes, htmlish.map((s) => `<?xml version="1.0"?><rss version="2.0"><channel>${s}</channel></rss>`)), checkParsedFeed),
  prop('parseFeed: mutated corpus feeds', fc.record({ doc: fc.constantFrom(...feedDocs), ops: fc.array(mutation, { minLength: 1, maxLength: 4 }) }),
    ({ doc, ops }) => checkParsedFeed(Buffer.from(ops.reduce(mutate, doc.toString('latin1')), 'latin1'))),
  prop('mergeFeed: damaged feeds merge to a superset or refuse', fc.record({ target: fc.nat({ max: mergeTargets.length - 1 }), d: damage }), checkDamagedMerge),
  prop('toRss / toAtom / toJsonFeed: arbitrary articles', fc.array(anyArticle, { minLength: 1, maxLength: 3 }), checkFeeds),
];

/** Runs one property `numRuns` times; returns fast-check's report (failed, counterexample, ...). */
export function runProperty(p: NamedProperty, numRuns: number, seed?: number): fc.RunDetails<never> {
  return fc.check(p.property, { numRuns, ...(seed === undefined ? {} : { seed }) });
}
