/**
 * `ward-news feed`: publish articles (portal pages, or JSONL of articles) as RSS, Atom or
 * JSON Feed, optionally merged into the feed a previous run wrote.
 */
import { readFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { extract } from '../extract.js';
import type { FeedArticle, FeedChannel } from '../feeds/index.js';
import { safeHttpUrl } from '../serialize/safe-text.js';
import type { ExtractOptions } from '../types.js';
import { readInput } from './inputs.js';
import { markFailed, oneLine, UsageError } from './exit.js';
import { listingPage } from './kind.js';
import { oneOf, wholeNumber } from './options.js';
import { writeAtomically } from './write-file.js';

const FORMATS = ['rss', 'atom', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface FeedCommandOptions {
  title?: string;
  link?: string;
  description?: string;
  self?: string;
  format?: Format;
  merge?: string;
  limit?: number;
  output?: string;
  allowPrivate?: boolean;
}


function parseUrl(value: string): string {
  const url = safeHttpUrl(value);
  if (url === null) throw new InvalidArgumentError('expected an http(s) URL');
  return url;
}


/** An article from a JSON value, missing optional fields filled in; throws when it is not one. */
function articleFrom(value: unknown): FeedArticle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  const a = value as Partial<FeedArticle>;
  if (typeof a.title !== 'string' || !Array.isArray(a.sections)) throw new Error('an article needs "title" and "sections"');
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const objects = (v: unknown): Record<string, unknown>[] =>
    (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : []);
  const sections = objects(a.sections).map((s) => {
    const level = s.level ?? 0;
    // A level becomes an h2–h6 element name: anything but a small integer is refused.
    if (!Number.isInteger(level) || (level as number) < 0 || (level as number) > 5) {
      throw new Error(`section "level" must be an integer from 0 to 5, got ${JSON.stringify(level)}`);
    }
    return { heading: str(s.heading), level: level as number, paragraphs: strings(s.paragraphs) };
  });
  const images = objects(a.images).filter((i) => typeof i.src === 'string')
    .map((i) => ({ src: i.src as string, alt: str(i.alt), caption: str(i.caption) }));
  const article: FeedArticle = {
    url: str(a.url), title: a.title, publishedAt: str(a.publishedAt), author: str(a.author),
    authors: strings(a.authors), postedBy: str(a.postedBy), source: str(a.source), lead: str(a.lead), sections, text: str(a.text) ?? '',
    // Facts are not published in feeds; documentRefs are kept as given.
    images, facts: [], documentRefs: strings(a.documentRefs), language: 'vi',
  };
  if (Array.isArray(a.categories)) article.categories = strings(a.categories);
  return article;
}

/** Articles of one input: a JSON article or array, JSONL (one article per line), else an HTML page. */
function articlesOf(
  bytes: Uint8Array, name: string, page: ExtractOptions, warn: (msg: string) => void,
): FeedArticle[] {
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (!head.startsWith('{') && !head.startsWith('[')) {
    const article = extract(bytes, page);
    const listing = listingPage(bytes, article, page);
    if (listing) throw new Error(listing);
    return [article];
  }
  const text = new TextDecoder().decode(bytes);
  try {
    const whole: unknown = JSON.parse(text);
    return (Array.isArray(whole) ? whole : [whole]).map(articleFrom);
  } catch {
    // Not one JSON document: JSON Lines.
  }
  const out: FeedArticle[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(articleFrom(JSON.parse(line)));
    } catch (e) {
      warn(`${name}:${i + 1}: skipped: ${(e as Error).message}`);
    }
  });
  return out;
}

async function loadInput(spec: string, warn: (msg: string) => void, allowPrivate = false): Promise<FeedArticle[]> {
  const input = await readInput(spec, allowPrivate ? { allowAddress: () => true } : {});
  // A fetched page's final URL and Content-Type charset go to extract, as in fetchArticle.
  const page: ExtractOptions = {};
  if (input.url !== undefined) page.url = input.url;
  if (input.contentType !== undefined) page.contentType = input.contentType;
  return articlesOf(input.body, spec === '-' ? '<stdin>' : spec, page, warn);
}

async function readExisting(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null; // The first run creates it.
    throw e;
  }
}

