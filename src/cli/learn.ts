/**
 * `ward-news learn`: a site profile from many pages of one site (files, or folders read
 * recursively for `.html` / `.htm` files), written as JSON to `-o` or stdout, with a
 * one-paragraph summary of what was learned on stderr.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { SiteLearner } from '../site/index.js';
import { writeAtomically } from './write-file.js';
import type { SiteProfile } from '../types.js';

const PAGE_FILE = /\.html?$/i;

const isFileAt = (path: string): boolean => { try { return statSync(path).isFile(); } catch { return false; } };

/** The page files named by the arguments, folders walked (iteratively) in name order. */
export function* pageFiles(specs: readonly string[]): Generator<string> {
  for (const spec of specs) {
    if (!statSync(spec).isDirectory()) { yield spec; continue; }
    const stack = [spec];
    while (stack.length) {
      const dir = stack.pop()!;
      const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? 1 : -1));
      for (const e of entries) {
        const p = join(dir, e.name);
        if (e.isDirectory()) stack.push(p);
      }
      // A link to a page file counts as the file (folders of links are how a subset is picked); linked folders are not walked (no cycles).
      const isPage = (e: Dirent): boolean => PAGE_FILE.test(e.name) && (e.isFile() || (e.isSymbolicLink() && isFileAt(join(dir, e.name))));
      for (const e of entries.reverse()) if (isPage(e)) yield join(dir, e.name);
    }
  }
}

/** What the profile holds, in one paragraph. */
export function summarize(p: SiteProfile, skipped: number): string {
  const container = p.container
    ? `the article stood in ${p.container.roots.map((r) => `"${r.split('>').pop()}"`).join(' + ')} on ${p.container.pages} of them`
    : 'no element held the article on most of them';
  const examples = p.templateLines.slice(0, 3).map((l) => `"${l.text.slice(0, 40)}"`).join(', ');
  return `Learned from ${p.pages} pages${skipped ? ` (${skipped} skipped)` : ''}${p.hosts.length ? ` of ${p.hosts.join(', ')}` : ''}: `
    + `${p.templateLines.length} template lines${examples ? ` (${examples}, …)` : ''} and ${p.templateSlots.length} template slots; ${container}.\n`;
}

/** Adds the `learn` command to the program. */
export function registerLearn(program: Command): void {
  program
    .command('learn')
    .description("Learn a site profile (its template) from many pages of one site, for `extract --site`.")
    .argument('<inputs...>', 'page files, or folders of .html files (read recursively)')
    .option('-o, --out <file>', 'write the profile here (default: stdout)')
    .addHelpText('after', `
Examples:
  ward-news learn mirror/ -o site.json
  ward-news extract --site site.json page.html --url https://example.gov.vn/tin/1

Exit status: 0 when a profile was written, 1 when an input cannot be read.`)
    .action(async (inputs: string[], opts: { out?: string }, command: Command) => {
      let files: string[];
      try { files = [...pageFiles(inputs)]; } catch (e) { command.error(`error: ${(e as Error).message}`); }
      const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'learn | {bar} | {value}/{total} pages', stream: process.stderr, hideCursor: true }) : undefined;
      bar?.start(files.length, 0);
      const learner = new SiteLearner();
      let skipped = 0;
      for (const f of files) {
        let ok = false;
        try { ok = learner.add(readFileSync(f)); } catch (e) { bar?.stop(); command.error(`error: ${f}: ${(e as Error).message}`); }
        if (!ok) skipped++;
        bar?.increment();
      }
      bar?.stop();
      const profile = learner.profile();
      const json = `${JSON.stringify(profile, null, 1)}\n`;
      if (opts.out) {
        await writeAtomically(opts.out, json);
      } else process.stdout.write(json);
      process.stderr.write(summarize(profile, skipped));
    });
}
