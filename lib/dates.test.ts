import { afterEach, describe, expect, it } from 'vitest';
import { formatUtcDateTime } from './dates';

describe('formatUtcDateTime', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('shows the UTC digits on a server in another time zone', () => {
    process.env.TZ = 'Pacific/Auckland';
    expect(formatUtcDateTime(new Date('2026-12-02T23:05:00Z'))).toBe('2 Dec 2026, 23:05 UTC');
  });

  it('writes September as "Sep", as the rest of the staff pages do', () => {
    expect(formatUtcDateTime(new Date('2026-09-02T07:09:00Z'))).toBe('2 Sep 2026, 07:09 UTC');
  });

  it('writes midnight as 00, not 24', () => {
    process.env.TZ = 'America/New_York';
    expect(formatUtcDateTime(new Date('2026-01-31T00:00:00Z'))).toBe('31 Jan 2026, 00:00 UTC');
  });
});
