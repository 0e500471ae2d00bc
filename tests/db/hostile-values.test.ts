import { beforeEach, describe, expect, it } from 'vitest';
import { nestFigures } from '@/lib/articles/schemas';
import { addComment } from '@/lib/claims/comments';
import { createClaim as createClaimFrom } from '@/lib/claims/create';
import { queueQuerySchema } from '@/lib/claims/queue';
import { updateClaim } from '@/lib/claims/update';
import { setReading } from '@/lib/comparisons/edit';
import { db } from '@/lib/db';
import { addLinkEvidence } from '@/lib/evidence/add';
import { saveFigure } from '@/lib/figures/save';
import { parseClaimFilters } from '@/lib/publishing/filters';
import { createClaim, createComparison, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// Issue 13, findings 6 and 8: values that used to reach the database (or the allocator)
// and come back as a 500 are refused with a message, and nothing is written.

beforeEach(resetDb);

const refusedWith = (field: string) =>
  expect.objectContaining({
    code: 'invalid_input',
    fieldErrors: expect.objectContaining({ [field]: expect.any(String) }),
  });

async function rows() {
  const [claims, comments, evidence, audit, figures] = await Promise.all([
    db.claim.count(),
    db.comment.count(),
    db.evidence.count(),
    db.auditEvent.count(),
    db.figure.count(),
  ]);
  return { claims, comments, evidence, audit, figures };
}

describe('form indices (finding 6)', () => {
  it('refuses a figure index past the limit before building anything', () => {
    const started = performance.now();
    expect(() => nestFigures({ statement: 's', 'figures.4294967294.keep': 'on' })).toThrow(
      expect.objectContaining({ code: 'invalid_input', fieldErrors: { figures: expect.stringMatching(/at most 20/) } }),
    );
    expect(() => nestFigures({ 'figures.10000000.keep': 'on' })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => nestFigures({ 'figures.20.min': '3' })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    // Generous: the old code took half a second for the 1e7 index alone, and ran out of memory on the first.
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('keeps the figures in place, reads only figure fields, and ignores prototype names', () => {
    const nested = nestFigures({
      statement: 's',
      'figures.0.keep': 'on',
      'figures.0.min': '3',
      'figures.0.__proto__': 'x',
      'figures.0.constructor': 'y',
      'figures.2.keep': 'on',
      'figures.2.min': '5',
      'figures.19.min': '7',
    });
    expect(nested.figures).toEqual([{ min: '3' }, null, { min: '5' }, ...Array(16).fill(null), null]);
    expect(Object.getPrototypeOf(nested.figures[0])).toBe(Object.prototype);
  });
});

describe('text, versions and dates the database cannot hold (finding 8)', () => {
  it('refuses U+0000 and lone surrogates in a statement, a comment and a new claim, writing nothing', async () => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    const before = await rows();
    const edit = {
      claimId: claim.id,
      version: 1,
      kind: 'casualty',
      claimantId: '',
      attribution: '',
      internalNotes: '',
    };
    for (const bad of ['Twelve\u0000killed', 'Twelve \ud800killed', 'Twelve killed\udfff']) {
      await expect(updateClaim({ ...edit, statement: bad }, reviewer)).rejects.toEqual(refusedWith('statement'));
      await expect(addComment({ claimId: claim.id, body: bad }, reviewer)).rejects.toEqual(refusedWith('body'));
      await expect(
        createClaimFrom({ articleId: claim.articleId, start: 0, end: 9, statement: bad, kind: 'statement' }, reviewer),
      ).rejects.toEqual(refusedWith('statement'));
    }
    // An id that names nothing is refused as such, not passed to the database.
    await expect(addComment({ claimId: 'a\u0000b', body: 'fine' }, reviewer)).rejects.toEqual(refusedWith('claimId'));
    expect(await rows()).toEqual(before);
  });

  it('keeps emoji and other well-formed text', async () => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    await addComment({ claimId: claim.id, body: 'Checked 👍 — «OK»' }, reviewer);
    expect((await db.comment.findFirstOrThrow()).body).toBe('Checked 👍 — «OK»');
  });

  it('refuses versions outside 32 bits with a message (3000000000 used to crash the save)', async () => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    const comparison = await createComparison();
    const before = await rows();
    for (const version of [3_000_000_000, 2 ** 31, '3000000000', -1, 0, 1.5, 'NaN', Infinity]) {
      await expect(
        updateClaim(
          { claimId: claim.id, version, statement: 'S', kind: 'casualty', attribution: '', internalNotes: '' },
          reviewer,
        ),
      ).rejects.toEqual(refusedWith('version'));
      await expect(
        saveFigure(
          {
            claimId: claim.id,
            version,
            outcome: 'killed',
            victimGroup: 'people',
            min: '3',
            max: '',
            qualifier: 'at least',
          },
          reviewer,
        ),
      ).rejects.toEqual(refusedWith('version'));
      await expect(
        setReading(
          { comparisonId: comparison.id, version, reviewerReading: 'consistent', reviewerNote: 'n' },
          reviewer,
        ),
      ).rejects.toEqual(refusedWith('version'));
    }
    expect(await rows()).toEqual(before);
  });

  it('refuses dates outside the years 1 to 9999 (year -200000 used to crash the evidence form)', async () => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    const before = await rows();
    const link = { claimId: claim.id, url: 'https://example.org/a', title: 'A', stance: 'supports' };
    for (const accessedAt of ['-200000-01-01', '+275760-09-13', '10000-01-01', '0000-12-31T00:00:00Z', -1e15]) {
      await expect(addLinkEvidence({ ...link, accessedAt }, reviewer)).rejects.toEqual(refusedWith('accessedAt'));
    }
    await expect(
      saveFigure(
        {
          claimId: claim.id,
          version: 1,
          outcome: 'killed',
          victimGroup: 'people',
          min: '3',
          max: '',
          qualifier: 'at least',
          periodStart: '-200000-01-01',
        },
        reviewer,
      ),
    ).rejects.toEqual(refusedWith('periodStart'));
    expect(await rows()).toEqual(before);
    await addLinkEvidence({ ...link, accessedAt: '2024-02-29' }, reviewer);
    expect(await db.evidence.count()).toBe(before.evidence + 1);
  });

  it('refuses U+0000 in a search of the public index and API, and leaves it out of the review queue', () => {
    expect(parseClaimFilters(new URLSearchParams('q=%00')).success).toBe(false);
    expect(parseClaimFilters({ q: 'a\u0000' }).success).toBe(false);
    expect(parseClaimFilters({ q: 'Aleppo' }).success).toBe(true);
    expect(queueQuerySchema.parse({ q: '\u0000', claimant: 'x\u0000' })).toMatchObject({
      q: undefined,
      claimant: undefined,
    });
  });
});
