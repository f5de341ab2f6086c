// Speed of extractListing on the listing fixtures and on a large synthetic category page.
//
//   node --import tsx bench/listing.ts [--rounds N]
//
// Each page is decoded from bytes as a crawler would pass it; 5 warm-up calls, then N timed
// calls per page; reported: median and p95 ms per page and the page size.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractListing } from '../src/listing/index.js';

const i = process.argv.indexOf('--rounds');
const rounds = i > 0 ? Number(process.argv[i + 1]) : 30;

const pages: Array<{ name: string; bytes: Buffer; url: string }> = [];
for (const root of ['fixtures/listing', 'fixtures/listing-extra']) {
  if (!existsSync(root)) continue;
  for (const name of readdirSync(root)) {
    if (!existsSync(join(root, name, 'expected.json'))) continue;
    const exp = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as { url: string };
    pages.push({ name, bytes: readFileSync(join(root, name, 'page.html')), url: exp.url });
  }
}
// A long archive page: 2,000 entries, a 300-link menu and a side list, about 1 MB.
const item = (k: number): string =>
  `<div class="item"><a href="/tin/${k}.html"><img src="/t/${k}.jpg"></a><h3><a href="/tin/${k}.html">Tin hoạt động số ${k} của Ủy ban nhân dân phường</a></h3><span class="date">${(k % 28) + 1}/05/2022</span><p>Tóm tắt nội dung bài viết số ${k}, dài vừa đủ để làm đoạn sapo.</p></div>`;
const big = `<html><body><ul class="menu">${Array.from({ length: 300 }, (_, k) => `<li><a href="/m/${k}">Mục ${k}</a></li>`).join('')}</ul>
<div class="main">${Array.from({ length: 2000 }, (_, k) => item(k)).join('\n')}<div class="pager"><span class="current">1</span><a href="?page=2">2</a></div></div>
<aside><h3>Tin xem nhiều</h3><ul>${Array.from({ length: 50 }, (_, k) => `<li><a href="/hot/${k}">Tin xem nhiều số ${k} trong tuần qua</a></li>`).join('')}</ul></aside></body></html>`;
pages.push({ name: 'synthetic-2000-items', bytes: Buffer.from(big), url: 'https://x.example.gov.vn/tin-tuc' });

console.log(`extractListing, ${rounds} rounds per page (node ${process.version})`);
console.log('page'.padEnd(28), 'KiB'.padStart(6), 'median ms'.padStart(10), 'p95 ms'.padStart(8), 'articles'.padStart(9));
for (const p of pages) {
  for (let k = 0; k < 5; k++) extractListing(p.bytes, { url: p.url });
  const times: number[] = [];
  let n = 0;
  for (let k = 0; k < rounds; k++) {
    const t = performance.now();
    n = extractListing(p.bytes, { url: p.url }).articles.length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const q = (f: number): string => times[Math.min(times.length - 1, Math.floor(f * times.length))]!.toFixed(2);
  console.log(p.name.padEnd(28), (p.bytes.length / 1024).toFixed(0).padStart(6), q(0.5).padStart(10), q(0.95).padStart(8), String(n).padStart(9));
}
