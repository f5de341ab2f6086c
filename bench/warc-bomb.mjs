#!/usr/bin/env node
// Peak memory of reading a WARC bomb: a .warc.gz of a few KB whose one response holds a page
// of 3 GiB (gzip content-encoding inside the archive's own gzip), written on the fly with zlib.
//
//   node --import tsx bench/warc-bomb.mjs [--gib 3] [--peer-mib 256]
//
// Each case runs in its own child process and prints its peak RSS:
// - ward-news `readWarc` (default maxBytes 50 MiB): the record fails with TOO_LARGE;
// - the peer, warcio's own `readFully(true)` (what readWarc used before), on a smaller bomb
//   (`--peer-mib`, because the full one needs more memory than the machine may have), so the
//   ratio is per decoded MiB. A benchmark, not a test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};

/** gzip of `size` spaces, streamed (never holds the page). */
function gzipOfSpaces(size) {
  const z = zlib.createGzip({ level: 9 });
  const out = [];
  z.on('data', (d) => out.push(d));
  const block = Buffer.alloc(1 << 20, 0x20);
  return new Promise((resolve, reject) => {
    z.on('end', () => resolve(Buffer.concat(out)));
    z.on('error', reject);
    let left = size;
    const pump = () => {
      while (left > 0) {
        const n = Math.min(left, block.length);
        left -= n;
        if (!z.write(n === block.length ? block : block.subarray(0, n))) return void z.once('drain', pump);
      }
      z.end();
    };
    pump();
  });
}

async function writeBomb(path, size) {
  const { WarcWriter } = await import('../src/crawl/warc.js');
  const body = await gzipOfSpaces(size);
  const writer = await WarcWriter.open(path);
  await writer.write({
    url: 'http://portal.example/bomb', date: new Date(), method: 'GET', requestHeaders: [], status: 200, statusText: 'OK',
    responseHeaders: [['content-type', 'text/html'], ['content-encoding', 'gzip']], body,
  }, 'article');
  await writer.close();
}

const peakMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

if (process.argv[2] === 'child') {
  const [, , , which, path] = process.argv;
  let outcome;
  if (which === 'ward-news') {
    const { readWarc } = await import('../src/crawl/warc.js');
    for await (const r of readWarc(path)) outcome = r.error ? r.error.code : `${r.body.length} bytes`;
  } else {
    const { WARCParser } = await import('warcio');
    const { createReadStream } = await import('node:fs');
    for await (const record of new WARCParser(createReadStream(path))) {
      if (record.warcType === 'response') outcome = `${(await record.readFully(true)).length} bytes`;
    }
  }
  console.log(JSON.stringify({ outcome, peakMiB: peakMiB() }));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'ward-news-warc-bomb-'));
  try {
    const gib = option('gib', 3);
    const peerMib = option('peer-mib', 256);
    const bomb = join(dir, 'bomb.warc.gz');
    const small = join(dir, 'small.warc.gz');
    await writeBomb(bomb, gib * 2 ** 30);
    await writeBomb(small, peerMib * 2 ** 20);
    const run = (which, path) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'child', which, path], { encoding: 'utf8' }));
    const ours = run('ward-news', bomb);
    const peer = run('warcio readFully', small);
    console.log(`bomb: ${statSync(bomb).size} bytes of .warc.gz holding a ${gib} GiB page`);
    console.log(`ward-news readWarc, ${gib} GiB bomb: ${ours.outcome}, peak RSS ${ours.peakMiB} MiB`);
    console.log(`warcio readFully(true), ${peerMib} MiB bomb: ${peer.outcome}, peak RSS ${peer.peakMiB} MiB (≈ ${Math.round(peer.peakMiB * gib * 1024 / peerMib)} MiB at ${gib} GiB)`);
    console.log(`ratio (peer extrapolated / ward-news): ${(peer.peakMiB * gib * 1024 / peerMib / ours.peakMiB).toFixed(1)}x`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
