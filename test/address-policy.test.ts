/**
 * The fetcher does not reach where it must not: loopback, private, link-local and other
 * special addresses are refused by default (URL literal or DNS answer, first request and
 * every redirect hop), non-http(s) schemes are never followed, and `allowAddress` opens the
 * door for tests and intranets. All traffic stays on 127.0.0.0/8.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl } from '../src/crawl/index.js';
import { FetchError } from '../src/errors.js';
import { AddressNotAllowedError, fetchPage, isPublicAddress, type FetchOptions } from '../src/fetch/index.js';
import { page, redirect, startSite, type Site } from './helpers/server.js';

const quick: FetchOptions = { retries: 0, connectTimeout: 2000, timeout: 5000 };

async function failure(p: Promise<unknown>): Promise<FetchError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(FetchError);
  return e as FetchError;
}

/** The refusal behind a FetchError, if the address policy caused it. */
const refusal = (e: FetchError): AddressNotAllowedError | undefined => {
  for (let c: unknown = e; c; c = (c as { cause?: unknown }).cause) if (c instanceof AddressNotAllowedError) return c;
  return undefined;
};

let site: Site;
const url = (path: string): string => site.origin + path;
const port = (): string => new URL(site.origin).port;

beforeAll(async () => {
  site = await startSite();
  site.route('/ok', page('<html><body><p>ok</p></body></html>'));
  site.route('/secret', page('<html><body><p>secret</p></body></html>'));
});
afterAll(() => site.close());

describe('isPublicAddress', () => {
  it('refuses loopback, private, link-local, unspecified and other special ranges, in v4, v6 and v4-in-v6 forms', () => {
    const refused = [
      '127.0.0.1', '127.255.255.254', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
      '0.0.0.0', '100.64.0.1', '192.0.2.1', '198.18.0.1', '224.0.0.251', '255.255.255.255',
      '::', '::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1', '2001:db8::1',
      '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:192.168.0.1', '64:ff9b::10.0.0.1', '2002:c0a8:0101::1', 'not-an-ip',
      // IPv4-compatible (deprecated), SIIT IPv4-translated, local-use NAT64 (RFC 8215), in every spelling.
      '::7f00:1', '::127.0.0.1', '::a00:1', '::ffff:0:7f00:1', '::ffff:0:127.0.0.1', '::ffff:0:c0a8:101',
      '64:ff9b:1::7f00:1', '64:ff9b:1:ffff::1', '64:ff9b:1:7f00:1::', '64:ff9b:1::8.8.8.8',
    ];
    const allowed = [
      '8.8.8.8', '1.1.1.1', '172.32.0.1', '203.113.131.1', '2606:4700:4700::1111', '2001:4860::8888', '::ffff:8.8.8.8', '64:ff9b::808:808',
      '::ffff:0:808:808', '64:ff9c::7f00:1',
    ];
    expect(refused.filter((a) => isPublicAddress(a))).toEqual([]);
    expect(allowed.filter((a) => !isPublicAddress(a))).toEqual([]);
  });
});

describe('fetchPage address policy', () => {
  it('refuses 127.0.0.1 by default with a typed error, before any request is sent', async () => {
    const before = site.log.length;
    const e = await failure(fetchPage(url('/ok'), quick));
    expect(e.code).toBe('NETWORK');
    expect(refusal(e)?.address).toBe('127.0.0.1');
    expect(site.log.length).toBe(before);
  });

  it('refuses a host name that resolves to loopback, and loopback spelt in other ways', async () => {
    const before = site.log.length;
    const spellings = [
      `http://localhost:${port()}/ok`, `http://2130706433:${port()}/ok`, `http://0x7f.1:${port()}/ok`,
      `http://127.1:${port()}/ok`, `http://[::ffff:127.0.0.1]:${port()}/ok`, `http://[::1]:${port()}/ok`,
    ];
    for (const u of spellings) {
      const e = await failure(fetchPage(u, quick));
      expect(e.code, u).toBe('NETWORK');
      expect(refusal(e), u).toBeInstanceOf(AddressNotAllowedError);
    }
    expect(site.log.length).toBe(before);
  });

  it('allows loopback when the caller says so', async () => {
    const got = await fetchPage(url('/ok'), { ...quick, allowAddress: () => true });
    expect(got.status).toBe(200);
    expect(Buffer.from(got.body).toString()).toContain('ok');
  });

  it('checks again after every redirect: a hop to a loopback name is refused and never requested', async () => {
    site.route('/to-localhost', redirect(`http://localhost:${port()}/secret`));
    site.route('/to-127-2', redirect(`http://127.0.0.2:${port()}/secret`));
    // The test server itself is allowed by its literal address only; anything else follows the default policy.
    const firstHopOnly: FetchOptions = { ...quick, allowAddress: (a, f, host) => host === '127.0.0.1' || isPublicAddress(a, f) };
    expect((await fetchPage(url('/ok'), firstHopOnly)).status).toBe(200);
    for (const path of ['/to-localhost', '/to-127-2']) {
      const e = await failure(fetchPage(url(path), firstHopOnly));
      expect(e.code, path).toBe('NETWORK');
      expect(refusal(e), path).toBeInstanceOf(AddressNotAllowedError);
    }
    expect(site.hits('/to-localhost')).toBe(1);
    expect(site.hits('/secret')).toBe(0);
  });

  it('never follows a redirect to file:, data:, javascript: or other schemes, even with every address allowed', async () => {
    const targets = ['file:///etc/passwd', 'ftp://127.0.0.1/x', 'data:text/html,<p>x</p>', 'javascript:alert(1)', 'gopher://127.0.0.1:70/'];
    for (const [i, target] of targets.entries()) {
      site.route(`/scheme${i}`, redirect(target));
      const e = await failure(fetchPage(url(`/scheme${i}`), { ...quick, allowAddress: () => true }));
      expect(e.code, target).toBe('NETWORK');
      expect(e.message, target).toMatch(/unsupported URL scheme/);
    }
    for (const target of ['file:///etc/passwd', 'ftp://127.0.0.1/']) {
      expect((await failure(fetchPage(target, { allowAddress: () => true }))).code).toBe('NETWORK');
    }
  });
});

describe('crawl address policy', () => {
  it('refuses a loopback portal by default and reports it, without sending a request', async () => {
    const before = site.log.length;
    const results = [];
    for await (const r of crawl([url('/ok')], { interval: 0, fetch: quick })) results.push(r);
    expect(results.filter((r) => r.type !== 'error')).toEqual([]);
    expect(results.length).toBeGreaterThan(0);
    expect(site.log.length).toBe(before);
  });

  it('fails a refused address at once, without retries, and says how to allow it', { timeout: 20_000 }, async () => {
    const before = site.log.length;
    const results = [];
    // Retries would wait a minute each: the test can only finish if there are none.
    const slowRetries: FetchOptions = { retries: 3, retryDelay: 60_000, maxRetryDelay: 60_000 };
    for await (const r of crawl([url('/ok'), url('/secret')], { interval: 0, fetch: slowRetries })) results.push(r);
    const errors = results.flatMap((r) => (r.type === 'error' ? [r.error] : []));
    expect(errors).toHaveLength(2);
    for (const e of errors) {
      expect((e as FetchError).code).toBe('NETWORK');
      expect(e.message).toMatch(/allowAddress/);
      expect(e.message).toMatch(/--allow-private/);
    }
    const direct = await failure(fetchPage(url('/ok'), slowRetries));
    expect(direct.message).toMatch(/--allow-private/);
    expect(site.log.length).toBe(before);
  });
});