async function run(inputs: string[], opts: FeedCommandOptions): Promise<void> {
  // The feed writers load fast-xml-parser: only when this command runs, not with every command.
  const { mergeFeed, readFeed, toAtom, toJsonFeed, toRss } = await import('../feeds/index.js');
  const warn = (msg: string): void => {
    process.stderr.write(`ward-news feed: ${msg}\n`);
    markFailed();
  };
  const articles: FeedArticle[] = [];
  for (const input of inputs) {
    try {
      const found = await loadInput(input, warn, opts.allowPrivate);
      // A page where extraction found nothing (an error page, a listing) makes no item.
      const empty = found.filter((a) => !a.title && !a.text);
      if (empty.length) warn(`${input}: no article found${found.length > 1 ? ` (${empty.length} skipped)` : ''}`);
      articles.push(...found.filter((a) => a.title || a.text));
    } catch (e) {
      warn(`${input}: ${(e as Error).message}`);
    }
  }

  const existing = opts.merge === undefined ? null : await readExisting(opts.merge);
  const channelOf = (fallback?: FeedChannel): FeedChannel => {
    const title = opts.title ?? fallback?.title;
    const link = opts.link ?? fallback?.link;
    if (!title || !link) throw new InvalidArgumentError('--title and --link are required (unless --merge names an existing feed)');
    const channel: FeedChannel = { title, link };
    const description = opts.description ?? fallback?.description;
    // Only the publisher knows where the feed is served: never guessed from the home page.
    const selfUrl = opts.self ?? fallback?.selfUrl;
    if (description) channel.description = description;
    if (selfUrl) channel.selfUrl = selfUrl;
    // A merged Atom feed keeps its permanent id.
    if (fallback?.id) channel.id = fallback.id;
    return channel;
  };
  const limit = opts.limit === undefined ? {} : { limit: opts.limit };

  let out: string;
  if (existing !== null) {
    const previous = readFeed(existing, { strict: true });
    const format = previous.format === 'atom' ? 'atom' : 'rss';
    if (opts.format !== undefined && opts.format !== format) {
      throw new InvalidArgumentError(`--format ${opts.format} does not match the ${format} feed given to --merge`);
    }
    out = mergeFeed(existing, articles, {
      ...limit, channel: channelOf(previous.channel),
      // Not a failure (the exit code stays), but the user should know what the rewrite drops.
      onWarning: (msg) => process.stderr.write(`ward-news feed: ${opts.merge}: ${msg}\n`),
    });
  } else {
    const format = opts.format ?? 'rss';
    const write = format === 'atom' ? toAtom : format === 'json' ? toJsonFeed : toRss;
    out = write(articles, channelOf(), limit);
  }
  if (opts.output === undefined) process.stdout.write(`${out}\n`);
  else await writeAtomically(opts.output, out.endsWith('\n') ? out : `${out}\n`);
}

/** Registers `ward-news feed <file|url|->...`. */
export function registerFeed(program: Command): void {
  program
    .command('feed')
    .description('Publish articles as an RSS 2.0 (default), Atom or JSON feed. Inputs are portal pages (files or URLs) or JSON/JSONL of articles; "-" reads stdin.')
    .argument('<inputs...>', 'HTML page files, page URLs, JSONL article files, or - for stdin')
    .option('--title <title>', 'feed title (taken from the --merge feed when omitted)')
    .option('--link <url>', 'the portal home page the feed belongs to', parseUrl)
    .option('--description <text>', 'one sentence about the feed (default: the title)')
    .option('--self <url>', 'the address the feed will be served from', parseUrl)
    .option('--format <format>', 'rss, atom or json (default rss, or the --merge feed\'s format)', oneOf(FORMATS))
    .option('--merge <feed.xml>', 'merge into this RSS/Atom feed: keep its items, add new ones, update changed ones (a missing file starts a new feed)')
    .option('--limit <n>', 'keep only the newest n items', wholeNumber(0))
    .option('-o, --output <file>', 'write the feed to this file (atomically) instead of stdout')
    .option('--allow-private', 'allow fetching from loopback and private-network addresses (refused by default)')
    .addHelpText('after', `
Exit status: 0 all done; 1 some input failed or was not an article (each named on stderr), or
the --merge feed is damaged (left as it was); 2 usage error.`)
    .action(async (inputs: string[], opts: FeedCommandOptions) => {
      try {
        await run(inputs, opts);
      } catch (e) {
        if (e instanceof InvalidArgumentError) throw new UsageError('feed', e.message);
        // A feed that could not be written or merged: nothing was changed.
        process.stderr.write(`ward-news feed: ${oneLine(e)}\n`);
        markFailed();
      }
    });
}
