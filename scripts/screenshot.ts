/**
 * `npm run screenshot`: the inspect report of a fixture page, rendered by headless Chromium
 * (Debian's /usr/bin/chromium, never a downloaded browser) into docs/inspect-report.png for
 * the README. Usage: npm run screenshot [-- <page.html> [<out.png>]]
 */
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { explain } from '../src/explain/index.js';
import { renderInspectReport } from '../src/inspect/render.js';

const page = process.argv[2] ?? 'fixtures/ward/hue-phumau-dong-xuan-2020/page.html';
const out = process.argv[3] ?? 'docs/inspect-report.png';
const html = renderInspectReport(explain(readFileSync(page)), { source: page });
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], headless: true });
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1100, height: 1100, deviceScaleFactor: 1 });
  await tab.setContent(html, { waitUntil: 'load' });
  // The top of the report and the article region: the summary, legend and decisions around the headline.
  const top = await tab.evaluate(() => {
    const title = document.querySelector('li.d-title');
    return title ? Math.max(0, title.getBoundingClientRect().top + window.scrollY - 260) : 0;
  });
  await tab.screenshot({ path: out as `${string}.png`, clip: { x: 0, y: top, width: 1100, height: 1100 } });
  process.stderr.write(`wrote ${out}\n`);
} finally {
  await browser.close();
}
