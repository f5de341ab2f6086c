/**
 * Fuzz property of issue 12: random nesting patterns (mixtures of the table, list, paragraph,
 * inline, formatting and foreign-content units of test/helpers/nesting.ts) parse and clean in
 * time proportional to their size. Most cases are 300–3,000 units deep so that 100,000 runs
 * finish in minutes; one in twenty goes 3,000–50,000 deep and one in a hundred 50,000–200,000.
 *
 * A case passes when it takes under FLOOR_MS plus SLOWER_THAN_FLAT times a flat page of the
 * same size (its time per KB measured once, on a page of every unit closed at once); over
 * that, it is timed again against a flat page of its own units (CPU time, the least of several
 * runs, in up to RETRIES rounds, so that a busy machine does not fail a linear parse). The
 * quadratic parse this guards against failed it within 23 cases (`<table><tbody><tr><td>`
 * ×7,644, 164 KB: 192 ms against 5.9 ms for the flat page).
 */
import fc from 'fast-check';
import type { NamedProperty } from '../test/helpers/properties.js';
import { flatPage, nestedPage, parseAndClean, UNITS } from '../test/helpers/nesting.js';

/** Below this a case is too short to time reliably, and too short to matter. */
const FLOOR_MS = 25;
/** Generous: a linear parse of nested units runs 1–3 times the flat page's time per KB. */
const SLOWER_THAN_FLAT = 8;
/** Rounds of re-timing before a slow case fails. */
const RETRIES = 3;

const depth = fc.oneof(
  { weight: 94, arbitrary: fc.integer({ min: 300, max: 3_000 }) },
  { weight: 5, arbitrary: fc.integer({ min: 3_000, max: 50_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 50_000, max: 200_000 }) },
);
const pattern = fc.record({
  units: fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 5 }),
  depth,
  closed: fc.boolean(),
});

/** The least of `runs` CPU timings of parse + clean, in ms (CPU, not wall: other processes share the machine). */
function bestMs(html: string, runs: number): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t = process.cpuUsage();
    parseAndClean(html);
    const u = process.cpuUsage(t);
    best = Math.min(best, (u.user + u.system) / 1000);
  }
  return best;
}

// ms per character of a flat page of every unit (measured once): the quick bound of a case.
let flatRate: number | undefined;
function flatMsPerChar(): number {
  if (flatRate === undefined) {
    const page = flatPage(UNITS, 1024 * 1024);
    flatRate = bestMs(page, 5) / page.length;
  }
  return flatRate;
}

function check({ units, depth: d, closed }: { units: readonly string[]; depth: number; closed: boolean }): void {
  const html = nestedPage(units, d, closed);
  const first = bestMs(html, 1);
  if (first < FLOOR_MS || first < FLOOR_MS + SLOWER_THAN_FLAT * flatMsPerChar() * html.length) return;
  // Over the quick bound: time it again against a flat page of its own units and size, a few
  // rounds, and fail only when every round is over (a GC pause or a busy core is not a bug).
  const flatHtml = flatPage(units, html.length);
  let nested = first;
  let flat = 0;
  for (let round = 0; round < RETRIES; round++) {
    nested = Math.min(nested, bestMs(html, 2));
    flat = bestMs(flatHtml, 3);
    if (nested <= FLOOR_MS + SLOWER_THAN_FLAT * flat) return;
  }
  throw new Error(`${units.join('')} ×${d}${closed ? ' (closed)' : ''}, ${(html.length / 1024).toFixed(0)} KB: ${nested.toFixed(1)} ms CPU, a flat page of that size ${flat.toFixed(1)} ms`);
}

/** The nesting property, for scripts/fuzz.ts. */
export const NESTING_PROPERTY: NamedProperty = {
  name: 'nesting patterns parse in time proportional to size',
  property: fc.property(pattern, check) as unknown as fc.IProperty<never>,
};
