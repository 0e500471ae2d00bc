import { describe, expect, it } from 'vitest';
import { clientAddressFrom, normalize, trustList } from './address';

// scripts/serve.mjs appends the socket's peer to X-Forwarded-For, so the last entry is
// the machine that connected; everything before it is what that machine claims.
describe('the client address', () => {
  const none = trustList([]);
  const proxies = trustList(['10.0.0.0/8', '2001:db8::1']);

  it('with no trusted proxies is the socket peer, whatever the client wrote', () => {
    expect(clientAddressFrom('127.0.0.1', none)).toBe('127.0.0.1');
    expect(clientAddressFrom('203.0.113.7, 127.0.0.1', none)).toBe('127.0.0.1');
    expect(clientAddressFrom('1.1.1.1, 2.2.2.2, 198.51.100.4', none)).toBe('198.51.100.4');
    expect(clientAddressFrom('not an address, 198.51.100.4', none)).toBe('198.51.100.4');
  });

  it('behind trusted proxies is the first address, from the right, that is not one of them', () => {
    expect(clientAddressFrom('198.51.100.4, 10.1.2.3', proxies)).toBe('198.51.100.4');
    // What the client itself wrote before the proxy appended its peer is not believed.
    expect(clientAddressFrom('6.6.6.6, 198.51.100.4, 10.1.2.3', proxies)).toBe('198.51.100.4');
    expect(clientAddressFrom('198.51.100.4, 10.0.0.9, 10.1.2.3', proxies)).toBe('198.51.100.4');
    expect(clientAddressFrom('2001:db8::7, 2001:db8::1', proxies)).toBe('2001:db8::7');
  });

  it('a trusted proxy that passes on garbage gives the proxy, not the garbage', () => {
    expect(clientAddressFrom('<script>, 10.1.2.3', proxies)).toBe('10.1.2.3');
    expect(clientAddressFrom(', 10.1.2.3', proxies)).toBe('10.1.2.3');
  });

  it('is one spelling per address, and null when there is none', () => {
    expect(clientAddressFrom('::ffff:127.0.0.1', none)).toBe('127.0.0.1');
    expect(clientAddressFrom('198.51.100.4, ::ffff:10.1.2.3', proxies)).toBe('198.51.100.4');
    expect(normalize('[2001:DB8::7]')).toBe('2001:db8::7');
    expect(normalize('example.org')).toBeNull();
    expect(clientAddressFrom(null, none)).toBeNull();
    expect(clientAddressFrom('', none)).toBeNull();
    expect(clientAddressFrom('unknown', none)).toBeNull();
  });
});
