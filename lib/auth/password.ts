import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes).
export { MIN_PASSWORD_LENGTH } from './password-policy';

export function hashPassword(password: string) {
  return hash(password);
}

export function verifyPassword(hashed: string, password: string) {
  return verify(hashed, password);
}
