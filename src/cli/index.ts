#!/usr/bin/env node
// The `ward-news` command: each subcommand lives in its own module and registers itself here.
import { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerFeed } from './feed.js';
import { registerCrawl } from './crawl.js';

const program = new Command('ward-news')
  .description('Clean, typed articles from Vietnamese local-government news portals.')
  .showHelpAfterError();

registerExtract(program);
registerFeed(program);
registerCrawl(program);

await program.parseAsync(process.argv);
