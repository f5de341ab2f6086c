/**
 * Depth guard inside htmlparser2. Its parser keeps the open elements (and the foreign-content
 * flags of `<svg>`/`<math>`) in arrays it `unshift`s and scans on every tag, so each tag costs
 * O(depth) and a page nested 100,000 deep costs minutes. The guard sits between the tokenizer
 * and the parser (htmlparser2's public `Tokenizer` option) and drops start tags that would open
 * an element deeper than a limit, with their attributes and their matching end tags; their text
 * stays. It reads the depth the tree builder actually has, so implied closes (`<li>`, `<td>`, `<p>`
 * that stay open when a `<table>` or `<ul>` opens inside them) are counted as they happen, not
 * modelled. Real pages never come near the limit and parse exactly as without the guard.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/** What the guard needs to know of the parse: its input and the tree builder's open-element depth. */
export interface GuardSource {
  /** The whole input; tokenizer offsets index into it. */
  readonly html: string;
  /** Open elements of the tree being built. */
  depth(): number;
}

// htmlparser2's void elements: they open nothing. (Were one missing here, it would only be dropped.)
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
// Raw-text elements: the tokenizer reads their content as text up to their own end tag, so
// they never deepen the tree past themselves, and dropping one would turn a script into text.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
// Elements whose start pushes, and whose end tag (any, matched or not) pops, htmlparser2's
// foreign-content stack; an end tag of another element can close them without popping it.
const FOREIGN = new Set(['math', 'svg', 'mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** First letter (lower-cased) and length of every FOREIGN name: a tag whose shape is not here needs no name below the limit. */
const FOREIGN_SHAPES = new Set([...FOREIGN].map((n) => shape(n.charCodeAt(0), n.length)));
function shape(first: number, length: number): number {
  return ((first | 0x20) << 16) | length;
}

/** What {@link DepthGuardedTokenizer} reads from the parser options it is given. */
export interface DepthGuard extends GuardSource {
  /** Deepest open element allowed. */
  readonly maxDepth: number;
}

/**
 * A tokenizer for `new Parser(handler, { Tokenizer: DepthGuardedTokenizer, depthGuard })`:
 * htmlparser2 hands the tokenizer the parser's own options, so the guard travels in them.
 * One class for the whole process: a class made per parse gave V8 a new shape for every
 * tokenizer, turned htmlparser2's hot tokenizer methods megamorphic and slowed every parse
 * in the process (our own and a bare `parseDocument` alike) by about 1.8×.
 */
export class DepthGuardedTokenizer extends Tokenizer {
  constructor(options: ConstructorParameters<typeof Tokenizer>[0] & { depthGuard?: DepthGuard }, parser: TokenizerCallbacks) {
    super(options, options.depthGuard ? guard(parser, options.depthGuard) : parser);
  }
}

/** The tokenizer's internals the fast paths below read (htmlparser2 10 declares them private). */
interface TokenizerScan {
  buffer: string;
  index: number;
  offset: number;
}
type Step = (this: TokenizerScan, c: number, quote?: number) => void;

const LT = 0x3c, AMP = 0x26;
const stock = Tokenizer.prototype as unknown as Record<string, Step | undefined>;
const stockText = stock.stateText, stockAttributeValue = stock.handleInAttributeValue;

/**
 * The buffer position before the next `stop` or `&` at or after `i` (the parse loop steps
 * onto it): htmlparser2 walks text and quoted attribute values one character per turn of its
 * state machine when it decodes entities, doing nothing with all but those two; a tight scan
 * finds the same position in a fraction of the time (a fifth of a portal page's parse).
 */
function skipTo(t: TokenizerScan, stop: number): void {
  const buf = t.buffer;
  let i = t.index - t.offset + 1;
  for (const n = buf.length; i < n; i++) {
    const d = buf.charCodeAt(i);
    if (d === stop || d === AMP) break;
  }
  t.index = i - 1 + t.offset;
}

// Only our tokenizer scans ahead: a bare htmlparser2 parse (the benchmarks' floor) is untouched.
// Were a later htmlparser2 to rename these methods, the stock ones would simply stay in place.
if (stockText && stockAttributeValue) {
  Object.defineProperties(DepthGuardedTokenizer.prototype, {
    stateText: {
      value: function stateText(this: TokenizerScan, c: number): void {
        if (c === LT || c === AMP) stockText.call(this, c);
        else skipTo(this, LT);
      },
    },
    handleInAttributeValue: {
      value: function handleInAttributeValue(this: TokenizerScan, c: number, quote: number): void {
        if (c === quote || c === AMP) stockAttributeValue.call(this, c, quote);
        else skipTo(this, quote);
      },
    },
  });
}

function guard(parser: TokenizerCallbacks, source: DepthGuard): TokenizerCallbacks {
  const { html, maxDepth } = source;
  const dropped = new Map<string, number>(); // end tags still to swallow, by name
  let foreign = 0; // mirror of the parser's foreign-content stack length
  let skipping = false; // inside a dropped start tag (its attributes and its `>`)
  const name = (start: number, end: number): string => html.slice(start, end).toLowerCase();
  return {
    onopentagname(start, end) {
      const depth = source.depth();
      // Most tags need no name: below the limit only a foreign one does (slicing and
      // lower-casing every tag's name cost as much as the rest of the guard).
      if (depth < maxDepth && !FOREIGN_SHAPES.has(shape(html.charCodeAt(start), end - start))) {
        parser.onopentagname(start, end);
        return;
      }
      const n = name(start, end);
      // At the limit only what cannot stay open passes; past it (one raw-text element deep,
      // or a void element this list takes for one) nothing does, whatever the lists say.
      const passes = depth < maxDepth || (depth === maxDepth && (VOID.has(n) || RAW_TEXT.has(n)));
      if (!passes || (FOREIGN.has(n) && foreign >= maxDepth)) {
        dropped.set(n, (dropped.get(n) ?? 0) + 1);
        skipping = true;
        return;
      }
      if (FOREIGN.has(n)) foreign++;
      parser.onopentagname(start, end);
    },
    onattribname(start, end) { if (!skipping) parser.onattribname(start, end); },
    onattribdata(start, end) { if (!skipping) parser.onattribdata(start, end); },
    onattribentity(cp) { if (!skipping) parser.onattribentity(cp); },
    onattribend(quote, end) { if (!skipping) parser.onattribend(quote, end); },
    onopentagend(end) {
      if (skipping) skipping = false;
      else parser.onopentagend(end);
    },
    onselfclosingtag(end) {
      if (skipping) skipping = false;
      else parser.onselfclosingtag(end);
    },
    onclosetag(start, end) {
      if (dropped.size === 0 && !FOREIGN_SHAPES.has(shape(html.charCodeAt(start), end - start))) {
        parser.onclosetag(start, end);
        return;
      }
      const n = name(start, end);
      const d = dropped.get(n);
      if (d) {
        if (d === 1) dropped.delete(n);
        else dropped.set(n, d - 1);
        return;
      }
      if (FOREIGN.has(n) && foreign > 0) foreign--;
      parser.onclosetag(start, end);
    },
    oncdata: (start, end, offset) => parser.oncdata(start, end, offset),
    oncomment: (start, end, offset) => parser.oncomment(start, end, offset),
    ondeclaration: (start, end) => parser.ondeclaration(start, end),
    onend: () => parser.onend(),
    onprocessinginstruction: (start, end) => parser.onprocessinginstruction(start, end),
    ontext: (start, end) => parser.ontext(start, end),
    ontextentity: (cp, end) => parser.ontextentity(cp, end),
  };
}
