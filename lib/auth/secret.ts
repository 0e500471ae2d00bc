import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir, env } from '@/lib/env';

// AUTH_SECRET signs session tokens. Production must set it. For the embedded quick start
// `npm start` generates one once and keeps it in the data folder, so sessions survive a
// restart without anyone having to invent a secret.
const secretFile = () => path.join(dataDir, 'auth-secret');

export class MissingSecretError extends Error {
  constructor() {
    super(
      'AUTH_SECRET is not set. Set it to a random string of at least 32 characters ' +
        '(for example the output of `openssl rand -base64 33`) before starting the app in production.',
    );
    this.name = 'MissingSecretError';
  }
}

export function readAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  try {
    const secret = fs.readFileSync(secretFile(), 'utf8').trim();
    if (secret.length >= 32) return secret;
  } catch {
    // fall through
  }
  throw new MissingSecretError();
}

/** For the embedded quick start only: creates the secret file when there is none. */
export function ensureLocalAuthSecret() {
  if (env.AUTH_SECRET || fs.existsSync(secretFile())) return;
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(secretFile(), randomBytes(33).toString('base64'), { mode: 0o600 });
}
