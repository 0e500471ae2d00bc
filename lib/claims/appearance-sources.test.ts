import { describe, expect, it } from 'vitest';
import { independentSourceCount, primarySourceOf, primarySources } from './appearance-sources';

describe('primary sources', () => {
  it('is the relayed source when the claimant cites one, else the claimant', () => {
    expect(primarySourceOf({ claimantId: 'aljazeera', citesSourceId: 'sohr' })).toBe('sohr');
    expect(primarySourceOf({ claimantId: 'sohr', citesSourceId: null })).toBe('sohr');
    expect(primarySourceOf({ claimantId: null })).toBeNull();
  });

  it('counts forty outlets relaying one monitor as one source', () => {
    const relays = Array.from({ length: 40 }, (_, i) => ({ claimantId: `outlet-${i}`, citesSourceId: 'sohr' }));
    expect(independentSourceCount([{ claimantId: 'sohr' }, ...relays])).toBe(1);
  });

  it('counts sources that report on their own separately, and leaves out unattributed ones', () => {
    const namings = [
      { claimantId: 'sohr' },
      { claimantId: 'sana' },
      { claimantId: 'ap', citesSourceId: 'sana' },
      { claimantId: null },
    ];
    expect(primarySources(namings)).toEqual(['sohr', 'sana']);
    expect(independentSourceCount(namings)).toBe(2);
  });
});
