import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as audit from '@/lib/audit/record';
import { updateClaim } from '@/lib/claims/update';
import { setVerdict } from '@/lib/claims/verdict';
import { db } from '@/lib/db';
import { prepareClaimCorrection, publishClaimCorrection } from '@/lib/workflow/corrections';
import { approveClaim, publishClaim, retractClaim, submitForReview, withdrawToDraft } from '@/lib/claims/transitions';
import { createClaim, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

vi.mock('@/lib/audit/record', { spy: true });
beforeEach(async () => {
  vi.mocked(audit.recordAudit).mockRestore?.();
  await resetDb();
});

const edit = { kind: 'casualty', claimantId: '', attribution: 'said', internalNotes: '' };

describe('the workflow', () => {
  it('takes a claim from draft to published with two people, each step in the history', async () => {
    const [claim, reviewer, editor] = [await createClaim(), await createUser('reviewer'), await createUser('editor')];
    let v = 1;
    await expect(submitForReview({ claimId: claim.id, version: v }, reviewer)).rejects.toThrow(
      'Set a verdict with its reason before sending the claim for review.',
    );
    v = (
      await setVerdict(
        { claimId: claim.id, version: v, verdictKey: 'verified', reason: 'Matches the report' },
        reviewer,
      )
    ).version;
    v = (await submitForReview({ claimId: claim.id, version: v }, reviewer)).version;
    await expect(approveClaim({ claimId: claim.id, version: v }, reviewer)).rejects.toMatchObject({
      code: 'forbidden',
    });
    v = (await approveClaim({ claimId: claim.id, version: v }, editor)).version;
    const published = await publishClaim({ claimId: claim.id, version: v, reason: 'Second read done' }, editor);
    expect(published).toMatchObject({ isPublic: true, claimSlug: claim.slug, articleSlug: claim.article.slug });

    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ stage: 'published', publishedById: editor.id, verdictSetById: reviewer.id });
    const history = await db.auditEvent.findMany({ where: { entityId: claim.id }, orderBy: { createdAt: 'asc' } });
    expect(history.map((e) => [e.action, e.actorId])).toEqual([
      ['claim.verdict', reviewer.id],
      ['claim.submit', reviewer.id],
      ['claim.approve', editor.id],
      ['claim.publish', editor.id],
    ]);
    expect(history[3]).toMatchObject({
      reason: 'Second read done',
      before: { stage: 'approved' },
      after: { stage: 'published' },
    });
  });

  it('never lets whoever set the verdict publish it', async () => {
    const editor = await createUser('editor');
    const claim = await createClaim({
      stage: 'approved',
      verdictKey: 'false',
      verdictReason: 'r',
      verdictSetById: editor.id,
    });
    await expect(publishClaim({ claimId: claim.id, version: 1 }, editor)).rejects.toThrow(
      'You set this verdict, so another editor must publish it (second read).',
    );
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).stage).toBe('approved');
    expect(await db.auditEvent.count()).toBe(0);
  });

  it('corrects (prepared by one, published by another editor) and retracts with public notes, keeping it public', async () => {
    const [setter, editor, second] = [
      await createUser('reviewer'),
      await createUser('editor'),
      await createUser('editor'),
    ];
    const claim = await createClaim({
      stage: 'published',
      verdictKey: 'verified',
      verdictReason: 'r',
      verdictSetById: setter.id,
    });
    await expect(
      prepareClaimCorrection(
        { claimId: claim.id, version: 1, verdictKey: 'verified', reason: 'r', publicNote: 'n' },
        editor,
      ),
    ).rejects.toMatchObject({
      fieldErrors: { verdictKey: 'This is the published verdict: choose a different one, or none.' },
    });
    await expect(
      prepareClaimCorrection({ claimId: claim.id, version: 1, verdictKey: 'false', reason: 'r' }, editor),
    ).rejects.toMatchObject({
      fieldErrors: { publicNote: 'Write the correction note readers will see.' },
    });
    let v = (
      await prepareClaimCorrection(
        {
          claimId: claim.id,
          version: 1,
          verdictKey: 'false',
          reason: 'New figures',
          publicNote: 'The ministry revised its count.',
        },
        editor,
      )
    ).version;
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      stage: 'published',
      verdictKey: 'verified',
    });
    await expect(publishClaimCorrection({ claimId: claim.id, version: v }, editor)).rejects.toThrow(
      'You prepared this correction, so another editor must publish it (second read).',
    );
    v = (await publishClaimCorrection({ claimId: claim.id, version: v }, second)).version;
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      stage: 'published',
      verdictKey: 'false',
      verdictSetById: editor.id,
    });
    await retractClaim(
      { claimId: claim.id, version: v, reason: 'Source withdrew', publicNote: 'We withdraw this check.' },
      editor,
    );
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).stage).toBe('retracted');
    const notes = await db.auditEvent.findMany({ where: { publicNote: { not: null } }, orderBy: { createdAt: 'asc' } });
    expect(notes.map((e) => [e.action, e.publicNote, e.actorId])).toEqual([
      ['claim.correct', 'The ministry revised its count.', second.id],
      ['claim.retract', 'We withdraw this check.', editor.id],
    ]);
  });

  it('sends a claim back to draft only with a reason', async () => {
    const reviewer = await createUser('reviewer');
    const claim = await createClaim({ stage: 'in_review', verdictSetById: reviewer.id, verdictReason: 'r' });
    await expect(withdrawToDraft({ claimId: claim.id, version: 1 }, reviewer)).rejects.toMatchObject({
      fieldErrors: { reason: 'Say why the claim goes back to draft.' },
    });
    await withdrawToDraft({ claimId: claim.id, version: 1, reason: 'Needs another source' }, reviewer);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).stage).toBe('draft');
  });

  it('refuses an unknown verdict and an empty reason, writing nothing', async () => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    await expect(
      setVerdict({ claimId: claim.id, version: 1, verdictKey: 'mostly-vibes', reason: 'x' }, reviewer),
    ).rejects.toMatchObject({
      fieldErrors: { verdictKey: 'Choose one of the listed verdicts.' },
    });
    await expect(
      setVerdict({ claimId: claim.id, version: 1, verdictKey: 'false', reason: '  ' }, reviewer),
    ).rejects.toMatchObject({
      fieldErrors: { reason: 'Give the reason for this verdict.' },
    });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      version: 1,
      verdictKey: 'unverified',
    });
    expect(await db.auditEvent.count()).toBe(0);
  });

  it('a transition that fails halfway leaves no audit event and no change', async () => {
    const [setter, editor] = [await createUser('reviewer'), await createUser('editor')];
    const claim = await createClaim({ stage: 'approved', verdictReason: 'r', verdictSetById: setter.id });
    // The audit event is written, then the transaction fails before it commits.
    vi.mocked(audit.recordAudit).mockImplementationOnce(async (tx, event) => {
      await tx.auditEvent.create({ data: event });
      throw new Error('disk full');
    });
    await expect(publishClaim({ claimId: claim.id, version: 1 }, editor)).rejects.toThrow('disk full');
    expect(await db.auditEvent.count()).toBe(0);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      stage: 'approved',
      version: 1,
      publishedAt: null,
    });
  });
});

