import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { addComment } from '@/lib/claims/comments';
import { listQueue, queueQuerySchema } from '@/lib/claims/queue';
import { updateClaim } from '@/lib/claims/update';
import { setVerdict } from '@/lib/claims/verdict';
import { addMember, removeMember, setQuestion, setReading } from '@/lib/comparisons/edit';
import { publishComparison } from '@/lib/comparisons/transitions';
import { db } from '@/lib/db';
import { addLinkEvidence, addNoteEvidence } from '@/lib/evidence/add';
import { removeEvidence } from '@/lib/evidence/remove';
import { deleteFigure, saveFigure } from '@/lib/figures/save';
import { getPublicClaim } from '@/lib/publishing/claim';
import { getPublicComparison } from '@/lib/publishing/comparison';
import {
  discardClaimCorrection,
  prepareClaimCorrection,
  prepareComparisonCorrection,
  publishClaimCorrection,
  publishComparisonCorrection,
} from '@/lib/workflow/corrections';
import { approveClaim, publishClaim, retractClaim } from '@/lib/claims/transitions';
import { createClaim, createComparison, createFigure, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// The published record is a two-person record (DESIGN.md, issue 13 findings 1–3): an edit
// to an approved item sends it back to review, and what readers see of a published item
// changes only through a correction published by an editor who did not prepare it.

let signedIn: Actor | null = null;
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => signedIn }));
const { PUT } = await import('@/app/api/claims/[id]/route');

beforeEach(resetDb);

type User = Awaited<ReturnType<typeof createUser>>;
const form = { kind: 'casualty', claimantId: '', attribution: 'said', internalNotes: '' };

/** An approved claim whose verdict `setter` set, with one public and one figure to edit. */
async function approvedClaim(setter: User) {
  const claim = await createClaim({
    stage: 'approved',
    verdictKey: 'verified',
    verdictReason: 'Matches the ministry',
    verdictSetById: setter.id,
    attribution: 'said',
  });
  const figure = await createFigure({ claimId: claim.id });
  const evidence = await db.evidence.create({
    data: { claimId: claim.id, type: 'note', stance: 'supports', note: 'Shown', isPublic: true },
  });
  return { claim, figure, evidence };
}

type Approved = Awaited<ReturnType<typeof approvedClaim>>;
const statement = (a: Approved) => a.claim.statement;

// Each verb that changes what the claim says, called as the reviewer after approval.
const contentEdits: Record<string, (a: Approved, reviewer: User) => Promise<unknown>> = {
  statement: (a, r) => updateClaim({ claimId: a.claim.id, version: 1, ...form, statement: 'Edited after approval' }, r),
  explanation: (a, r) =>
    updateClaim({ claimId: a.claim.id, version: 1, ...form, statement: statement(a), explanation: 'New text' }, r),
  attribution: (a, r) =>
    updateClaim({ claimId: a.claim.id, version: 1, ...form, statement: statement(a), attribution: 'claimed' }, r),
  kind: (a, r) => updateClaim({ claimId: a.claim.id, version: 1, ...form, statement: statement(a), kind: 'quote' }, r),
  claimant: (a, r) =>
    updateClaim(
      {
        claimId: a.claim.id,
        version: 1,
        ...form,
        statement: statement(a),
        claimantId: 'new',
        newClaimantName: 'A new monitor',
        newClaimantKind: 'monitoring_group',
      },
      r,
    ),
  verdict: (a, r) => setVerdict({ claimId: a.claim.id, version: 1, verdictKey: 'false', reason: 'Changed my mind' }, r),
  'figure saved': (a, r) =>
    saveFigure(
      {
        claimId: a.claim.id,
        version: 1,
        figureId: a.figure.id,
        outcome: 'killed',
        victimGroup: 'civilians',
        min: '99',
        max: '',
        qualifier: 'at least',
      },
      r,
    ),
  'figure removed': (a, r) =>
    deleteFigure({ claimId: a.claim.id, version: 1, figureId: a.figure.id, reason: 'Wrong' }, r),
  'public evidence added': (a, r) =>
    addNoteEvidence({ claimId: a.claim.id, stance: 'refutes', note: 'A new public note', isPublic: 'on' }, r),
  'public evidence removed': (a, r) => removeEvidence({ evidenceId: a.evidence.id, reason: 'Wrong source' }, r),
};

