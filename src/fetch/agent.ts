/**
 * The undici dispatcher: connection pooling, the connect timeout, and the hook that checks
 * every resolved address before a socket is opened (so that a DNS answer, not only the URL,
 * decides what may be reached).
 */
import dns from 'node:dns';
import net from 'node:net';
import { Agent } from 'undici';
import { isPublicAddress } from './address.js';
import type { AddressFilter } from './types.js';

/** A connection refused by the `allowAddress` hook. */
export class AddressNotAllowedError extends Error {
  override readonly name = 'AddressNotAllowedError';
  constructor(readonly address: string, readonly hostname: string) {
    super(`address ${address} of ${hostname} is not allowed (not a public address; allow it with the allowAddress option, or --allow-private on the command line)`);
  }
}

type LookupCallback = (err: Error | null, address: string | dns.LookupAddress[], family?: number) => void;

/** `dns.lookup` with every answer passed through `allow`; any refused answer fails the lookup. */
function filteredLookup(allow: AddressFilter) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const refused = addresses.find((a) => !allow(a.address, a.family === 6 ? 6 : 4, hostname));
      if (refused) return callback(new AddressNotAllowedError(refused.address, hostname), '');
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`no address for ${hostname}`), '');
      callback(null, first.address, first.family);
    });
  };
}

/**
 * Checks a URL whose host is an IP literal (no DNS lookup happens for those, so the lookup
 * hook alone would miss them). Throws {@link AddressNotAllowedError} when refused.
 */
export function checkLiteralAddress(url: URL, allow: AddressFilter = isPublicAddress): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const family = net.isIP(host);
  if (family !== 0 && !allow(host, family === 6 ? 6 : 4, host)) throw new AddressNotAllowedError(host, host);
}

/** Options of {@link createAgent}. */
export interface AgentOptions {
  /** TCP/TLS connect timeout, ms. Default 10,000. */
  connectTimeout?: number;
  /** Checks each resolved address (see {@link AddressFilter}). Default {@link isPublicAddress}: private networks refused. */
  allowAddress?: AddressFilter;
  /** Sockets kept open per origin. Default 4. */
  connections?: number;
}

/** An undici Agent for fetches and crawls; close it (`await agent.close()`) when done. */
export function createAgent({ connectTimeout = 10_000, allowAddress = isPublicAddress, connections = 4 }: AgentOptions = {}): Agent {
  return new Agent({
    connections,
    connect: { timeout: connectTimeout, lookup: filteredLookup(allowAddress) },
  });
}
