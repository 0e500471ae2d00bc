import { beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyCredentials } from '@/lib/auth/credentials';
import * as password from '@/lib/auth/password';
import { limits } from '@/lib/auth/throttle';
import { db } from '@/lib/db';
import { createUserAsOperator } from '@/lib/users/operator';
import { createUser, issuePasswordLink } from '@/lib/users/manage';
import { changePassword, setPasswordWithToken } from '@/lib/users/password';
import { createUser as makeUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// Issue 13, finding 12: passwords are taken as typed, refused with control characters
// wherever they are set, and a one-time link is checked before anything is hashed.

vi.mock('@/lib/auth/password', async (original) => {
  const actual = await original<typeof import('@/lib/auth/password')>();
  return { ...actual, hashPassword: vi.fn(actual.hashPassword) };
});

beforeEach(async () => {
  await resetDb();
  vi.mocked(password.hashPassword).mockClear();
});

const bad = ['two-line-password\ntwo-line-password', 'tab\tin-the-middle', 'nul\u0000in-the-middle'];

describe('changing your own password', () => {
  it('checks the current password exactly as typed, spaces at its ends included', async () => {
    const spaced = '  spaces at both ends  ';
    const me = await makeUser('reviewer', { passwordHash: await password.hashPassword(spaced) });
    await expect(
      changePassword({ currentPassword: spaced.trim(), newPassword: 'a-brand-new-password' }, me),
    ).rejects.toMatchObject({ fieldErrors: { currentPassword: 'This is not your current password.' } });
    await changePassword({ currentPassword: spaced, newPassword: 'a-brand-new-password' }, me);
    await expect(
      verifyCredentials(db, { email: me.email, password: 'a-brand-new-password' }, null),
    ).resolves.toBeTruthy();
  });

  it.each(bad)('refuses a new password with control characters: %j', async (newPassword) => {
    const me = await makeUser('reviewer');
    await expect(changePassword({ currentPassword: 'the-fixture-password', newPassword }, me)).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { newPassword: expect.stringContaining('control characters') },
    });
  });
});

describe('every other way a password is set refuses control characters', () => {
  it.each(bad)('%j', async (newPassword) => {
    const admin = await makeUser('admin');
    await expect(
      createUser(
        { setup: 'password', email: 'new@example.org', name: 'New', role: 'reviewer', password: newPassword },
        admin,
      ),
    ).rejects.toMatchObject({ fieldErrors: { password: expect.stringContaining('control characters') } });
    await expect(
      createUserAsOperator(db, { email: 'op@example.org', name: 'Op', role: 'admin', password: newPassword }),
    ).rejects.toMatchObject({ fieldErrors: { password: expect.stringContaining('control characters') } });
    const { setPasswordToken } = await issuePasswordLink({ userId: admin.id }, admin);
    await expect(
      setPasswordWithToken({ token: setPasswordToken, password: newPassword }, '10.0.0.1'),
    ).rejects.toMatchObject({
      fieldErrors: { password: expect.stringContaining('control characters') },
    });
    expect(await db.user.count()).toBe(1);
    expect(password.hashPassword).not.toHaveBeenCalled();
  });
});

describe('setting a password through a one-time link', () => {
  it('checks the link before hashing anything', async () => {
    await expect(
      setPasswordWithToken({ token: 'x'.repeat(43), password: 'a-good-long-password' }, '10.0.0.1'),
    ).rejects.toThrow('This link is not valid any more.');
    expect(password.hashPassword).not.toHaveBeenCalled();
  });

  it(`allows ${limits.setPassword} attempts per address in fifteen minutes, a good link included`, async () => {
    const admin = await makeUser('admin');
    const target = await makeUser('reviewer');
    const { setPasswordToken } = await issuePasswordLink({ userId: target.id }, admin);
    for (let i = 0; i < limits.setPassword; i++) {
      await expect(
        setPasswordWithToken({ token: `guess-${i}`.padEnd(43, 'x'), password: 'a-good-long-password' }, '198.51.100.7'),
      ).rejects.toMatchObject({ code: 'invalid_input' });
    }
    await expect(
      setPasswordWithToken({ token: setPasswordToken, password: 'a-good-long-password' }, '198.51.100.7'),
    ).rejects.toMatchObject({ code: 'locked', userMessage: expect.stringContaining('Too many attempts') });
    expect(password.hashPassword).not.toHaveBeenCalled();
    // Another address is not held up, and the link still works there.
    await setPasswordWithToken({ token: setPasswordToken, password: 'a-good-long-password' }, '10.0.0.1');
    await expect(
      verifyCredentials(db, { email: target.email, password: 'a-good-long-password' }, null),
    ).resolves.toBeTruthy();
  });

  it('lets only one of two requests with the same link set the password', async () => {
    const admin = await makeUser('admin');
    const target = await makeUser('reviewer');
    const { setPasswordToken } = await issuePasswordLink({ userId: target.id }, admin);
    const results = await Promise.allSettled([
      setPasswordWithToken({ token: setPasswordToken, password: 'first-of-the-two' }, '10.0.0.1'),
      setPasswordWithToken({ token: setPasswordToken, password: 'second-of-the-two' }, '10.0.0.2'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.auditEvent.count({ where: { action: 'user.password_set' } })).toBe(1);
  });
});
