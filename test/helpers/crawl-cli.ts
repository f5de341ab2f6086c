/**
 * The `crawl` subcommand alone, for tests that run it as a child process (and kill it):
 * the same code as `ward-news crawl`, without loading the other subcommands.
 */
import { Command } from 'commander';
import { registerCrawl } from '../../src/cli/crawl.js';

const program = new Command('ward-news');
registerCrawl(program);
await program.parseAsync(process.argv);
