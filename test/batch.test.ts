import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMany, type BatchInput, type BatchResult } from '../src/batch/index.js';
import { ExtractError } from '../src/errors.js';
import { extract } from '../src/extract.js';
import { renderArticle } from '../src/serialize/render.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'ward');
const fixtures = readdirSync(DIR).sort().map((id) => {
  const expected = JSON.parse(readFileSync(join(DIR, id, 'expected.json'), 'utf8')) as { url: string };
  return { id, url: expected.url, file: join(DIR, id, 'page.html'), body: readFileSync(join(DIR, id, 'page.html')) };
});

/** The fixtures `times` over, as an async source that counts how many inputs were pulled. */
function counted(times: number): { source: AsyncGenerator<BatchInput>; pulled: () => number; closed: () => boolean } {
  let pulled = 0;
  let closed = false;
  async function* source(): AsyncGenerator<BatchInput> {
    try {
      for (let t = 0; t < times; t++) {
        for (const f of fixtures) {
          pulled++;
          yield { id: `${t}/${f.id}`, url: f.url, body: f.body };
        }
      }
    } finally {
      closed = true;
    }
  }
  return { source: source(), pulled: () => pulled, closed: () => closed };
}

async function collect<R = BatchResult>(results: AsyncIterable<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('extractMany', () => {
  it('gives, on 2 worker threads, exactly what extract gives, in input order', async () => {
    // Without site profiles (learned per host by default; tested in site.test.ts): page by page.
    const results = await collect(extractMany(counted(2).source, { jobs: 2, learnSites: 0 }));
    const inputs = [...fixtures, ...fixtures];
    expect(results.map((r) => r.index)).toEqual(inputs.map((_, i) => i));
    expect(results.map((r) => r.id)).toEqual(inputs.map((f, i) => `${i < fixtures.length ? 0 : 1}/${f.id}`));
    results.forEach((r, i) => {
      expect('article' in r && r.article, r.id!).toEqual(extract(inputs[i]!.body, { url: inputs[i]!.url }));
    });
  });

  it('runs in this thread with jobs 1, with the same results', async () => {
    const inProcess = await collect(extractMany(counted(1).source, { jobs: 1 }));
    const threaded = await collect(extractMany(counted(1).source, { jobs: 2 }));
    expect(inProcess).toEqual(threaded);
  });

  it('reports a failing input as its own result and goes on (typed errors survive the thread boundary)', async () => {
    const [a, b] = fixtures;
    const inputs: (BatchInput | Promise<BatchInput>)[] = [
      { id: 'a', body: a!.body },
      { id: 'not-bytes', body: 42 as unknown as string },
      Promise.reject(new Error('could not read')),
      { id: 'text', body: 'x'.repeat(2048) },
      { id: 'b', body: b!.body },
    ];
    for (const jobs of [1, 2]) {
      const results = await collect(extractMany(inputs, { jobs, maxBytes: 1024 * 1024 }));
      expect(results.map((r) => [r.index, r.id, 'article' in r])).toEqual([
        [0, 'a', true], [1, 'not-bytes', false], [2, null, false], [3, 'text', true], [4, 'b', true],
      ]);
      const err = (r: BatchResult) => ('error' in r ? r.error : undefined);
      expect(err(results[1]!)).toBeInstanceOf(ExtractError);
      expect((err(results[1]!) as ExtractError).code).toBe('INVALID_INPUT');
      expect(err(results[2]!)?.message).toBe('could not read');
    }
    const tooLarge = await collect(extractMany([{ body: 'x'.repeat(2048) }], { jobs: 2, maxBytes: 1000 }));
    expect('error' in tooLarge[0]! && (tooLarge[0].error as ExtractError).code).toBe('TOO_LARGE');
  });

  it('pulls inputs only as results are consumed: at most `window` in flight', async () => {
    for (const [jobs, window, learnSites] of [[2, undefined, undefined], [2, 3, undefined], [1, undefined, 0], [1, undefined, undefined]] as const) {
      const { source, pulled } = counted(2);
      const bound = window ?? 4 * jobs;
      let consumed = 0;
      for await (const r of extractMany(source, { jobs, ...(window === undefined ? {} : { window }), ...(learnSites === undefined ? {} : { learnSites }) })) {
        consumed++;
        expect(r.index).toBe(consumed - 1);
        // Pulled inputs: the ones consumed plus at most `bound` in flight (1 in-process, unless pages are read ahead to learn site profiles).
        expect(pulled()).toBeLessThanOrEqual(consumed + (jobs === 1 && learnSites === 0 ? 1 : bound));
        // A slow consumer: the source must not be drained meanwhile.
        if (consumed === 2) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(consumed).toBe(2 * fixtures.length);
    }
  });

  it('stops reading and ends the workers when the consumer leaves early', async () => {
    const { source, pulled, closed } = counted(50);
    let n = 0;
    for await (const r of extractMany(source, { jobs: 2 })) {
      expect('article' in r).toBe(true);
      if (++n === 3) break;
    }
    expect(closed()).toBe(true);
    expect(pulled()).toBeLessThanOrEqual(3 + 8);
  });

  it('reads file inputs in the workers, to the same articles as bytes; an unreadable file is its own error', async () => {
    for (const jobs of [1, 2]) {
      const inputs: BatchInput[] = [
        ...fixtures.map((f) => ({ id: f.id, file: f.file, url: f.url })),
        { id: 'missing', file: join(DIR, 'no-such-page.html') },
        { id: 'both', file: fixtures[0]!.file, body: fixtures[0]!.body },
        { id: 'neither' },
      ];
      const results = await collect(extractMany(inputs, { jobs }));
      expect(results.map((r) => r.id)).toEqual(inputs.map((i) => i.id));
      fixtures.forEach((f, i) => expect('article' in results[i]! && results[i].article, f.id).toEqual(extract(f.body, { url: f.url })));
      const [missing, both, neither] = results.slice(fixtures.length).map((r) => ('error' in r ? r.error : undefined));
      expect((missing as NodeJS.ErrnoException).code).toBe('ENOENT');
      expect(missing!.message).toContain('no-such-page.html');
      for (const e of [both, neither]) expect(e instanceof ExtractError && e.code).toBe('INVALID_INPUT');
    }
  });

  it('serializes in the workers when asked for a format: the text renderArticle gives', async () => {
    for (const output of ['jsonl', 'markdown'] as const) {
      const results = await collect(extractMany(fixtures.map((f) => ({ id: f.id, file: f.file, url: f.url })), { jobs: 2, output }));
      expect(results.map((r) => ('text' in r ? r.text : r.error))).toEqual(fixtures.map((f) => renderArticle(extract(f.body, { url: f.url }), output)));
    }
    const [line] = await collect(extractMany([{ body: fixtures[0]!.body }], { jobs: 1, output: 'jsonl' }));
    expect('text' in line! && JSON.parse(line.text)).toEqual(JSON.parse(JSON.stringify(extract(fixtures[0]!.body))));
  });
});
