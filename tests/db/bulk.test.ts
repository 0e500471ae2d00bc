import { beforeEach, describe, expect, it } from 'vitest';
import { bulkClaims, MAX_BULK } from '@/lib/claims/bulk';
import { db } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { TEXT_REFUSED } from '@/lib/validation-text';
import { createClaim, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

beforeEach(() => resetDb());

const selected = (...claims: { id: string; version: number }[]) => claims.map((c) => `${c.id}:${c.version}`);
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (isAppError(error) ? error.userMessage : Promise.reject(error)),
  );
const audit = (action: string) => db.auditEvent.count({ where: { action } });

describe('bulk actions on claims', () => {
  it('sends each claim for review that may go, and says why each other one may not', async () => {
    const reviewer = await createUser('reviewer');
    const ready = await createClaim({ verdictKey: 'verified', verdictReason: 'checked', verdictSetById: reviewer.id });
    const noVerdict = await createClaim();
    const inReview = await createClaim({
      stage: 'in_review',
      verdictKey: 'verified',
      verdictReason: 'checked',
      verdictSetById: reviewer.id,
    });

    const result = await bulkClaims(
      { operation: 'submit', claims: selected(ready, noVerdict, inReview) },
      { id: reviewer.id },
    );

    expect(result.items.map((i) => [i.claimId, i.done, i.message])).toEqual([
      [ready.id, true, 'Sent for review.'],
      [noVerdict.id, false, 'Set a verdict with its reason before sending the claim for review.'],
      [inReview.id, false, 'Only a claim that is draft can do this.'],
    ]);
    expect(result).toMatchObject({ done: 1, refused: 2 });
    expect((await db.claim.findUniqueOrThrow({ where: { id: ready.id } })).stage).toBe('in_review');
    expect((await db.claim.findUniqueOrThrow({ where: { id: noVerdict.id } })).stage).toBe('draft');
    expect(await audit('claim.submit')).toBe(1);
  });

  it('assigns and unassigns many claims, each audited, and refuses a claim changed since the page was read', async () => {
    const [editor, reviewer] = [await createUser('editor'), await createUser('reviewer')];
    const claims = await Promise.all(Array.from({ length: 5 }, () => createClaim()));
    const stale = { ...claims[4]!, version: claims[4]!.version };
    await db.claim.update({ where: { id: stale.id }, data: { version: 2, statement: 'Changed meanwhile' } });

    const assigned = await bulkClaims(
      { operation: 'assign', assigneeId: reviewer.id, claims: selected(...claims) },
      { id: editor.id },
    );
    expect(assigned.items.filter((i) => i.done)).toHaveLength(4);
    expect(assigned.items[4]).toMatchObject({ claimId: stale.id, done: false, statement: 'Changed meanwhile' });
    expect(assigned.items[4]!.message).toMatch(/changed|saved/i);
    expect(await db.claim.count({ where: { assigneeId: reviewer.id } })).toBe(4);
    expect(await audit('claim.assign')).toBe(4);

    const unassigned = await bulkClaims(
      { operation: 'unassign', claims: claims.slice(0, 4).map((c) => `${c.id}:${c.version + 1}`) },
      { id: editor.id },
    );
    expect(unassigned.done).toBe(4);
    expect(await db.claim.count({ where: { assigneeId: reviewer.id } })).toBe(0);
    expect(await audit('claim.assign')).toBe(8);
  });

  it('refuses an editor the publication of a claim whose verdict they set, and publishes the others', async () => {
    const [editor, reviewer] = [await createUser('editor'), await createUser('reviewer')];
    const approved = { stage: 'approved' as const, verdictKey: 'verified', verdictReason: 'checked' };
    const theirs = await createClaim({ ...approved, verdictSetById: reviewer.id });
    const own = await createClaim({ ...approved, verdictSetById: editor.id });

    const result = await bulkClaims({ operation: 'publish', claims: selected(theirs, own) }, { id: editor.id });

    expect(result.items.map((i) => [i.done, i.message])).toEqual([
      [true, 'Published.'],
      [false, 'You set this verdict, so another editor must publish it (second read).'],
    ]);
    expect(result.published).toEqual([{ claimSlug: theirs.slug, articleSlug: theirs.article.slug }]);
    expect((await db.claim.findUniqueOrThrow({ where: { id: own.id } })).stage).toBe('approved');
    expect(await audit('claim.publish')).toBe(1);
  });

  it('refuses a role without the permission for every claim, writing nothing', async () => {
    const reviewer = await createUser('reviewer');
    const other = await createUser('reviewer');
    const claims = await Promise.all(
      Array.from({ length: 3 }, () =>
        createClaim({ stage: 'in_review', verdictKey: 'verified', verdictReason: 'x', verdictSetById: other.id }),
      ),
    );
    for (const operation of ['approve', 'unassign'] as const) {
      const result = await bulkClaims({ operation, claims: selected(...claims) }, { id: reviewer.id });
      expect(result.items.map((i) => [i.done, i.message])).toEqual(
        claims.map(() => [false, 'Your role does not allow this.']),
      );
    }
    // A reviewer may take claims for themselves, not hand them to someone else.
    const handed = await bulkClaims(
      { operation: 'assign', assigneeId: other.id, claims: selected(...claims) },
      { id: reviewer.id },
    );
    expect(handed.done).toBe(0);
    const disabled = await createUser('admin', { disabled: true });
    const byDisabled = await bulkClaims({ operation: 'approve', claims: selected(...claims) }, { id: disabled.id });
    expect(byDisabled.items.every((i) => !i.done && /disabled/.test(i.message))).toBe(true);
    expect(await db.auditEvent.count()).toBe(0);
    expect(await db.claim.count({ where: { stage: 'in_review', assigneeId: null } })).toBe(3);
  });

  it('refuses a bad selection as a whole, before any claim is touched', async () => {
    const editor = await createUser('editor');
    const claim = await createClaim({ stage: 'approved', verdictKey: 'verified', verdictReason: 'x' });
    const good = `${claim.id}:1`;
    const cases: [unknown, string][] = [
      [[], 'Select at least one claim.'],
      [undefined, 'Select at least one claim.'],
      ['not a list', 'Select at least one claim.'],
      [Array.from({ length: MAX_BULK + 1 }, () => good), `Select at most ${MAX_BULK} claims at once.`],
      [[good, `${claim.id}`], 'Reload the page: one of the selected claims is not one the desk listed.'],
      [[good, `${claim.id}:0`], 'Reload the page: one of the selected claims is not one the desk listed.'],
      [[good, `a\u0000b:1`], TEXT_REFUSED],
      [[good, `${'x'.repeat(65)}:1`], 'Reload the page: one of the selected claims is not one the desk listed.'],
      [[good, 42], 'Reload the page: one of the selected claims is not one the desk listed.'],
    ];
    for (const [claims, message] of cases) {
      expect(await refusal(bulkClaims({ operation: 'publish', claims }, { id: editor.id }))).toBe(message);
    }
    expect(await refusal(bulkClaims({ operation: 'constructor', claims: [good] }, { id: editor.id }))).toBeTruthy();
    expect(await refusal(bulkClaims({ operation: 'assign', claims: [good] }, { id: editor.id }))).toBe(
      'Please correct the highlighted fields.',
    );
    expect(await db.auditEvent.count()).toBe(0);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).stage).toBe('approved');
  });

  it('reports a claim that has gone and carries on with the rest', async () => {
    const editor = await createUser('editor');
    const claim = await createClaim();
    const result = await bulkClaims(
      { operation: 'assign', assigneeId: editor.id, claims: ['no-such-claim:1', `${claim.id}:1`] },
      { id: editor.id },
    );
    expect(result.items.map((i) => [i.statement, i.done, i.message])).toEqual([
      ['Claim no-such-claim', false, 'This claim no longer exists.'],
      [claim.statement, true, 'Assigned.'],
    ]);
  });

  it('takes the same claim listed twice once', async () => {
    const editor = await createUser('editor');
    const claim = await createClaim();
    const result = await bulkClaims(
      { operation: 'assign', assigneeId: editor.id, claims: [`${claim.id}:1`, `${claim.id}:1`] },
      { id: editor.id },
    );
    expect(result.items).toHaveLength(1);
    expect(result.done).toBe(1);
  });
});
