import { createHash, randomBytes } from 'node:crypto';

// One-time set-password links: the token is shown once, only its hash is stored.
export const PASSWORD_LINK_HOURS = 72;

export function newToken() {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}
