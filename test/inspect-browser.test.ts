/**
 * The inspect report as a person sees it: Debian's headless Chromium (puppeteer-core,
 * /usr/bin/chromium, never a downloaded browser) opens the report file written by
 * `ward-news inspect`'s renderer and the test reads the screen — the headline marked as
 * title, the visitor counters as chrome, a fact highlighted with its value on hover — and a
 * screenshot is taken (to a temp dir). The report of a hostile page (the vectors of
 * test/xss.test.ts, made to set `window.__pwned`) runs nothing: checked in the browser,
 * after checking that the same page opened directly does run them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain } from '../src/explain/index.js';
import { renderInspectReport } from '../src/inspect/render.js';
import { VECTORS } from './helpers/xss-vectors.js';

const CHROMIUM = '/usr/bin/chromium';
// Skipped locally without Chromium; in CI (.ci/run installs it) a missing browser fails the test.
const present = existsSync(CHROMIUM) || Boolean(process.env.CI);
if (!present) console.warn(`inspect-browser: ${CHROMIUM} is absent (apt-get install chromium); the browser tests are skipped`);

const FIXTURE = 'fixtures/ward/liferay-02-vinh-ninh-doi-song-van-hoa';

describe.skipIf(!present)('the inspect report in Chromium', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    dir = mkdtempSync(join(tmpdir(), 'ward-inspect-'));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens `html` as a file, as a person opening the report would, recording what the page does. */
  async function open(name: string, html: string): Promise<{ page: Page; console: string[]; dialogs: string[]; requests: string[] }> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await browser.newPage();
    const seen = { page, console: [] as string[], dialogs: [] as string[], requests: [] as string[] };
    page.on('console', (m) => seen.console.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => seen.console.push(`pageerror: ${String(e)}`));
    page.on('dialog', (d) => { seen.dialogs.push(d.message()); void d.dismiss(); });
    page.on('request', (r) => { if (!r.url().startsWith('file:')) seen.requests.push(r.url()); });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return seen;
  }

  it('shows the headline as title, the counters as chrome and the facts highlighted', async () => {
    const bytes = readFileSync(join(FIXTURE, 'page.html'));
    const explained = explain(bytes);
    const { page } = await open('report.html', renderInspectReport(explained, { source: FIXTURE }));
    const screen = await page.evaluate(() => {
      const visible = (e: Element | null): boolean => !!e && (e as HTMLElement).offsetHeight > 0 && getComputedStyle(e).visibility !== 'hidden';
      const line = (pattern: string) => {
        const li = [...document.querySelectorAll('ol.blocks > li')].find((l) => new RegExp(pattern, 'iu').test(l.querySelector('.t')!.textContent!));
        if (!li) return null;
        const tag = li.querySelector('.tag')!;
        return {
          visible: visible(li), tag: (tag as HTMLElement).innerText, why: (li.querySelector('.why') as HTMLElement).innerText,
          tagColour: getComputedStyle(tag).backgroundColor, border: getComputedStyle(li).borderLeftColor,
          decoration: getComputedStyle(li.querySelector('.t')!).textDecorationLine, weight: getComputedStyle(li.querySelector('.t')!).fontWeight,
        };
      };
      const titleLi = document.querySelector('li[data-decision="title"]');
      const mark = document.querySelector('li[data-decision="body"] mark.fact');
      return {
        title: titleLi ? { text: (titleLi.querySelector('.t') as HTMLElement).innerText, ...line('.')!, ...(() => { const t = titleLi.querySelector('.tag')!; return { tag: (t as HTMLElement).innerText, tagColour: getComputedStyle(t).backgroundColor, visible: visible(titleLi) }; })() } : null,
        counter: line('^Lượt xem'),
        visitors: line('^Tổng lượt truy cập'),
        fact: mark ? { text: (mark as HTMLElement).innerText, hover: mark.getAttribute('title'), background: getComputedStyle(mark).backgroundColor, visible: visible(mark) } : null,
        summaryTitle: [...document.querySelectorAll('table.summary tr')].find((tr) => tr.querySelector('th')!.textContent === 'title')?.querySelector('td')?.firstChild?.textContent,
        titleFrom: [...document.querySelectorAll('table.summary tr')].find((tr) => tr.querySelector('th')!.textContent === 'title')?.querySelector('.from')?.textContent,
        legend: (document.querySelector('ul.legend') as HTMLElement).innerText,
        blocks: document.querySelectorAll('ol.blocks > li').length,
      };
    });
    const article = explained.article;
    expect(screen.blocks).toBe(explained.blocks.length);
    expect(screen.summaryTitle).toBe(article.title);
    expect(screen.titleFrom).toBe(`(line ${explained.fields.title})`);
    expect(screen.title).toMatchObject({ text: article.title, tag: 'title', visible: true, tagColour: 'rgb(194, 24, 91)' });
    for (const counter of [screen.counter, screen.visitors]) {
      expect(counter).toMatchObject({ tag: 'chrome', visible: true, tagColour: 'rgb(158, 158, 158)', decoration: 'line-through' });
    }
    const fact = article.facts[0]!;
    expect(screen.fact).toMatchObject({ text: fact.raw, visible: true, background: 'rgb(255, 241, 118)' });
    expect(screen.fact!.hover).toContain(String(fact.value));
    expect(screen.legend).toMatch(/chrome/);
    const shot = join(dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: false });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  }, 60_000);

  it('runs no script of a hostile page, while the page itself would', async () => {
    const base = readFileSync(join(FIXTURE, 'page.html'), 'utf8');
    const vectors = VECTORS.map((v) => v.replaceAll('alert(1)', 'window.__pwned=1').replaceAll('alert("XSSMARK")', 'window.__pwned=1'));
    const anchor = base.indexOf('<p', base.indexOf(explain(base).article.text.slice(0, 30).split(' ')[0]!) - 200);
    const hostile = `${base.slice(0, anchor)}${vectors.map((v) => `<p>Đoạn văn XSSMARK ${v} tiếp theo của bài viết, đủ dài để được đọc như nội dung.</p>`).join('')}${base.slice(anchor)}`
      .replace('</title>', `${vectors[0]}</title>`);

    // The positive control: opened directly, the hostile page does run its vectors.
    const direct = await open('hostile.html', hostile);
    expect(await direct.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBe(1);
    await direct.page.close();

    const explained = explain(hostile);
    expect(explained.article.text).toContain('XSSMARK');
    const report = await open('hostile-report.html', renderInspectReport(explained, { source: 'hostile.html' }));
    await new Promise((r) => setTimeout(r, 300)); // time for timers, animations and onload handlers, were there any
    const state = await report.page.evaluate(() => ({
      pwned: (window as { __pwned?: number }).__pwned,
      scripts: document.scripts.length,
      active: document.querySelectorAll('iframe, object, embed, svg, math, form, img, a[href]:not([href^="#"]), base, link, meta[http-equiv="refresh"], [onerror], [onload]').length,
      text: document.body.innerText,
    }));
    expect(state.pwned).toBeUndefined();
    expect(state.scripts).toBe(0);
    expect(state.active).toBe(0);
    expect(report.dialogs).toEqual([]);
    expect(report.console).toEqual([]);
    expect(report.requests).toEqual([]);
    // The vectors are shown as text.
    expect(state.text).toContain('XSSMARK');
    expect(state.text).toMatch(/<img src=x onerror=window.__pwned=1>|onerror/);
    await report.page.close();
  }, 60_000);
});
