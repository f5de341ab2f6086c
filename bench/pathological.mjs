/**
 * Pathological inputs at full size (issue 7): time and peak RSS of each case, each run in its
 * own child process so that one case's memory does not hide another's.
 *
 *   npm run bench:pathological                     # every case
 *   npm run bench:pathological -- links-1M text-20MB   # some cases
 *   node --import tsx bench/pathological.mjs --case page-30MB   # one case, in this process
 *
 * Columns: wall time of the call (input building excluded), RSS once the input is built,
 * peak RSS of the process (maxRSS), and what came out (the documented result).
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

const MB = 1024 * 1024;
const TIMEOUT_MS = Number(process.env.CASE_TIMEOUT_MS ?? 600_000);

/** Starts a server on 127.0.0.1 with one handler; resolves to its origin and a close function. */
async function serve(handler) {
  const server = http.createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => { server.closeAllConnections(); return new Promise((r) => server.close(r)); },
  };
}

/** Runs `f`, reporting a typed error by its code instead of throwing. */
async function outcome(f) {
  try {
    return await f();
  } catch (e) {
    return `${e.name} ${e.code ?? ''}: ${e.message.slice(0, 80)}`;
  }
}

/** Each case: build(lib) → input (not timed); run(lib, input) → a short description of the result. */
const CASES = {
  'nested-100k': {
    build: ({ P }) => P.nested(100_000),
    run: ({ extract }, html) => `text ${extract(html).text.length} chars`,
  },
  'page-30MB': {
    build: ({ P }) => P.hugePage(30 * MB),
    run: ({ extract }, bytes) => { const a = extract(bytes); return `title "${a.title.slice(0, 40)}…", text ${a.text.length} chars`; },
  },
  'page-60MB-default-maxBytes': {
    build: ({ P }) => P.hugePage(60 * MB),
    run: ({ extract }, bytes) => outcome(() => extract(bytes)),
  },
  'links-1M-extract': {
    build: ({ P }) => P.manyLinks(1_000_000),
    run: ({ extract }, html) => { const a = extract(html, { url: 'https://x.gov.vn/' }); return `text ${a.text.length} chars, ${a.sections.length} sections`; },
  },
  'links-1M-listing': {
    build: ({ P }) => P.manyLinks(1_000_000),
    run: ({ extractListing }, html) => `${extractListing(html, { url: 'https://x.gov.vn/' }).articles.length} articles`,
  },
  'links-1M-listing-maxNodes-100k': {
    build: ({ P }) => P.manyLinks(1_000_000),
    run: ({ extractListing }, html) => `${extractListing(html, { url: 'https://x.gov.vn/', maxNodes: 100_000 }).articles.length} articles`,
  },
  'text-20MB': {
    build: ({ P }) => P.hugeText(20 * MB),
    run: ({ extract }, text) => { const a = extract(text); return `text ${a.text.length} chars, ${a.facts.length} facts`; },
  },
  'nul-invalid-utf8': {
    build: ({ P }) => P.undeclared(P.brokenUtf8()),
    run: ({ extract }, bytes) => `title "${extract(bytes).title.slice(0, 40)}…"`,
  },
  'utf16-bom': {
    build: ({ P }) => P.utf16('be'),
    run: ({ extract }, bytes) => `title "${extract(bytes).title.slice(0, 40)}…"`,
  },
  'charset-lies': {
    build: ({ P }) => P.cp1258SaysUtf8(),
    run: ({ extract }, bytes) => `title "${extract(bytes, { contentType: 'text/html; charset=utf-8' }).title.slice(0, 40)}…"`,
  },
  'gzip-bomb-http': {
    // An endless gzip stream of zeros: about 1 KB on the wire per MB inflated.
    build: () => null,
    run: async ({ fetchPage }) => {
      const site = await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        const zeros = Readable.from((function* () { for (;;) yield Buffer.alloc(MB); })());
        zeros.pipe(zlib.createGzip()).pipe(res);
        res.on('close', () => zeros.destroy());
      });
      try {
        return await outcome(() => fetchPage(`${site.origin}/`, { allowAddress: () => true, retries: 0 }));
      } finally {
        await site.close();
      }
    },
  },
  'endless-chunked-http': {
    build: () => null,
    run: async ({ fetchPage }) => {
      const site = await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const write = () => { while (res.write(chunk)); };
        res.on('drain', write);
        write();
      });
      try {
        return await outcome(() => fetchPage(`${site.origin}/`, { allowAddress: () => true, retries: 0 }));
      } finally {
        await site.close();
      }
    },
  },
  'endless-drip-http': {
    build: () => null,
    run: async ({ fetchPage }) => {
      const site = await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => res.write('<p>x</p>'), 100);
        res.on('close', () => clearInterval(timer));
      });
      try {
        // The default deadline is 120 s; 5 s shows the same mechanism.
        return await outcome(() => fetchPage(`${site.origin}/`, { allowAddress: () => true, retries: 0, timeout: 5_000 }));
      } finally {
        await site.close();
      }
    },
  },
};

async function runCase(name) {
  const lib = {
    ...(await import('../src/extract.ts')),
    ...(await import('../src/listing/index.ts')),
    ...(await import('../src/fetch/index.ts')),
    P: await import('../test/helpers/pathological.ts'),
  };
  const c = CASES[name];
  if (!c) throw new Error(`unknown case ${name}`);
  const input = await c.build(lib);
  const inputMB = input === null ? 0 : (typeof input === 'string' ? input.length : input.byteLength) / MB;
  const rssBefore = process.memoryUsage().rss / MB;
  const started = performance.now();
  const result = await c.run(lib, input);
  const ms = performance.now() - started;
  const peak = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ name, inputMB, ms, rssBefore, peak, result })}\n`);
}

function child(name) {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--case', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => p.kill('SIGKILL'), TIMEOUT_MS);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)));
      } catch {
        resolve({ name, error: signal === 'SIGKILL' ? `killed after ${TIMEOUT_MS / 1000} s` : `exit ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}` });
      }
    });
  });
}

const caseArg = process.argv.indexOf('--case');
if (caseArg >= 0) {
  await runCase(process.argv[caseArg + 1]);
} else {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(CASES);
  console.log(`${'case'.padEnd(32)} ${'input'.padStart(9)} ${'time'.padStart(10)} ${'RSS in'.padStart(9)} ${'peak RSS'.padStart(9)}  result`);
  for (const name of names) {
    const r = await child(name);
    if (r.error) {
      console.log(`${name.padEnd(32)} ${r.error}`);
      continue;
    }
    console.log(`${name.padEnd(32)} ${`${r.inputMB.toFixed(1)} MB`.padStart(9)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(10)} ${`${r.rssBefore.toFixed(0)} MB`.padStart(9)} ${`${r.peak.toFixed(0)} MB`.padStart(9)}  ${r.result}`);
  }
}
