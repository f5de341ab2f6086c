/**
 * vitest globalSetup: builds the package once (JavaScript only, no declarations) into
 * `.test-build/`, for the tests that run the built CLI or load the built entries in a child
 * process. Spawning the built CLI takes a fraction of a second; `node --import tsx` took 4–7 s.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import configs from '../../tsup.config.js';

export const BUILD_DIR = join(import.meta.dirname, '..', '..', '.test-build');

export default async function setup(): Promise<void> {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  for (const options of [configs].flat()) {
    if (typeof options === 'function') throw new Error('tsup.config.ts: a config function is not supported here');
    await build({ ...options, config: false, outDir: BUILD_DIR, dts: false, clean: false, silent: true });
  }
}
