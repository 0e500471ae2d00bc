import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyCredentials } from '@/lib/auth/credentials';
import { limits } from '@/lib/auth/throttle';
import { signInAlerts } from '@/lib/users/alerts';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { log } from '@/lib/log';
import { resetDb } from '@/tests/setup/reset';

const password = 'a-sufficiently-long-password';
let hash: string;

async function user(email: string, disabled = false) {
  hash ??= await hashPassword(password);
  return db.user.create({ data: { email, name: email, role: 'reviewer', passwordHash: hash, disabled } });
}

const minutes = (n: number, from = new Date()) => new Date(from.getTime() + n * 60_000);
const actions = async () => (await db.auditEvent.findMany({ orderBy: { createdAt: 'asc' } })).map((e) => e.action);

beforeEach(resetDb);

describe('signing in with a password', () => {
  it('accepts the right password whatever the email case, and records the sign-in', async () => {
    const u = await user('kim@example.org');
    await expect(verifyCredentials(db, { email: ' Kim@Example.org ', password }, '10.0.0.1')).resolves.toMatchObject({
      id: u.id,
      role: 'reviewer',
    });
    expect(await actions()).toEqual(['session.sign_in']);
  });

  it('refuses a wrong password and an unknown email with the same message', async () => {
    await user('kim@example.org');
    await expect(verifyCredentials(db, { email: 'kim@example.org', password: 'nope' }, null)).rejects.toThrow(
      'Wrong email or password.',
    );
    await expect(verifyCredentials(db, { email: 'nobody@example.org', password }, null)).rejects.toThrow(
      'Wrong email or password.',
    );
    expect(await actions()).toEqual(['session.failed', 'session.failed']);
  });

  it('refuses malformed input with a message, writing nothing', async () => {
    await expect(verifyCredentials(db, { email: 'not an email', password: 'x' }, null)).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(verifyCredentials(db, { email: 'a@b.org', password: 'x'.repeat(2000) }, null)).rejects.toMatchObject({
      code: 'invalid_input',
    });
    expect(await actions()).toEqual([]);
  });

  it('locks an account after five failures in fifteen minutes, even against the right password, then lets it in again', async () => {
    await user('kim@example.org');
    const start = new Date();
    for (let i = 0; i < 4; i++) {
      await expect(
        verifyCredentials(db, { email: 'kim@example.org', password: 'wrong' }, '10.0.0.1', minutes(i, start)),
      ).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    await expect(
      verifyCredentials(db, { email: 'kim@example.org', password: 'wrong' }, '10.0.0.1', minutes(4, start)),
    ).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining('locked for 15 more minutes') });
    await expect(
      verifyCredentials(db, { email: 'kim@example.org', password }, '10.0.0.1', minutes(10, start)),
    ).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining('locked for 9 more minutes') });
    expect((await actions()).filter((a) => a === 'session.locked')).toHaveLength(1);
    // The count is a row in the database, so a restart of the server keeps it.
    expect(await db.loginThrottle.findUnique({ where: { key: 'account:kim@example.org' } })).toMatchObject({
      failures: 5,
    });

    await expect(
      verifyCredentials(db, { email: 'kim@example.org', password }, '10.0.0.1', minutes(20, start)),
    ).resolves.toMatchObject({ email: 'kim@example.org' });
  });

  it('forgets failures older than fifteen minutes', async () => {
    await user('kim@example.org');
    const start = new Date();
    for (let i = 0; i < 4; i++) {
      await verifyCredentials(db, { email: 'kim@example.org', password: 'x' }, null, minutes(i, start)).catch(() => {});
    }
    await expect(
      verifyCredentials(db, { email: 'kim@example.org', password: 'x' }, null, minutes(30, start)),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('locks an address after thirty failures across accounts', async () => {
    const start = new Date();
    for (let i = 0; i < 29; i++) {
      await expect(
        verifyCredentials(db, { email: `guess${i}@example.org`, password: 'x' }, '192.0.2.7', start),
      ).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    await expect(
      verifyCredentials(db, { email: 'guess29@example.org', password: 'x' }, '192.0.2.7', start),
    ).rejects.toMatchObject({ code: 'locked' });
    await user('kim@example.org');
    await expect(
      verifyCredentials(db, { email: 'kim@example.org', password }, '192.0.2.7', start),
    ).rejects.toMatchObject({ code: 'locked' });
    await expect(
      verifyCredentials(db, { email: 'kim@example.org', password }, '192.0.2.8', start),
    ).resolves.toBeTruthy();
  });

  it('tells a disabled user so, but only once they have given the right password', async () => {
    await user('gone@example.org', true);
    await expect(verifyCredentials(db, { email: 'gone@example.org', password: 'wrong' }, null)).rejects.toThrow(
      'Wrong email or password.',
    );
    await expect(verifyCredentials(db, { email: 'gone@example.org', password }, null)).rejects.toThrow(
      'This account is disabled. Ask an admin to re-enable it.',
    );
  });
});

describe('the server log of sign-ins', () => {
  afterEach(() => vi.restoreAllMocks());

  it('records success, failure and lock-out with the email and address, never the password', async () => {
    const lines: [string, Record<string, unknown>][] = [];
    for (const level of ['info', 'warn'] as const) {
      vi.spyOn(log, level).mockImplementation(((fields: Record<string, unknown>) => {
        lines.push([level, fields]);
      }) as typeof log.info);
    }
    await user('kim@example.org');
    await verifyCredentials(db, { email: 'kim@example.org', password }, '10.0.0.1');
    for (let i = 0; i < 5; i++) {
      await expect(
        verifyCredentials(db, { email: 'kim@example.org', password: `wrong-guess-${i}` }, '10.0.0.1'),
      ).rejects.toThrow();
    }

    const events = lines.map(([level, fields]) => `${level} ${fields.event}`);
    expect(events[0]).toBe('info session.sign_in');
    expect(events.filter((e) => e === 'warn session.failed')).toHaveLength(5);
    expect(events.at(-1)).toBe('warn session.locked');
    expect(lines[0]![1]).toMatchObject({ email: 'kim@example.org', address: '10.0.0.1' });
    const text = JSON.stringify(lines);
    expect(text).not.toContain(password);
    expect(text).not.toContain('wrong-guess');
  });
});

describe('who can lock whom out (issue 13, finding 11)', () => {
  it('a stranger guessing from other addresses cannot lock the owner out', async () => {
    await user('kim@example.org');
    const start = new Date();
    // Five wrong passwords, each from a different address, as a client inventing X-Forwarded-For would look.
    for (let i = 1; i <= 5; i++) {
      await expect(
        verifyCredentials(db, { email: 'kim@example.org', password: 'guess' }, `203.0.113.${i}`, start),
      ).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    await expect(
      verifyCredentials(db, { email: 'kim@example.org', password }, '10.0.0.1', minutes(1, start)),
    ).resolves.toMatchObject({ email: 'kim@example.org' });
    expect((await actions()).filter((a) => a === 'session.locked')).toEqual([]);
  });

  it('five failures from one address lock the account for that address only', async () => {
    await user('kim@example.org');
    const start = new Date();
    for (let i = 0; i < 5; i++) {
      await verifyCredentials(db, { email: 'kim@example.org', password: 'guess' }, '198.51.100.9', start).catch(
        () => {},
      );
    }
    await expect(
      verifyCredentials(db, { email: 'kim@example.org', password }, '198.51.100.9', start),
    ).rejects.toMatchObject({ code: 'locked' });
    await expect(
      verifyCredentials(db, { email: 'kim@example.org', password }, '10.0.0.1', start),
    ).resolves.toBeTruthy();
  });

  it('a guess spread over many addresses meets the account ceiling, which locks it and alerts the admins', async () => {
    const kim = await user('kim@example.org');
    const start = new Date();
    for (let i = 0; i < limits.account - 1; i++) {
      await expect(
        verifyCredentials(db, { email: 'kim@example.org', password: 'guess' }, `198.18.${i >> 8}.${i & 255}`, start),
      ).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    expect(await db.auditEvent.count({ where: { action: 'session.account_alert' } })).toBe(0);
    await expect(
      verifyCredentials(db, { email: 'kim@example.org', password: 'guess' }, '198.19.0.1', start),
    ).rejects.toMatchObject({ code: 'locked' });
    await expect(
      verifyCredentials(db, { email: 'kim@example.org', password }, '10.0.0.1', start),
    ).rejects.toMatchObject({ code: 'locked' });
    const alerts = await db.auditEvent.findMany({ where: { action: 'session.account_alert' } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ entityType: 'user', entityId: kim.id });
    expect(alerts[0]!.reason).toContain(`${limits.account} failed sign-ins`);
    // The admins see it on their users page; nobody else can read it.
    const admin = await db.user.create({ data: { email: 'root@example.org', name: 'Root', role: 'admin' } });
    expect(await signInAlerts(admin)).toEqual([expect.objectContaining({ email: 'kim@example.org' })]);
    await expect(signInAlerts(kim)).rejects.toMatchObject({ code: 'forbidden' });
  }, 120_000);

  it('guesses at an email with no account alert no one, however many', async () => {
    const start = new Date();
    for (let i = 0; i < limits.account + 1; i++) {
      await verifyCredentials(
        db,
        { email: 'nobody@example.org', password: 'guess' },
        `198.18.${i >> 8}.${i & 255}`,
        start,
      ).catch(() => {});
    }
    expect(await db.auditEvent.count({ where: { action: 'session.account_alert' } })).toBe(0);
  }, 120_000);
});
