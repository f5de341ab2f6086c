/**
 * Text renderings of fixture pages, as readers and archives make them: `lynx -dump -nolist`,
 * `lynx -dump` (with its "References" list) and headless Chromium's `document.body.innerText`
 * (puppeteer-core on /usr/bin/chromium; no browser is ever downloaded). Renderings are cached
 * in the OS temp folder, keyed by renderer and a hash of the page's bytes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { decode } from '../../src/decode/index.js';

/** The renderers. `lynx` is `-dump -nolist`; `lynx-refs` keeps link numbers and the References list. */
export type Renderer = 'lynx' | 'lynx-refs' | 'chromium';
export const RENDERERS: readonly Renderer[] = ['lynx', 'lynx-refs', 'chromium'];

export const LYNX = '/usr/bin/lynx';
export const CHROMIUM = '/usr/bin/chromium';

/** Why a renderer cannot run here, or null when it can. */
export function rendererMissing(r: Renderer): string | null {
  const bin = r === 'chromium' ? CHROMIUM : LYNX;
  return existsSync(bin) ? null : `${bin} is absent: ${r} renderings are skipped (apt-get install ${r === 'chromium' ? 'chromium' : 'lynx'})`;
}

const cacheDir = (r: Renderer): string => join(tmpdir(), `ward-news-render-${r}`);
const keyOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex').slice(0, 24);

/** Lynx honours `<meta charset>` but knows no windows-1258: it reads the page decoded as ours, declared UTF-8. */
function asUtf8Html(bytes: Uint8Array): string {
  return decode(bytes).html.replace(/charset\s*=\s*["']?[\w-]+/giu, 'charset=utf-8');
}

function lynx(bytes: Uint8Array, refs: boolean): string {
  const args = ['-dump', '-stdin', '-assume_charset=utf-8', '-display_charset=utf-8', ...(refs ? [] : ['-nolist'])];
  return execFileSync(LYNX, args, { input: asUtf8Html(bytes), encoding: 'utf8', maxBuffer: 64 << 20 });
}

let browser: Promise<Browser> | null = null;

async function chromium(file: string): Promise<string> {
  if (!browser) {
    const { default: puppeteer } = await import('puppeteer-core');
    browser = puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  }
  const page = await (await browser).newPage();
  try {
    await page.setJavaScriptEnabled(false);
    // Scripts off: the fixtures are what the server sent; offline, so nothing else loads.
    await page.goto(pathToFileURL(file).href, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    return await page.evaluate(() => document.body?.innerText ?? '');
  } finally {
    await page.close();
  }
}

/** Closes the shared browser, if one was started. */
export async function closeRenderers(): Promise<void> {
  if (browser) await (await browser).close();
  browser = null;
}

/** The text rendering of the page at `file`, from the cache when it was made before. */
export async function renderText(file: string, r: Renderer): Promise<string> {
  const bytes = readFileSync(file);
  const dir = cacheDir(r);
  const cached = join(dir, `${keyOf(bytes)}.txt`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const text = r === 'chromium' ? await chromium(file) : lynx(bytes, r === 'lynx-refs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(cached, text);
  return text;
}

/** For a test: the `lynx` command runs (a quick version check). */
export function lynxWorks(): boolean {
  try { execFileSync(LYNX, ['-version'], { stdio: 'ignore' }); return true; } catch { return false; }
}
