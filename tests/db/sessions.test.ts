import { beforeEach, describe, expect, it } from 'vitest';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { endSessionsFrom, sessionUser } from '@/lib/auth/session-epoch';
import { getEditableClaim } from '@/lib/claims/editable';
import { db } from '@/lib/db';
import { changeRole, issuePasswordLink, setDisabled } from '@/lib/users/manage';
import { changePassword, setPasswordWithToken } from '@/lib/users/password';
import { createClaim, createUser, PASSWORD } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// Issue 13, finding 10: a session ends for good when its user signs out, changes their
// password or role, or is disabled; an old token is refused as signed out, including
// after the account is enabled again.

beforeEach(resetDb);

/** What a session token carries (lib/auth/config.ts): the user id and the epoch it began in. */
async function signedIn(userId: string) {
  const { sessionEpoch } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionEpoch: true } });
  return { userId, epoch: sessionEpoch };
}
const actorOf = (token: { userId: string; epoch: number }): ActorRef => ({
  id: token.userId,
  sessionEpoch: token.epoch,
});

async function setup() {
  await createUser('admin'); // a second admin, so the first may be demoted
  const admin = await createUser('admin');
  const reviewer = await createUser('reviewer');
  const claim = await createClaim();
  return { admin, reviewer, claim };
}

describe('a session', () => {
  it('stands for its user until something ends it', async () => {
    const { reviewer, claim } = await setup();
    const token = await signedIn(reviewer.id);
    expect(await sessionUser(db, token)).toMatchObject({ id: reviewer.id, role: 'reviewer' });
    await expect(getEditableClaim(claim.id, actorOf(token))).resolves.toBeTruthy();
  });

  it('ends at sign-out: a copy of the cookie kept from before reads nothing', async () => {
    const { reviewer, claim } = await setup();
    const token = await signedIn(reviewer.id);
    const elsewhere = await signedIn(reviewer.id); // the same user on another device
    expect(await endSessionsFrom(db, token.userId, token.epoch)).toBe(true);
    expect(await sessionUser(db, token)).toBeNull();
    expect(await sessionUser(db, elsewhere)).toBeNull();
    await expect(getEditableClaim(claim.id, actorOf(token))).rejects.toMatchObject({ code: 'unauthenticated' });
    // Replaying the old cookie at the sign-out endpoint cannot end the next session.
    const next = await signedIn(reviewer.id);
    expect(await endSessionsFrom(db, token.userId, token.epoch)).toBe(false);
    expect(await sessionUser(db, next)).toMatchObject({ id: reviewer.id });
  });

  it('ends when an admin disables the account, and enabling it again does not revive it', async () => {
    const { admin, reviewer, claim } = await setup();
    const token = await signedIn(reviewer.id);
    await setDisabled({ userId: reviewer.id, disabled: true }, admin);
    expect(await sessionUser(db, token)).toBeNull();
    await setDisabled({ userId: reviewer.id, disabled: false }, admin);
    expect(await sessionUser(db, token)).toBeNull();
    await expect(getEditableClaim(claim.id, actorOf(token))).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(await sessionUser(db, await signedIn(reviewer.id))).toMatchObject({ id: reviewer.id });
  });

  it('ends when the role changes', async () => {
    const { admin, reviewer } = await setup();
    const token = await signedIn(reviewer.id);
    await changeRole({ userId: reviewer.id, role: 'editor' }, admin);
    expect(await sessionUser(db, token)).toBeNull();
    expect(await sessionUser(db, await signedIn(reviewer.id))).toMatchObject({ role: 'editor' });
  });

  it('ends when the password changes, on every device', async () => {
    const { reviewer } = await setup();
    const here = await signedIn(reviewer.id);
    const there = await signedIn(reviewer.id);
    await changePassword({ currentPassword: PASSWORD, newPassword: 'a-brand-new-password' }, actorOf(here));
    expect(await sessionUser(db, here)).toBeNull();
    expect(await sessionUser(db, there)).toBeNull();
  });

  it('ends when an admin issues a new set-password link (the answer to a suspected break-in)', async () => {
    const { admin, reviewer } = await setup();
    const token = await signedIn(reviewer.id);
    await issuePasswordLink({ userId: reviewer.id }, admin);
    expect(await sessionUser(db, token)).toBeNull();
  });

  it('ends when the password is set through a one-time link', async () => {
    const { admin, reviewer } = await setup();
    const { setPasswordToken } = await issuePasswordLink({ userId: reviewer.id }, admin);
    const token = await signedIn(reviewer.id);
    await setPasswordWithToken({ token: setPasswordToken, password: 'chosen-by-them-now' }, '10.0.0.1');
    expect(await sessionUser(db, token)).toBeNull();
  });

  it('from before session epochs existed, without one, counts as signed out', async () => {
    const { reviewer } = await setup();
    expect(await sessionUser(db, { userId: reviewer.id, epoch: undefined })).toBeNull();
  });

  it('that ended is refused inside the domain too, for any permission', async () => {
    const { admin } = await setup();
    const token = await signedIn(admin.id);
    await endSessionsFrom(db, token.userId, token.epoch);
    await expect(authorize(db, actorOf(token), 'user.create')).rejects.toMatchObject({
      code: 'unauthenticated',
      userMessage: 'You have been signed out. Please sign in again.',
    });
  });
});