describe('two people saving the same claim', () => {
  it('refuses the second save with who changed it and when, and what they saved', async () => {
    const [claim, first, second] = [await createClaim(), await createUser(), await createUser()];
    await updateClaim({ claimId: claim.id, version: 1, statement: 'First edit', ...edit }, first);
    const error = await updateClaim({ claimId: claim.id, version: 1, statement: 'Second edit', ...edit }, second).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'conflict',
      userMessage: expect.stringMatching(
        new RegExp(`^This claim was changed by ${first.name} at \\d+ \\w+ \\d{4} at \\d\\d:\\d\\d`),
      ),
      details: { version: 2, changedBy: first.name, saved: { statement: 'First edit' } },
    });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      statement: 'First edit',
      version: 2,
    });
    // Saving again from the refreshed version is a deliberate overwrite.
    await updateClaim({ claimId: claim.id, version: 2, statement: 'Second edit', ...edit }, second);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).statement).toBe('Second edit');
  });

  it('refuses a span-less or oversized statement with a message per field', async () => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    await expect(
      updateClaim({ claimId: claim.id, version: 1, statement: '', ...edit, kind: 'rumour' }, reviewer),
    ).rejects.toMatchObject({
      fieldErrors: { statement: 'Write the claim in one line.', kind: 'Choose a kind.' },
    });
  });
});
