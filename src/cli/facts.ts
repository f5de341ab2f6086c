/**
 * `ward-news facts`: the numeric facts of many pages as one table, a row per fact (CSV with a
 * BOM for spreadsheets, or JSON Lines). A failed input is reported on stderr and the others
 * go on; the exit code is then 1.
 */
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { extractMany, type BatchInput } from '../batch/index.js';
import { csvHeader, csvLine, factRows, jsonLine, type FactsTableFormat } from '../table/index.js';
import { isUrl, readInput } from './inputs.js';
import { oneOf, wholeNumber } from './options.js';

interface FactsCliOptions { format: FactsTableFormat; jobs: number; allowPrivate?: boolean }

/** Files go to the workers by path; URLs (one after another) and stdin are read here. */
function* inputsOf(specs: readonly string[], allowPrivate: boolean): Generator<BatchInput | Promise<BatchInput>> {
  const fetch = allowPrivate ? { allowAddress: () => true } : {};
  for (const spec of specs) {
    if (spec !== '-' && !isUrl(spec)) { yield { id: spec, file: spec }; continue; }
    yield readInput(spec, fetch).then((input) => ({
      id: spec, body: input.body,
      ...(input.url ? { url: input.url } : {}),
      ...(input.contentType ? { contentType: input.contentType } : {}),
    }));
  }
}

async function write(text: string): Promise<void> {
  if (text !== '' && !process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Adds the `facts` command to the program. */
export function registerFacts(program: Command): void {
  program
    .command('facts')
    .description('The numeric facts of pages as one table, one row per fact (CSV or JSON Lines).')
    .argument('<inputs...>', 'page files, URLs, or - (stdin)')
    .option('--format <format>', 'csv (UTF-8 with BOM, CRLF, header line) or jsonl', oneOf(['csv', 'jsonl'] as const), 'csv')
    .option('-j, --jobs <n>', 'worker threads extracting at once (1: in this process)', wholeNumber(1), availableParallelism())
    .option('--allow-private', 'allow fetching from loopback and private-network addresses (refused by default)')
    .addHelpText('after', `
Columns: url, title, publishedAt, raw, value, max, unit, per, noun, quantity, qualifier,
part, whole, sectionHeading, sentence (empty CSV field = null).

Examples:
  ward-news facts pages/*.html > facts.csv
  ward-news facts a.html b.html --format jsonl > facts.jsonl

Exit status: 0 when every input was read, 1 when any failed (each failure is reported on
stderr; the rows of the other inputs are still written).`)
    .action(async (inputs: string[], opts: FactsCliOptions) => {
      let failed = 0;
      if (opts.format === 'csv') await write(csvHeader());
      const line = opts.format === 'csv' ? csvLine : jsonLine;
      for await (const r of extractMany(inputsOf(inputs, Boolean(opts.allowPrivate)), { jobs: Math.min(opts.jobs, inputs.length) })) {
        if ('error' in r) {
          failed++;
          const e = r.error;
          process.stderr.write(`ward-news: ${r.id ?? inputs[r.index]}: ${e instanceof Error ? e.message : String(e)}\n`);
          continue;
        }
        await write(factRows([r.article]).map(line).join(''));
      }
      if (failed) process.exitCode = 1;
    });
}
