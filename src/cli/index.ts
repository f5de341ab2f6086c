#!/usr/bin/env node
// The `ward-news` command: each subcommand lives in its own module and registers itself here.
// Exit codes, the same for every subcommand, are in ./exit.ts.
import { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerFeed } from './feed.js';
import { registerCrawl } from './crawl.js';
import { EXIT, exitCodeOf } from './exit.js';
import { VERSION } from '../fetch/user-agent.js';
import { registerLearn } from './learn.js';
import { registerFacts } from './facts.js';
import { registerInspect } from './inspect.js';

const program = new Command('ward-news')
  .description('Clean, typed articles from Vietnamese local-government news portals.')
  .version(VERSION, '-V, --version', 'print the version of ward-news')
  .exitOverride()
  .addHelpText('after', `
Exit status (every command): 0 all done; 1 some input failed (each named on stderr);
2 usage error; 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).`);

registerExtract(program);
registerFeed(program);
registerCrawl(program);
registerLearn(program);
registerFacts(program);
registerInspect(program);

// A usage error is one line naming the command, with a pointer to its help (not the help itself).
for (const command of [program, ...program.commands]) {
  const name = command === program ? 'ward-news' : `ward-news ${command.name()}`;
  command.configureOutput({
    outputError: (text, write) => write(`${name}: ${text.replace(/^error: /, '').trim()} (see ${name} --help)\n`),
  });
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = exitCodeOf(err, (line) => process.stderr.write(`${line}\n`));
}
if (process.exitCode === undefined) process.exitCode = EXIT.OK;
