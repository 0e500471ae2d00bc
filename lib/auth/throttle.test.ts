import { describe, expect, it } from 'vitest';
import { signInKeys, throttleAddress } from './throttle';

describe('throttleAddress', () => {
  it('keeps an IPv4 address whole, and reads one mapped into IPv6 as IPv4', () => {
    expect(throttleAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(throttleAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every address of one IPv6 /64 as one client, however it is written', () => {
    const a = throttleAddress('2001:db8:1:2:aaaa:bbbb:cccc:dddd');
    expect(throttleAddress('2001:db8:1:2::1')).toBe(a);
    expect(throttleAddress('2001:0DB8:0001:0002:ffff::%eth0')).toBe(a);
    expect(throttleAddress('2001:db8:1:3::1')).not.toBe(a);
    expect(throttleAddress('::1')).toBe('0:0:0:0::/64');
  });

  it('puts unknown addresses under one key', () => {
    expect(throttleAddress(null)).toBe('unknown');
  });

  it('keys a sign-in from a rotating IPv6 client by its /64', () => {
    const one = signInKeys('a@example.org', '2001:db8::1');
    const other = signInKeys('a@example.org', '2001:db8::2');
    expect(one).toEqual(other);
  });
});
