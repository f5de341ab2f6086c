// The class / id cues of the lexicon: namedLike (src/parse/dom.ts) matches a class and an id
// apart, which finds what a match on "class id" would only while no cue holds a space.
import { describe, expect, it } from 'vitest';
import * as boilerplate from '../src/lexicon/boilerplate.js';
import * as credits from '../src/lexicon/credits.js';
import { elements, namedLike } from '../src/parse/dom.js';
import { parse } from '../src/parse/index.js';

const lists = Object.entries({ ...boilerplate, ...credits }).filter(([k]) => k.endsWith('CLASS_WORDS')) as [string, string[]][];

describe('class-word cues', () => {
  it('are lower-case and hold no whitespace', () => {
    expect(lists.length).toBeGreaterThanOrEqual(7);
    for (const [name, words] of lists) for (const w of words) expect(`${name}: ${w}`).toMatch(/: [^\sA-Z]+$/);
  });
  it('match in the class or in the id, case-insensitively', () => {
    const { document } = parse('<div class="Box SideBar-left">a</div><div id="NoiDung">b</div><div class="x" id="y">c</div>', { maxNodes: 100, parser: 'htmlparser2' });
    const [a, b, c] = elements(document);
    expect(namedLike(a!, ['sidebar'])).toBe(true);
    expect(namedLike(b!, ['noidung'])).toBe(true);
    expect(namedLike(c!, ['x y'])).toBe(false);
    expect(namedLike(c!, ['y'])).toBe(true);
  });
});
