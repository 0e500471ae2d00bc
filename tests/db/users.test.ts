import { beforeEach, describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/credentials';
import { db } from '@/lib/db';
import { changeRole, createUser, issuePasswordLink, listUsers, setDisabled } from '@/lib/users/manage';
import { setPasswordWithToken } from '@/lib/users/password';
import { resetDb } from '@/tests/setup/reset';

beforeEach(resetDb);

async function firstAdmin() {
  return db.user.create({ data: { email: 'root@example.org', name: 'Root', role: 'admin' } });
}

describe('managing users', () => {
  it('creates a user with a password who can then sign in; the list never carries hashes', async () => {
    const admin = await firstAdmin();
    const { user, setPasswordToken } = await createUser(
      { setup: 'password', email: 'New@Example.org', name: 'New Person', role: 'editor', password: 'long-enough-pass' },
      admin,
    );
    expect(setPasswordToken).toBeNull();
    expect(user.email).toBe('new@example.org');
    await expect(
      verifyCredentials(db, { email: 'new@example.org', password: 'long-enough-pass' }, null),
    ).resolves.toBeTruthy();
    const listed = await listUsers(admin);
    expect(JSON.stringify(listed)).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses bad input with a message per field and writes nothing', async () => {
    const admin = await firstAdmin();
    await expect(
      createUser({ setup: 'password', email: 'nope', name: '', role: 'chief', password: 'short' }, admin),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: {
        email: 'Enter a valid email address.',
        name: 'Enter a name.',
        role: 'Choose a role.',
        password: 'Use at least 12 characters.',
      },
    });
    await createUser({ setup: 'link', email: 'dup@example.org', name: 'Dup', role: 'reviewer' }, admin);
    await expect(
      createUser({ setup: 'link', email: 'DUP@example.org', name: 'Dup 2', role: 'reviewer' }, admin),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await db.user.count()).toBe(2);
  });

  it('hands out a one-time set-password link that works once', async () => {
    const admin = await firstAdmin();
    const { user, setPasswordToken } = await createUser(
      { setup: 'link', email: 'linked@example.org', name: 'Linked', role: 'reviewer' },
      admin,
    );
    await expect(
      setPasswordWithToken({ token: setPasswordToken, password: 'chosen-by-them' }),
    ).resolves.toBeUndefined();
    await expect(verifyCredentials(db, { email: user.email, password: 'chosen-by-them' }, null)).resolves.toBeTruthy();
    await expect(setPasswordWithToken({ token: setPasswordToken, password: 'chosen-again!!' })).rejects.toThrow(
      'This link is not valid any more',
    );
    // A new link replaces any unused one.
    const first = await issuePasswordLink({ userId: user.id }, admin);
    const second = await issuePasswordLink({ userId: user.id }, admin);
    await expect(setPasswordWithToken({ token: first.setPasswordToken, password: 'x'.repeat(12) })).rejects.toThrow();
    await expect(
      setPasswordWithToken({ token: second.setPasswordToken, password: 'x'.repeat(12) }),
    ).resolves.toBeUndefined();
  });

  it('refuses an expired link', async () => {
    const admin = await firstAdmin();
    const { user, setPasswordToken } = await createUser(
      { setup: 'link', email: 'late@example.org', name: 'Late', role: 'reviewer' },
      admin,
    );
    await db.passwordToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(setPasswordWithToken({ token: setPasswordToken, password: 'too-late-now!' })).rejects.toThrow(
      'This link is not valid any more',
    );
  });

  it('never lets the last active admin be demoted or disabled', async () => {
    const admin = await firstAdmin();
    await expect(changeRole({ userId: admin.id, role: 'editor' }, admin)).rejects.toThrow(
      'The last active admin cannot be demoted.',
    );
    await expect(setDisabled({ userId: admin.id, disabled: true }, admin)).rejects.toThrow(
      'The last active admin cannot be disabled.',
    );
    const { user: second } = await createUser(
      { setup: 'link', email: 'second@example.org', name: 'Second', role: 'admin' },
      admin,
    );
    await setDisabled({ userId: second.id, disabled: true }, admin);
    await expect(changeRole({ userId: admin.id, role: 'reviewer' }, admin)).rejects.toThrow('last active admin');
    await setDisabled({ userId: second.id, disabled: false }, admin);
    await expect(changeRole({ userId: admin.id, role: 'reviewer' }, admin)).resolves.toMatchObject({
      role: 'reviewer',
    });

    const events = await db.auditEvent.findMany({ where: { entityId: { in: [admin.id, second.id] } } });
    expect(events.map((e) => e.action).sort()).toEqual(['user.create', 'user.disable', 'user.enable', 'user.role']);
    expect(events.find((e) => e.action === 'user.role')).toMatchObject({
      before: { role: 'admin' },
      after: { role: 'reviewer' },
    });
  });

  it('takes a demotion into account on the very next action', async () => {
    const admin = await firstAdmin();
    const { user: other } = await createUser(
      { setup: 'link', email: 'other@example.org', name: 'Other', role: 'admin' },
      admin,
    );
    await changeRole({ userId: other.id, role: 'reviewer' }, admin);
    await expect(listUsers({ id: other.id })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
