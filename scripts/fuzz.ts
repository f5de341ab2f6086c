/**
 * Nightly fuzzing: the robustness properties of `test/properties.test.ts` with many more
 * cases (default 100,000 per property).
 *
 *   npm run fuzz                          # 100,000 runs per property
 *   npm run fuzz -- --runs 5000           # fewer
 *   npm run fuzz -- --only extract --seed 42   # properties whose name contains "extract"
 *   npm run fuzz -- --skip corpus               # all but those whose name contains "corpus"
 *   npm run fuzz -- --only nesting --runs 2000  # the parse-time property (scripts/fuzz-nesting.ts)
 *
 * Prints one line per property (runs, time, result) and exits 1 when any property fails,
 * with fast-check's report (seed, path and shrunk counterexample) to replay it.
 */
import fc from 'fast-check';
import { PROPERTIES, runProperty } from '../test/helpers/properties.js';
import { NESTING_PROPERTY } from './fuzz-nesting.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(arg('runs') ?? 100_000);
const seed = arg('seed') === undefined ? undefined : Number(arg('seed'));
const only = arg('only');
const skip = arg('skip');
if (!Number.isInteger(runs) || runs <= 0) throw new Error(`--runs must be a positive integer, got ${arg('runs')}`);

let failed = 0;
for (const p of [...PROPERTIES, NESTING_PROPERTY].filter((x) => (only === undefined || x.name.includes(only)) && (skip === undefined || !x.name.includes(skip)))) {
  const started = performance.now();
  const details = runProperty(p, runs, seed);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${details.failed ? 'FAIL' : 'ok  '}  ${p.name.padEnd(52)} ${String(details.numRuns).padStart(7)} runs  ${seconds.padStart(7)} s  seed ${details.seed}`);
  if (details.failed) {
    failed++;
    console.log(fc.defaultReportMessage(details));
    console.log(String(details.errorInstance));
  }
}
process.exitCode = failed ? 1 : 0;
