/**
 * `ward-news inspect`: the report of what the extractor decided on one page (a file, an
 * http(s) URL or `-`), as one self-contained HTML file: to `-o <file>`, else to stdout.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { explain } from '../explain/index.js';
import { renderInspectReport } from '../inspect/render.js';
import { readSiteProfile } from '../site/index.js';
import { readInput } from './inputs.js';
import { writeAtomically } from './write-file.js';

interface InspectCliOptions {
  output?: string;
  json?: boolean;
  url?: string;
  allowPrivate?: boolean;
  site?: string;
}

/** Adds the `inspect` command to the program. */
export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('Write an HTML report of what was decided on each line of a page: a file, an http(s) URL, or - for stdin.')
    .argument('<input>', 'page file, URL, or - (stdin)')
    .option('-o, --output <file>', 'write the report to this file (default: stdout)')
    .option('--json', 'write the decisions as JSON (what explain() returns) instead of the HTML report')
    .option('--url <url>', 'the URL the page came from: resolves relative links')
    .option('--allow-private', 'allow fetching from loopback and private-network addresses (refused by default)')
    .option('--site <profile>', 'a site profile from `ward-news learn`: its template lines are marked as such')
    .addHelpText('after', `
Examples:
  ward-news inspect fixtures/ward/hue-phumau-dong-xuan-2020/page.html -o report.html
  ward-news inspect https://example.gov.vn/tin-tuc/1 -o report.html
  ward-news inspect page.html --json | jq '.blocks[] | select(.decision == "chrome") | .reason'

The report runs no script and loads nothing: open it in any browser.
Exit status: 0 when the report was written, 1 when the page could not be read.`)
    .action(async (input: string, opts: InspectCliOptions) => {
      try {
        const site = opts.site ? readSiteProfile(await readFile(opts.site, 'utf8')) : undefined;
        const page = await readInput(input, opts.allowPrivate ? { allowAddress: () => true } : {});
        const url = opts.url ?? page.url;
        const explained = explain(page.body, { ...(url ? { url } : {}), ...(page.contentType ? { contentType: page.contentType } : {}), ...(site ? { site } : {}) });
        const html = opts.json ? `${JSON.stringify(explained, null, 2)}\n` : renderInspectReport(explained, { source: url ?? input });
        if (opts.output) await writeAtomically(opts.output, html);
        else process.stdout.write(html);
      } catch (err) {
        process.stderr.write(`ward-news: ${input}: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
      }
    });
}
