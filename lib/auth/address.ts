import { BlockList, isIP } from 'node:net';
import { env } from '@/lib/env';
import { log } from '@/lib/log';

// The client's address, for counting failed sign-ins and rate limits. The production
// server (scripts/serve.mjs, which `npm start` runs) appends the socket's peer address to
// X-Forwarded-For as a proxy would, so the last entry is always the machine that opened
// the connection, whatever the client sent. Walking from the right, each entry that is a
// trusted proxy (TRUSTED_PROXIES) vouches for the one before it; the first entry that is
// not a trusted proxy is the client. With no trusted proxies the client is the socket's
// peer, and anything a client writes into X-Forwarded-For is ignored.
//
// `next dev` and `next start` do not append: Next only fills in X-Forwarded-For from the
// socket when the request has none, so there a client can choose its address. Production
// runs scripts/serve.mjs (docs/decisions/004-sign-in-and-permissions.md).

const peerAppended = Symbol.for('claim-tracker.peer-in-forwarded-for');

/** The trusted proxies as a lookup (entries were checked by lib/env.ts). */
export function trustList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [raw = '', bits] = entry.split('/');
    const address = bits === undefined ? normalize(raw) : raw;
    if (!address || !isIP(address)) continue;
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

/** An IP address in one spelling (IPv4-mapped IPv6 as plain IPv4), or null when it is not one. */
export function normalize(value: string): string | null {
  let address = value.trim();
  if (address.startsWith('[') && address.includes(']')) address = address.slice(1, address.indexOf(']'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The client's address from a request's headers, given the trusted proxies; null when it
 * cannot be told (no X-Forwarded-For at all).
 */
export function clientAddressFrom(forwardedFor: string | null, trusted: BlockList): string | null {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  let client: string | null = null;
  while (hops.length) {
    const hop = normalize(hops.pop()!);
    // A trusted proxy passed on something that is not an address: the proxy is all we know.
    if (!hop) return client;
    client = hop;
    if (!trusted.check(hop, isIP(hop) === 6 ? 'ipv6' : 'ipv4')) return client;
  }
  return client;
}

const trusted = trustList(env.TRUSTED_PROXIES);
let warned = false;

/** The requesting client's address (see above), or null when the server cannot tell. */
export function clientAddress(headers: Headers): string | null {
  const appended = (globalThis as Record<symbol, unknown>)[peerAppended] === true;
  if (!appended && !warned && env.NODE_ENV === 'production') {
    warned = true;
    log.warn(
      'not running under scripts/serve.mjs (`npm start`): client addresses come from X-Forwarded-For as sent, so limits per address can be dodged',
    );
  }
  return clientAddressFrom(headers.get('x-forwarded-for'), trusted);
}