describe('an approved claim whose content changes goes back to review', () => {
  for (const [verb, run] of Object.entries(contentEdits)) {
    it(`${verb}: back to review, said why in the history, and publishing is refused`, async () => {
      const [setter, reviewer, editor] = [
        await createUser('reviewer'),
        await createUser('reviewer'),
        await createUser('editor'),
      ];
      const a = await approvedClaim(setter);
      await run(a, reviewer);
      const claim = await db.claim.findUniqueOrThrow({ where: { id: a.claim.id } });
      expect(claim.stage).toBe('in_review');
      const reopened = await db.auditEvent.findFirst({ where: { entityId: claim.id, action: 'claim.reopen' } });
      expect(reopened).toMatchObject({ actorId: reviewer.id, after: { stage: 'in_review' } });
      expect(reopened!.reason).toMatch(/changed after approval/);
      await expect(publishClaim({ claimId: claim.id, version: claim.version }, editor)).rejects.toThrow(
        'Only a claim that is approved can do this.',
      );
      expect(await getPublicClaim(claim.slug)).toBeNull();
    });
  }

  it('through PUT /api/claims/[id] too (the finding as reported)', async () => {
    const [setter, reviewer, editor] = [
      await createUser('reviewer'),
      await createUser('reviewer'),
      await createUser('editor'),
    ];
    const { claim } = await approvedClaim(setter);
    signedIn = reviewer;
    const response = await PUT(
      new Request(`http://localhost/api/claims/${claim.id}`, {
        method: 'PUT',
        headers: { origin: 'http://localhost', host: 'localhost', 'content-type': 'application/json' },
        body: JSON.stringify({ version: 1, ...form, statement: 'Nobody approved this', explanation: 'Nor this' }),
      }),
      { params: Promise.resolve({ id: claim.id }) },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { stage: 'in_review' } });
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ stage: 'in_review', statement: 'Nobody approved this' });
    await expect(publishClaim({ claimId: claim.id, version: row.version }, editor)).rejects.toThrow(
      'Only a claim that is approved can do this.',
    );
  });

  it('whoever changed the content cannot be the second read: an editor’s own edit needs another editor', async () => {
    const [setter, editor, other] = [
      await createUser('reviewer'),
      await createUser('editor'),
      await createUser('editor'),
    ];
    const { claim } = await approvedClaim(setter);
    let v = (await updateClaim({ claimId: claim.id, version: 1, ...form, statement: 'The editor rewrote it' }, editor))
      .version;
    v = (await approveClaim({ claimId: claim.id, version: v }, editor)).version;
    await expect(publishClaim({ claimId: claim.id, version: v }, editor)).rejects.toThrow(
      'You changed what this claim says, so another editor must publish it (second read).',
    );
    await publishClaim({ claimId: claim.id, version: v }, other);
    expect((await getPublicClaim(claim.slug))!.statement).toBe('The editor rewrote it');
  });

  it('while internal notes, internal evidence and comments leave the approval standing', async () => {
    const [setter, reviewer] = [await createUser('reviewer'), await createUser('reviewer')];
    const a = await approvedClaim(setter);
    await updateClaim(
      { claimId: a.claim.id, version: 1, ...form, statement: statement(a), internalNotes: 'Call the ministry' },
      reviewer,
    );
    await addLinkEvidence(
      { claimId: a.claim.id, url: 'https://example.org/x', title: 'Background', stance: 'context' },
      reviewer,
    );
    await addComment({ claimId: a.claim.id, body: 'Looks right to me.' }, reviewer);
    expect((await db.claim.findUniqueOrThrow({ where: { id: a.claim.id } })).stage).toBe('approved');
    expect(await db.auditEvent.count({ where: { action: 'claim.reopen' } })).toBe(0);
  });
});

