/**
 * `ward-news extract`: pages (files, URLs or stdin) to articles as JSON, JSON Lines,
 * Markdown or plain text. A failed input is reported on stderr and the others go on;
 * the exit code is then 1.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { extract } from '../extract.js';
import { toMarkdown, toText } from '../serialize/markdown.js';
import type { Article, ExtractOptions } from '../types.js';
import { readInput } from './inputs.js';

/** Output formats of `ward-news extract`. */
export type ExtractFormat = 'json' | 'jsonl' | 'markdown' | 'text';

const FORMATS: readonly ExtractFormat[] = ['json', 'jsonl', 'markdown', 'text'];

function parseFormat(value: string): ExtractFormat {
  if (!(FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}`);
  return value as ExtractFormat;
}

/** Renders one article; `single` is true when it is the only output (pretty JSON). */
export function render(article: Article, format: ExtractFormat, single: boolean): string {
  switch (format) {
    case 'json': return single ? `${JSON.stringify(article, null, 2)}\n` : `${JSON.stringify(article)}\n`;
    case 'jsonl': return `${JSON.stringify(article)}\n`;
    case 'markdown': return toMarkdown(article);
    case 'text': return toText(article);
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) return 'code' in err && err.code ? `${err.message} (${String(err.code)})` : err.message;
  return String(err);
}

/** Adds the `extract` command to the program. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract the article of each page: a file, an http(s) URL, or - for stdin.')
    .argument('<inputs...>', 'page files, URLs, or - (stdin)')
    .option('--url <url>', 'the URL the page(s) came from: resolves relative links, becomes "url"')
    .option('--format <format>', 'json (one input: an object; several: JSON Lines), jsonl, markdown, text', parseFormat, 'json')
    .addHelpText('after', `
Examples:
  ward-news extract fixtures/ward/wordpress-02-dien-ngoc-nha-dai-doan-ket/page.html
  ward-news extract a.html b.html --format jsonl > articles.jsonl
  curl -s https://example.gov.vn/tin-tuc/1 | ward-news extract - --url https://example.gov.vn/tin-tuc/1

Exit status: 0 when every input was extracted, 1 when any failed (each failure is
reported on stderr; the other inputs are still processed).`)
    .action(async (inputs: string[], opts: { url?: string; format: ExtractFormat }) => {
      const single = inputs.length === 1;
      const separator = opts.format === 'markdown' && !single ? '\n---\n\n' : '';
      let failed = 0;
      let written = 0;
      for (const spec of inputs) {
        try {
          const input = await readInput(spec);
          const options: ExtractOptions = {};
          const url = opts.url ?? input.url;
          if (url) options.url = url;
          if (input.contentType) options.contentType = input.contentType;
          const out = render(extract(input.body, options), opts.format, single);
          process.stdout.write((written++ ? separator : '') + out);
        } catch (err) {
          failed++;
          process.stderr.write(`ward-news: ${spec}: ${describe(err)}\n`);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
