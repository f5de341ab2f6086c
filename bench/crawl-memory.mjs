#!/usr/bin/env node
// Memory of a long crawl: 5,000 article pages (the ward fixtures, repeated under new URLs)
// served by 5 local portals on 127.0.0.1 (in a child process, so that only the crawler is
// measured), crawled from their listing pages with a state journal and a WARC archive.
//
//   node --import tsx bench/crawl-memory.mjs [--pages 5000] [--portals 5]
//
// Prints RSS and heap every 500 articles and the peak RSS at the end: flat memory means the
// samples stop growing after the first few hundred pages. A benchmark, not a test.
import { fork } from 'node:child_process';
import { readdirSync, readFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const PAGES = option('pages', 5000);
const PORTALS = option('portals', 5);
const PER_LISTING = 20;

if (process.argv[2] === 'serve') {
  // ---- the portals (child process) ----
  const root = join(fileURLToPath(new URL('..', import.meta.url)), 'fixtures', 'ward');
  const pages = readdirSync(root).map((id) => ({
    bytes: readFileSync(join(root, id, 'page.html')),
    charset: JSON.parse(readFileSync(join(root, id, 'expected.json'), 'utf8')).charset,
  }));
  const perPortal = Math.ceil(PAGES / PORTALS);
  const listings = Math.ceil(perPortal / PER_LISTING);
  const day = (n) => `${String(1 + (n % 28)).padStart(2, '0')}/${String(1 + (n % 12)).padStart(2, '0')}/2021`;
  const listing = (n) => {
    const items = [];
    for (let i = n * PER_LISTING; i < Math.min(perPortal, (n + 1) * PER_LISTING); i++) {
      items.push(`<div class="news-item"><h3><a href="/tin-tuc/bai-viet-${i}.html">Phường tổ chức hội nghị triển khai nhiệm vụ số ${i} năm 2021</a></h3><span class="date">${day(i)}</span><p>Sáng nay, Ủy ban nhân dân phường đã tổ chức hội nghị triển khai nhiệm vụ trọng tâm...</p></div>`);
    }
    const next = n + 1 < listings ? `<div class="paging"><a href="/tin-tuc?trang=${n + 2}">Trang sau »</a></div>` : '';
    return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title></head><body><div id="main"><h1>Tin tức - Sự kiện</h1><div class="news-list">${items.join('\n')}</div>${next}</div></body></html>`;
  };
  const ports = [];
  for (let p = 0; p < PORTALS; p++) {
    const server = http.createServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      if (url.pathname === '/tin-tuc') {
        const n = Number(url.searchParams.get('trang') ?? '1') - 1;
        return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(listing(n));
      }
      const m = /^\/tin-tuc\/bai-viet-(\d+)\.html$/.exec(url.pathname);
      if (!m) return res.writeHead(404).end();
      const page = pages[Number(m[1]) % pages.length];
      res.writeHead(200, { 'content-type': `text/html; charset=${page.charset}` }).end(page.bytes);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    ports.push(server.address().port);
  }
  process.send({ ports });
} else {
  // ---- the crawler (this process) ----
  const { crawl } = await import('../src/crawl/index.ts');
  const server = fork(fileURLToPath(import.meta.url), ['serve', '--pages', String(PAGES), '--portals', String(PORTALS)], { stdio: 'inherit' });
  const { ports } = await new Promise((resolve) => server.once('message', resolve));
  const dir = mkdtempSync(join(tmpdir(), 'ward-news-bench-'));
  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  let articles = 0;
  let errors = 0;
  let peak = 0;
  const started = performance.now();
  try {
    const starts = ports.map((port) => `http://127.0.0.1:${port}/tin-tuc`);
    for await (const r of crawl(starts, { interval: 0, concurrency: 8, fetch: { allowAddress: () => true }, state: join(dir, 'state.jsonl'), warc: join(dir, 'crawl.warc.gz') })) {
      if (r.type === 'error') errors++;
      if (r.type !== 'article') continue;
      articles++;
      peak = Math.max(peak, process.memoryUsage.rss());
      if (articles % 500 === 0) {
        const m = process.memoryUsage();
        console.log(`${String(articles).padStart(5)} articles  rss ${mb(m.rss)}  heapUsed ${mb(m.heapUsed)}  ${(articles / ((performance.now() - started) / 1000)).toFixed(0)}/s`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`\n${articles} articles, ${errors} errors in ${seconds.toFixed(1)} s; WARC ${mb(statSync(join(dir, 'crawl.warc.gz')).size)}`);
    console.log(`peak RSS ${mb(Math.max(peak, process.resourceUsage().maxRSS * 1024))}`);
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