/** A published claim (verdict Verified, set by `setter`) with one public note of evidence. */
async function publishedClaim(setter: User) {
  const claim = await createClaim({
    stage: 'published',
    publishedAt: new Date(),
    verdictKey: 'verified',
    verdictReason: 'r',
    verdictSetById: setter.id,
  });
  const evidence = await db.evidence.create({
    data: { claimId: claim.id, type: 'note', stance: 'supports', note: 'Published evidence', isPublic: true },
  });
  return { claim, evidence };
}

const publicNotes = async (slug: string) => (await getPublicClaim(slug))!.evidence.map((e) => e.note);

describe('a reviewer cannot change what readers see of a published check', () => {
  it('public evidence added or removed without a correction is refused, and readers see no change', async () => {
    const [setter, reviewer] = [await createUser('reviewer'), await createUser('reviewer')];
    const { claim, evidence } = await publishedClaim(setter);
    await expect(
      addNoteEvidence({ claimId: claim.id, stance: 'refutes', note: 'Sneaked in', isPublic: 'on' }, reviewer),
    ).rejects.toThrow(/through a correction/);
    await expect(removeEvidence({ evidenceId: evidence.id, reason: 'Gone' }, reviewer)).rejects.toThrow(
      /through a correction/,
    );
    expect(await publicNotes(claim.slug)).toEqual(['Published evidence']);
    // Internal evidence stays free at any stage.
    await addNoteEvidence({ claimId: claim.id, stance: 'context', note: 'Internal only' }, reviewer);
    expect(await publicNotes(claim.slug)).toEqual(['Published evidence']);
  });

  it('evidence changes wait in the pending correction until a second person publishes it', async () => {
    const [setter, reviewer, editor] = [
      await createUser('reviewer'),
      await createUser('reviewer'),
      await createUser('editor'),
    ];
    const { claim, evidence } = await publishedClaim(setter);
    let v = (
      await prepareClaimCorrection(
        { claimId: claim.id, version: 1, reason: 'Better source', publicNote: 'We replaced a source.' },
        reviewer,
      )
    ).version;
    await addNoteEvidence({ claimId: claim.id, stance: 'supports', note: 'Better source', isPublic: 'on' }, reviewer);
    await removeEvidence({ evidenceId: evidence.id, reason: 'Superseded' }, reviewer);
    expect(await publicNotes(claim.slug)).toEqual(['Published evidence']);
    expect((await getPublicClaim(claim.slug))!.history.map((h) => h.kind)).toEqual(['published']);
    // The evidence changes moved the version on: a publish form read before them is stale.
    await expect(publishClaimCorrection({ claimId: claim.id, version: v }, editor)).rejects.toThrow(/was changed by/);
    v = (await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version;
    await expect(publishClaimCorrection({ claimId: claim.id, version: v }, reviewer)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await publishClaimCorrection({ claimId: claim.id, version: v }, editor);
    expect(await publicNotes(claim.slug)).toEqual(['Better source']);
    expect((await getPublicClaim(claim.slug))!.history.at(-1)).toMatchObject({
      kind: 'corrected',
      note: 'We replaced a source.',
    });
    expect(await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({
      removedById: reviewer.id,
      removedReason: 'Superseded',
    });
  });

  it('a published verdict is not set directly, by anyone', async () => {
    const [setter, editor] = [await createUser('reviewer'), await createUser('editor')];
    const { claim } = await publishedClaim(setter);
    await expect(
      setVerdict({ claimId: claim.id, version: 1, verdictKey: 'false', reason: 'r' }, editor),
    ).rejects.toThrow('A published verdict is changed by a correction.');
    expect((await getPublicClaim(claim.slug))!.verdict.key).toBe('verified');
  });
});

describe('a correction takes two people', () => {
  it('the editor who prepared it cannot publish it; a second editor can, with its note', async () => {
    const [setter, first, second] = [
      await createUser('reviewer'),
      await createUser('editor'),
      await createUser('editor'),
    ];
    const { claim } = await publishedClaim(setter);
    const note = 'The ministry revised its count.';
    const v = (
      await prepareClaimCorrection(
        { claimId: claim.id, version: 1, verdictKey: 'false', reason: 'New count', publicNote: note },
        first,
      )
    ).version;
    expect((await getPublicClaim(claim.slug))!.verdict.key).toBe('verified');
    // Editors find it in the queue.
    const waiting = await listQueue(queueQuerySchema.parse({ view: 'corrections' }), second);
    expect(waiting.rows.map((c) => c.id)).toEqual([claim.id]);
    const events = await db.auditEvent.count();
    await expect(publishClaimCorrection({ claimId: claim.id, version: v }, first)).rejects.toThrow(
      'You prepared this correction, so another editor must publish it (second read).',
    );
    expect(await db.auditEvent.count()).toBe(events);
    expect((await getPublicClaim(claim.slug))!.verdict.key).toBe('verified');

    await publishClaimCorrection({ claimId: claim.id, version: v }, second);
    const published = (await getPublicClaim(claim.slug))!;
    expect(published.verdict.key).toBe('false');
    expect(published.history.at(-1)).toMatchObject({ kind: 'corrected', note, verdictBefore: 'Verified' });
    expect(await db.correction.findFirstOrThrow({ where: { claimId: claim.id } })).toMatchObject({
      status: 'published',
      preparedById: first.id,
      decidedById: second.id,
    });
  });

  it('an editor who added evidence to the correction cannot publish it either', async () => {
    const [setter, reviewer, editor] = [
      await createUser('reviewer'),
      await createUser('reviewer'),
      await createUser('editor'),
    ];
    const { claim } = await publishedClaim(setter);
    await prepareClaimCorrection({ claimId: claim.id, version: 1, reason: 'r', publicNote: 'n' }, reviewer);
    await addNoteEvidence({ claimId: claim.id, stance: 'supports', note: 'Mine', isPublic: 'on' }, editor);
    const { version } = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await expect(publishClaimCorrection({ claimId: claim.id, version }, editor)).rejects.toThrow(
      /another editor must publish it/,
    );
  });

  it('only its preparer or an editor may discard a correction', async () => {
    const [setter, preparer, other] = [
      await createUser('reviewer'),
      await createUser('reviewer'),
      await createUser('reviewer'),
    ];
    const { claim } = await publishedClaim(setter);
    await prepareClaimCorrection({ claimId: claim.id, version: 1, reason: 'r', publicNote: 'n' }, preparer);
    await expect(
      discardClaimCorrection({ claimId: claim.id, version: 2, reason: 'Mine now' }, other),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await discardClaimCorrection({ claimId: claim.id, version: 2, reason: 'Second thoughts' }, preparer);
    expect((await db.correction.findFirstOrThrow({ where: { claimId: claim.id } })).status).toBe('discarded');
  });

  it('a discarded correction changes nothing readers see; its evidence stays internal', async () => {
    const [setter, reviewer, editor] = [
      await createUser('reviewer'),
      await createUser('reviewer'),
      await createUser('editor'),
    ];
    const { claim } = await publishedClaim(setter);
    await prepareClaimCorrection({ claimId: claim.id, version: 1, reason: 'r', publicNote: 'n' }, reviewer);
    await addNoteEvidence({ claimId: claim.id, stance: 'supports', note: 'Proposed', isPublic: 'on' }, reviewer);
    const { version } = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await expect(discardClaimCorrection({ claimId: claim.id, version, reason: '' }, editor)).rejects.toMatchObject({
      fieldErrors: { reason: 'Say why the correction is discarded.' },
    });
    await discardClaimCorrection({ claimId: claim.id, version, reason: 'Not needed' }, editor);
    expect(await publicNotes(claim.slug)).toEqual(['Published evidence']);
    expect(await db.evidence.findFirstOrThrow({ where: { note: 'Proposed' } })).toMatchObject({ isPublic: false });
    await expect(publishClaimCorrection({ claimId: claim.id, version: version + 1 }, editor)).rejects.toThrow(
      'No correction is waiting on this item.',
    );
  });

  it('a retraction is one editor’s act, with its public note, and drops a pending correction', async () => {
    const [setter, reviewer, editor] = [
      await createUser('reviewer'),
      await createUser('reviewer'),
      await createUser('editor'),
    ];
    const { claim } = await publishedClaim(setter);
    await prepareClaimCorrection(
      { claimId: claim.id, version: 1, verdictKey: 'false', reason: 'r', publicNote: 'n' },
      reviewer,
    );
    await retractClaim({ claimId: claim.id, version: 2, reason: 'r', publicNote: 'We withdraw this check.' }, editor);
    const retracted = (await getPublicClaim(claim.slug))!;
    expect(retracted).toMatchObject({ status: 'retracted', verdict: { key: 'verified' } });
    expect(retracted.history.at(-1)).toMatchObject({ kind: 'retracted', note: 'We withdraw this check.' });
    expect((await db.correction.findFirstOrThrow({ where: { claimId: claim.id } })).status).toBe('discarded');
  });
});

describe('comparisons follow the same rules', () => {
  it('an edit to an approved comparison sends it back to review, for every content verb', async () => {
    const [setter, reviewer, editor] = [
      await createUser('reviewer'),
      await createUser('reviewer'),
      await createUser('editor'),
    ];
    const edits = [
      (id: string) => setQuestion({ comparisonId: id, version: 1, question: 'A different question?' }, reviewer),
      async (id: string) => addMember({ comparisonId: id, version: 1, figureId: (await createFigure()).id }, reviewer),
      async (id: string) =>
        removeMember(
          {
            comparisonId: id,
            version: 1,
            figureId: (await db.comparisonMember.findFirstOrThrow({ where: { comparisonId: id } })).figureId,
          },
          reviewer,
        ),
      (id: string) =>
        setReading({ comparisonId: id, version: 1, reviewerReading: 'conflict', reviewerNote: 'No.' }, reviewer),
    ];
    for (const run of edits) {
      const comparison = await createComparison(
        { stage: 'approved', reviewerReading: 'consistent', reviewerNote: 'Yes.', readingSetById: setter.id },
        3,
      );
      await run(comparison.id);
      expect((await db.comparison.findUniqueOrThrow({ where: { id: comparison.id } })).stage).toBe('in_review');
      await expect(publishComparison({ comparisonId: comparison.id, version: 2 }, editor)).rejects.toThrow(
        'Only a comparison that is approved can do this.',
      );
    }
  });

  it('an approved comparison goes back to review when one of its figures changes in its claim', async () => {
    const reviewer = await createUser('reviewer');
    const comparison = await createComparison({
      stage: 'approved',
      reviewerReading: 'consistent',
      reviewerNote: 'Yes.',
    });
    const member = await db.comparisonMember.findFirstOrThrow({
      where: { comparisonId: comparison.id },
      include: { figure: true },
    });
    await saveFigure(
      {
        claimId: member.figure.claimId,
        version: 1,
        figureId: member.figureId,
        outcome: 'killed',
        victimGroup: 'civilians',
        min: '500',
        max: '',
        qualifier: 'at least',
      },
      reviewer,
    );
    expect((await db.comparison.findUniqueOrThrow({ where: { id: comparison.id } })).stage).toBe('in_review');
    expect(
      await db.auditEvent.findFirst({ where: { entityId: comparison.id, action: 'comparison.reopen' } }),
    ).toMatchObject({ actorId: reviewer.id, reason: expect.stringMatching(/figures changed after approval/) });
  });

  it('a correction published by its preparer is refused; a second editor publishes it with its note', async () => {
    const [setter, first, second] = [
      await createUser('reviewer'),
      await createUser('editor'),
      await createUser('editor'),
    ];
    const comparison = await createComparison({
      stage: 'published',
      publishedAt: new Date(),
      reviewerReading: 'consistent',
      reviewerNote: 'Both can be true.',
      readingSetById: setter.id,
    });
    const v = (
      await prepareComparisonCorrection(
        {
          comparisonId: comparison.id,
          version: 1,
          reviewerReading: 'conflict',
          reviewerNote: 'They cannot both be true.',
          reason: 'r',
          publicNote: 'We misread the periods.',
        },
        first,
      )
    ).version;
    expect(await getPublicComparison(comparison.slug)).toMatchObject({ reviewerReading: 'consistent', notices: [] });
    await expect(publishComparisonCorrection({ comparisonId: comparison.id, version: v }, first)).rejects.toThrow(
      'You prepared this correction, so another editor must publish it (second read).',
    );
    await publishComparisonCorrection({ comparisonId: comparison.id, version: v }, second);
    expect(await getPublicComparison(comparison.slug)).toMatchObject({
      reviewerReading: 'conflict',
      notices: [{ kind: 'correction', note: 'We misread the periods.' }],
    });
  });
});

describe('the rules hold across items and while a correction waits', () => {
  const changeClaimant = (claimId: string, statement: string, reviewer: User) =>
    updateClaim(
      {
        claimId,
        version: 1,
        ...form,
        statement,
        claimantId: 'new',
        newClaimantName: 'Someone else',
        newClaimantKind: 'monitoring_group',
      },
      reviewer,
    );

  it('a claim’s claimant is the source a published comparison shows: it does not change under it', async () => {
    const reviewer = await createUser('reviewer');
    const comparison = await createComparison({ stage: 'published', publishedAt: new Date() });
    const before = (await getPublicComparison(comparison.slug))!.members.map((f) => f.source);
    const member = await db.comparisonMember.findFirstOrThrow({
      where: { comparisonId: comparison.id },
      include: { figure: { include: { claim: true } } },
    });
    const claim = member.figure.claim;
    await expect(changeClaimant(claim.id, claim.statement, reviewer)).rejects.toThrow(/published comparison/);
    expect((await getPublicComparison(comparison.slug))!.members.map((f) => f.source)).toEqual(before);
    expect(await db.source.count({ where: { name: 'Someone else' } })).toBe(0);
  });

  it('a new claimant sends an approved comparison of its figures back to review, naming who changed it', async () => {
    const [reviewer, editor] = [await createUser('reviewer'), await createUser('editor')];
    const comparison = await createComparison({ stage: 'approved', readingSetById: editor.id });
    const member = await db.comparisonMember.findFirstOrThrow({
      where: { comparisonId: comparison.id },
      include: { figure: { include: { claim: true } } },
    });
    await changeClaimant(member.figure.claimId, member.figure.claim.statement, reviewer);
    const reopened = await db.comparison.findUniqueOrThrow({ where: { id: comparison.id } });
    expect(reopened).toMatchObject({ stage: 'in_review', contentChangedById: reviewer.id });
    expect(
      await db.auditEvent.findFirst({ where: { entityId: comparison.id, action: 'comparison.reopen' } }),
    ).toMatchObject({ actorId: reviewer.id, reason: expect.stringMatching(/source of one of its figures/) });
  });

  it('evidence a pending correction would show, removed meanwhile, leaves the correction and moves the version', async () => {
    const [setter, reviewer, editor] = [
      await createUser('reviewer'),
      await createUser('reviewer'),
      await createUser('editor'),
    ];
    const { claim } = await publishedClaim(setter);
    await prepareClaimCorrection(
      { claimId: claim.id, version: 1, reason: 'New source', publicNote: 'We added a source.' },
      reviewer,
    );
    const added = await addNoteEvidence(
      { claimId: claim.id, stance: 'supports', note: 'To be shown', isPublic: 'on' },
      reviewer,
    );
    const read = (await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version;
    await removeEvidence({ evidenceId: added.id, reason: 'Wrong file' }, setter);
    expect(await db.correctionEvidence.count({ where: { evidenceId: added.id } })).toBe(0);
    // The editor read the correction with that evidence in it: that form is stale now.
    await expect(publishClaimCorrection({ claimId: claim.id, version: read }, editor)).rejects.toThrow(
      /was changed by/,
    );
  });
});
