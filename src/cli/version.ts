/** The version of the installed package, read from its package.json (beside `dist/` or `src/`). */
import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  // src/cli/version.ts and the bundled dist/cli.js sit one or two levels below package.json.
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'ward-news' && pkg.version) return pkg.version;
    } catch {
      // Not there: try the next level.
    }
  }
  return 'unknown';
}
