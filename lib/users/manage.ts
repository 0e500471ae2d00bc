import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { assertAnotherActiveAdmin } from './admins';
import { changeRoleSchema, createUserSchema, setDisabledSchema } from './schemas';
import { newToken, PASSWORD_LINK_HOURS } from './tokens';

// What an admin does to accounts. Each function checks the actor itself.

const publicUser = { id: true, email: true, name: true, role: true, disabled: true, createdAt: true } as const;

/** Creates an account with a password, or with a one-time set-password link returned once. */
export async function createUser(input: unknown, actor: ActorRef) {
  const data = parseInput(createUserSchema, input);
  const passwordHash = data.setup === 'password' ? await hashPassword(data.password) : null;
  const link = data.setup === 'link' ? newToken() : null;
  return db.$transaction(async (tx) => {
    const admin = await authorize(tx, actor, 'user.create');
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw new AppError('conflict', {
        userMessage: 'An account with this email already exists.',
        fieldErrors: { email: 'An account with this email already exists.' },
      });
    }
    const user = await tx.user.create({
      data: {
        email: data.email,
        name: data.name,
        role: data.role,
        passwordHash,
        passwordChangedAt: passwordHash ? new Date() : null,
      },
      select: publicUser,
    });
    if (link) {
      await tx.passwordToken.create({
        data: {
          userId: user.id,
          tokenHash: link.tokenHash,
          expiresAt: new Date(Date.now() + PASSWORD_LINK_HOURS * 3600_000),
        },
      });
    }
    await recordAudit(tx, {
      actorId: admin.id,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role, setup: data.setup },
    });
    return { user, setPasswordToken: link?.token ?? null };
  });
}

export async function changeRole(input: unknown, actor: ActorRef) {
  const { userId, role } = parseInput(changeRoleSchema, input);
  return db.$transaction(async (tx) => {
    const admin = await authorize(tx, actor, 'user.changeRole');
    const user = await tx.user.findUnique({ where: { id: userId }, select: publicUser });
    if (!user) throw new AppError('not_found', { userMessage: 'No such user.' });
    if (user.role === role) return user;
    if (user.role === 'admin') await assertAnotherActiveAdmin(tx, user.id, 'demoted');
    // A new role ends the user's sessions: they sign in again under it.
    const updated = await tx.user.update({
      where: { id: userId },
      data: { role, sessionEpoch: { increment: 1 } },
      select: publicUser,
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: 'user.role',
      entityType: 'user',
      entityId: userId,
      before: { role: user.role },
      after: { role },
    });
    return updated;
  });
}

export async function setDisabled(input: unknown, actor: ActorRef) {
  const { userId, disabled } = parseInput(setDisabledSchema, input);
  return db.$transaction(async (tx) => {
    const admin = await authorize(tx, actor, 'user.setDisabled');
    const user = await tx.user.findUnique({ where: { id: userId }, select: publicUser });
    if (!user) throw new AppError('not_found', { userMessage: 'No such user.' });
    if (user.disabled === disabled) return user;
    if (disabled) await assertAnotherActiveAdmin(tx, user.id, 'disabled');
    // Disabling ends every session, and so does enabling: re-enabling never revives a
    // session that began before the account was disabled.
    const updated = await tx.user.update({
      where: { id: userId },
      data: { disabled, sessionEpoch: { increment: 1 } },
      select: publicUser,
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: disabled ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: userId,
      before: { disabled: user.disabled },
      after: { disabled },
    });
    return updated;
  });
}

/** A new one-time set-password link for an existing account (earlier unused links and its sessions stop working). */
export async function issuePasswordLink(input: unknown, actor: ActorRef) {
  const { userId } = parseInput(setDisabledSchema.pick({ userId: true }), input);
  const link = newToken();
  return db.$transaction(async (tx) => {
    const admin = await authorize(tx, actor, 'user.issuePasswordLink');
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new AppError('not_found', { userMessage: 'No such user.' });
    // A new link is how an admin answers a suspected break-in: the account's sessions end now.
    await tx.user.update({ where: { id: userId }, data: { sessionEpoch: { increment: 1 } } });
    await tx.passwordToken.deleteMany({ where: { userId, usedAt: null } });
    await tx.passwordToken.create({
      data: { userId, tokenHash: link.tokenHash, expiresAt: new Date(Date.now() + PASSWORD_LINK_HOURS * 3600_000) },
    });
    await recordAudit(tx, { actorId: admin.id, action: 'user.password_link', entityType: 'user', entityId: userId });
    return { setPasswordToken: link.token };
  });
}

/** Every account for the admin page; never the password hashes. */
export async function listUsers(actor: ActorRef) {
  await authorize(db, actor, 'user.create');
  return db.user.findMany({ select: publicUser, orderBy: [{ disabled: 'asc' }, { name: 'asc' }] });
}
