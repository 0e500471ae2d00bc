import { describe, expect, it } from 'vitest';
import { correctionOptions, moveBlocker, moveOptions } from './rules';

const reviewer = { id: 'rev', role: 'reviewer' } as const;
const editor = { id: 'ed', role: 'editor' } as const;

describe('the moves a workspace offers', () => {
  it('offers a claim the moves from its stage, with the role and the second read judged for the user', () => {
    const claim = { subject: 'claim', stage: 'approved', verdictSetById: 'ed', verdictReason: 'Checked.' } as const;
    expect(moveOptions(claim, reviewer)).toEqual([
      { move: 'withdraw', label: 'Back to draft', blocker: null, allowedForRole: true },
      { move: 'publish', label: 'Publish', blocker: null, allowedForRole: false },
    ]);
    expect(moveOptions(claim, editor).find((o) => o.move === 'publish')).toEqual({
      move: 'publish',
      label: 'Publish',
      blocker: 'You set this verdict, so another editor must publish it (second read).',
      allowedForRole: true,
    });
  });

  it('judges a comparison by its own rule', () => {
    const comparison = { subject: 'comparison', stage: 'draft', readingSetById: 'rev', members: 1 } as const;
    expect(moveOptions(comparison, reviewer)).toEqual([
      {
        move: 'submit',
        label: 'Send for review',
        blocker: 'A comparison needs at least two figures side by side.',
        allowedForRole: true,
      },
    ]);
  });

  it('offers a published item a correction only when none is waiting', () => {
    const claim = { subject: 'claim', stage: 'published', verdictSetById: 'rev', verdictReason: 'Checked.' } as const;
    expect(moveOptions({ ...claim, correctionPending: true }, editor).map((o) => [o.move, o.blocker])).toEqual([
      ['correct', 'A correction is already waiting: publish or discard it first.'],
      ['retract', null],
    ]);
  });
});

describe('what a workspace offers on a pending correction', () => {
  const correction = { preparedById: 'rev', contributorIds: ['ed'] };

  it('lets only an editor who prepared no part of it publish it', () => {
    expect(correctionOptions('claim', correction, reviewer).publishBlocker).toBe(
      'Your role cannot publish a correction; an editor can.',
    );
    expect(correctionOptions('claim', correction, editor).publishBlocker).toMatch(/another editor must publish/);
    expect(correctionOptions('comparison', correction, { id: 'other', role: 'editor' }).publishBlocker).toBeNull();
  });

  it('lets whoever prepared it, or an editor, discard it', () => {
    expect(correctionOptions('claim', correction, reviewer).canDiscard).toBe(true);
    expect(correctionOptions('claim', correction, { id: 'other', role: 'reviewer' }).canDiscard).toBe(false);
    expect(correctionOptions('comparison', correction, { id: 'other', role: 'admin' }).canDiscard).toBe(true);
  });
});

describe('a claim whose article changed', () => {
  const claim = { verdictSetById: 'a', verdictReason: 'checked', articleChange: 'changed' };
  it('moves no further until the change is resolved', () => {
    expect(moveBlocker('submit', { ...claim, stage: 'draft' }, 'b')).toMatch(/article changed here/);
    expect(moveBlocker('approve', { ...claim, stage: 'in_review' }, 'b')).toMatch(/article changed here/);
    expect(moveBlocker('publish', { ...claim, stage: 'approved' }, 'b')).toMatch(/article changed here/);
    expect(moveBlocker('publish', { ...claim, stage: 'approved', articleChange: null }, 'b')).toBeNull();
  });
  it('may still be withdrawn, corrected or retracted', () => {
    expect(moveBlocker('withdraw', { ...claim, stage: 'approved' }, 'b')).toBeNull();
    expect(moveBlocker('correct', { ...claim, stage: 'published' }, 'b')).toBeNull();
    expect(moveBlocker('retract', { ...claim, stage: 'published' }, 'b')).toBeNull();
  });
});
