/**
 * Property tests of issue 7 (CI-sized; `npm run fuzz` runs the same properties 100,000 times
 * each): for arbitrary strings, arbitrary bytes and mutated corpus pages, every public entry
 * point returns a value that satisfies its documented contract or throws its typed error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTIES, runProperty } from './helpers/properties.js';

// Mutated corpus pages cost a full extraction each; random inputs are cheap.
const runsFor = (name: string): number => (name.includes('corpus') ? 200 : 400);

describe('robustness properties', () => {
  for (const p of PROPERTIES) {
    it(p.name, () => {
      const details = runProperty(p, runsFor(p.name));
      // fast-check's report names the seed, the shrunk counterexample and the error.
      expect(details.failed ? fc.defaultReportMessage(details) : null).toBeNull();
      expect(details.numRuns).toBe(runsFor(p.name));
    }, 60_000);
  }
});
