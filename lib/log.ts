import pino, { type DestinationStream, type Logger } from 'pino';
import { logLevel } from '@/lib/env';

// One JSON line per event on stdout, for whatever collects the server's output. Anything
// that could carry a secret is censored by key, however deep the caller nested it; evidence
// contents are never passed to the logger in the first place.
const secretKeys = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'secret',
  'authorization',
  'cookie',
  'set-cookie',
];
const key = (name: string) => (/^\w+$/.test(name) ? name : `["${name}"]`);
const join = (prefix: string, name: string) => (name.startsWith('[') ? `${prefix}${name}` : `${prefix}.${name}`);
export const redactedPaths = secretKeys.flatMap((name) => [key(name), join('*', key(name)), join('*.*', key(name))]);

export function createLogger(destination?: DestinationStream, level: string = logLevel): Logger {
  return pino(
    {
      level,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

export const log = createLogger();

/**
 * A request path fit for the logs: no query string (OAuth codes, search terms) and no
 * password-setting token (it is part of the /set-password/<token> address).
 */
export function loggablePath(path: string): string {
  const pathname = path.split(/[?#]/, 1)[0] ?? '';
  return pathname.replace(/^\/set-password\/[^/]+/, '/set-password/[redacted]');
}
