#!/usr/bin/env node
// Reading speed of a WARC file: ward-news `readWarc` (its own framing, bodies decoded) against
// warcio's parser with `readFully(true)` (the peer, what readWarc used before), in the same
// run, on an archive of fixture pages written with `WarcWriter`, gzip per record and not.
//
//   node --import tsx bench/warc-read.mjs [--pages 1500] [--rounds 3]
//
// Prints the best time of each over the rounds and their ratio. A benchmark, not a test.
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCParser } from 'warcio';
import { readWarc, WarcWriter } from '../src/crawl/index.js';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const pages = option('pages', 1500);
const rounds = option('rounds', 3);
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'ward');
const bodies = readdirSync(fixtures).sort().map((id) => readFileSync(join(fixtures, id, 'page.html')));
const dir = mkdtempSync(join(tmpdir(), 'ward-news-warc-read-'));

async function best(fn) {
  let min = Infinity;
  let out;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    out = await fn();
    min = Math.min(min, performance.now() - t);
  }
  return { ms: min, bytes: out };
}

try {
  for (const name of ['pages.warc.gz', 'pages.warc']) {
    const path = join(dir, name);
    const writer = await WarcWriter.open(path);
    for (let i = 0; i < pages; i++) {
      await writer.write({
        url: `https://xa.example.gov.vn/tin/${i}`, date: new Date(), method: 'GET', requestHeaders: [], status: 200, statusText: 'OK',
        responseHeaders: [['content-type', 'text/html; charset=utf-8']], body: bodies[i % bodies.length],
      }, 'article');
    }
    await writer.close();
    const ours = await best(async () => {
      let n = 0;
      for await (const r of readWarc(path)) n += r.body.length;
      return n;
    });
    const peer = await best(async () => {
      let n = 0;
      for await (const record of new WARCParser(createReadStream(path))) if (record.warcType === 'response') n += (await record.readFully(true)).length;
      return n;
    });
    if (ours.bytes !== peer.bytes) throw new Error(`${name}: readWarc read ${ours.bytes} body bytes, warcio ${peer.bytes}`);
    const mib = (ours.bytes / 2 ** 20).toFixed(0);
    console.log(`${name} (${pages} pages, ${mib} MiB of bodies): readWarc ${ours.ms.toFixed(0)} ms, warcio ${peer.ms.toFixed(0)} ms, ratio ${(ours.ms / peer.ms).toFixed(2)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
