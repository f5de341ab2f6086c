/**
 * Parse stage: HTML string to a domhandler tree (the tree cheerio and domutils work on).
 * htmlparser2 is the default for speed; parse5 (spec-exact tree building) is available
 * for comparison and for pages whose broken markup only a browser-grade parser repairs.
 * parse5 is a dev dependency, for the benchmarks: it is required only when asked for, so
 * the package neither depends on it nor loads it.
 */
import { Parser } from 'htmlparser2';
import { DomHandler, type Document, type Element } from 'domhandler';
import { createRequire } from 'node:module';
import { flattenDeepTags } from './flatten.js';
import { DepthGuardedTokenizer, type DepthGuard } from './guard.js';

/** Which HTML parser builds the tree. */
export type ParserName = 'htmlparser2' | 'parse5';

/** Options of {@link parse}. */
export interface ParseOptions {
  /** Stop after this many nodes; the tree holds what was parsed until then. */
  maxNodes: number;
  parser: ParserName;
  /** Elements to collect while the tree is built (htmlparser2 only), into {@link Parsed.marked}. */
  mark?: (name: string, attribs: Record<string, string>) => boolean;
}

/** The parsed tree and whether it was cut short by `maxNodes`. */
export interface Parsed {
  document: Document;
  truncated: boolean;
  /** The elements `mark` accepted, in document order; absent when none was asked for or the parser cannot. */
  marked?: Element[];
}

const CHUNK = 16 * 1024;
/**
 * Deepest open element the parsers build: each tag costs them O(depth), so the bound keeps a
 * parse linear in its input; real pages nest a few dozen levels (clean unwraps past 256 anyway).
 */
const MAX_PARSE_DEPTH = 1024;

class CountingHandler extends DomHandler {
  count = 0;
  readonly marked: Element[] = [];
  constructor(private readonly mark: ParseOptions['mark']) {
    super(undefined, { withStartIndices: false });
  }
  override addNode(node: Parameters<DomHandler['addNode']>[0]): void {
    this.count++;
    super.addNode(node);
  }
  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    if (this.mark?.(name, attribs)) this.marked.push(this.tagStack[this.tagStack.length - 1] as Element);
  }
  /** Open elements (the root excluded). */
  get depth(): number {
    return this.tagStack.length - 1;
  }
}

function parseHtmlparser2(html: string, maxNodes: number, mark: ParseOptions['mark']): Parsed {
  const handler = new CountingHandler(mark);
  const depthGuard: DepthGuard = { html, depth: () => handler.depth, maxDepth: MAX_PARSE_DEPTH };
  const options = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: DepthGuardedTokenizer, depthGuard };
  const parser = new Parser(handler, options);
  let truncated = false;
  // Every node takes at least one character of input: a page no longer than the bound cannot
  // reach it, and is parsed in one write (chunks only cost slicing and restarting the loop).
  if (html.length <= maxNodes) {
    parser.end(html);
    return { document: handler.root, truncated, ...(mark && { marked: handler.marked }) };
  }
  for (let i = 0; i < html.length; i += CHUNK) {
    parser.write(html.slice(i, i + CHUNK));
    if (handler.count > maxNodes) {
      truncated = true;
      break;
    }
  }
  parser.end();
  return { document: handler.root, truncated, ...(mark && { marked: handler.marked }) };
}

type Parse5 = typeof import('parse5');
type Parse5Adapter = typeof import('parse5-htmlparser2-tree-adapter');

let parse5Loaded: { parse: Parse5['parse']; adapter: Parse5Adapter['adapter'] } | undefined;

/** parse5 and its domhandler adapter, loaded on first use (both are CommonJS-loadable). */
function loadParse5(): NonNullable<typeof parse5Loaded> {
  if (parse5Loaded) return parse5Loaded;
  const require = createRequire(import.meta.url);
  try {
    return parse5Loaded = { parse: (require('parse5') as Parse5).parse, adapter: (require('parse5-htmlparser2-tree-adapter') as Parse5Adapter).adapter };
  } catch (e) {
    throw new Error("parser 'parse5' needs the packages parse5 and parse5-htmlparser2-tree-adapter installed", { cause: e });
  }
}

/** Parses HTML into a DOM, bounded by `maxNodes` (checked between 16 KiB chunks) and in depth. */
export function parse(html: string, options: ParseOptions): Parsed {
  if (options.parser === 'parse5') {
    // parse5 has no streaming bound; cut the input in proportion instead (~16 chars per node).
    const limit = options.maxNodes * 16;
    const input = flattenDeepTags(html.length > limit ? html.slice(0, limit) : html, MAX_PARSE_DEPTH);
    const parse5 = loadParse5();
    const document = parse5.parse(input, { treeAdapter: parse5.adapter }) as unknown as Document;
    return { document, truncated: html.length > limit };
  }
  return parseHtmlparser2(html, options.maxNodes, options.mark);
}
