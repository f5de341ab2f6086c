import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // The build-time constant tsup sets (src/fetch/user-agent.ts), for the sources under test.
  define: { __WARD_NEWS_VERSION__: JSON.stringify(version) },
  test: {
    // One build of the package for the tests that run the built CLI or entries (test/helpers/cli.ts).
    globalSetup: ['./test/support/build.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
