import { describe, expect, it } from 'vitest';
import { ownEntry } from './own-key';

describe('ownEntry', () => {
  const notices: Record<string, string> = { signed_out: 'You have signed out.' };
  it('finds the record’s own entries only', () => {
    expect(ownEntry(notices, 'signed_out')).toBe('You have signed out.');
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', undefined, ['signed_out'], 1]) {
      expect(ownEntry(notices, key)).toBeUndefined();
    }
  });
});
