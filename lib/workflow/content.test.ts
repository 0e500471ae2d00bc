import { describe, expect, it } from 'vitest';
import { claimContentChanged, isFrozen, stageAfterContentChange } from './content';
import { correctionBlocker, moveBlocker } from './rules';

describe('what counts as a claim’s content', () => {
  it('names the content a save touches, once each', () => {
    expect(claimContentChanged(['statement', 'attribution'])).toBe('statement, attribution');
    expect(claimContentChanged(['spanStart', 'spanEnd', 'quote'])).toBe('span');
    expect(claimContentChanged(['claimantId', 'explanation'])).toBe('claimant, explanation');
  });

  it('leaves the newsroom’s bookkeeping out', () => {
    expect(claimContentChanged(['internalNotes', 'assigneeId'])).toBeNull();
    expect(claimContentChanged([])).toBeNull();
  });
});

describe('the stage rule', () => {
  it('sends only an approved item back to review, and freezes what readers see', () => {
    expect(stageAfterContentChange('approved')).toBe('in_review');
    expect(stageAfterContentChange('draft')).toBe('draft');
    expect(stageAfterContentChange('in_review')).toBe('in_review');
    expect(isFrozen('published')).toBe(true);
    expect(isFrozen('retracted')).toBe(true);
    expect(isFrozen('approved')).toBe(false);
  });
});

describe('corrections', () => {
  it('whoever prepared any part of a correction cannot publish it', () => {
    const words = 'You prepared this correction, so another editor must publish it (second read).';
    expect(correctionBlocker({ preparedById: 'a', contributorIds: [] }, 'a')).toBe(words);
    expect(correctionBlocker({ preparedById: 'a', contributorIds: ['b'] }, 'b')).toBe(words);
    expect(correctionBlocker({ preparedById: 'a', contributorIds: ['b'] }, 'c')).toBeNull();
  });

  it('one at a time: a second correction waits for the first', () => {
    const claim = { stage: 'published' as const, verdictSetById: 'a', verdictReason: 'r' };
    expect(moveBlocker('correct', claim, 'b')).toBeNull();
    expect(moveBlocker('correct', { ...claim, correctionPending: true }, 'b')).toBe(
      'A correction is already waiting: publish or discard it first.',
    );
  });
});
