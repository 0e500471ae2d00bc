import { beforeEach, describe, expect, it } from 'vitest';
import { claimVersion } from '@/lib/claims/live';
import { assignedOpenCount } from '@/lib/claims/queue';
import { updateClaim } from '@/lib/claims/update';
import { createClaim, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

beforeEach(() => resetDb());

describe('the workspace’s live notice', () => {
  it('says which version is saved, who saved it, and whether it was you', async () => {
    const [me, other] = [await createUser('reviewer'), await createUser('editor')];
    const claim = await createClaim({ statement: 'Officials said 12 people were killed' });
    const before = await claimVersion(claim.id, me);

    await updateClaim(
      {
        claimId: claim.id,
        version: claim.version,
        statement: 'Officials say 12 people were killed',
        kind: claim.kind,
        claimantId: claim.claimantId ?? '',
        attribution: claim.attribution ?? '',
        internalNotes: '',
      },
      other,
    );

    const after = await claimVersion(claim.id, me);
    expect(after.version).toBe(before.version + 1);
    expect(after).toMatchObject({ updatedBy: other.name, byYou: false });
    expect(await claimVersion(claim.id, other)).toMatchObject({ byYou: true });
  });

  it('answers only signed-in, enabled staff, and names a missing claim as gone', async () => {
    const claim = await createClaim();
    const disabled = await createUser('reviewer', { disabled: true });
    await expect(claimVersion(claim.id, null)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(claimVersion(claim.id, disabled)).rejects.toThrow();
    await expect(claimVersion('not-an-id', await createUser())).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('the navigation’s count of my claims', () => {
  it('counts the open claims assigned to me, not published ones or other people’s', async () => {
    const [me, other] = [await createUser('reviewer'), await createUser('reviewer')];
    expect(await assignedOpenCount(me)).toBe(0);
    await createClaim({ assigneeId: me.id });
    await createClaim({ assigneeId: me.id, stage: 'in_review' });
    await createClaim({ assigneeId: me.id, stage: 'published', publishedAt: new Date() });
    await createClaim({ assigneeId: other.id });
    expect(await assignedOpenCount(me)).toBe(2);
  });
});
