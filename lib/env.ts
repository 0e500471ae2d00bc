import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

// The one place that reads process.env (STYLE.md §2). Scripts, the app and the tests
// all go through it, so a bad value fails early with a message that names it.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default('data'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:3000'),
  ORG_NAME: z.string().min(1).default('Claim Tracker'),
  ORG_LOGO_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  /** Hours a sign-in lasts. */
  AUTH_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(8),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default('single sign-on'),
  /**
   * Reverse proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, separated
   * by commas (lib/auth/address.ts). Empty: the client is the socket's peer.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every(isAddressOrRange), {
      message: 'TRUSTED_PROXIES must be IP addresses or CIDR ranges separated by commas, e.g. 10.0.0.0/8, ::1',
    }),
  /** Default: info, and silent under the unit tests (NODE_ENV=test) so their output stays readable. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** Database queries that take at least this long are logged as slow (milliseconds; 0 turns it off). */
  SLOW_QUERY_MS: z.coerce.number().int().min(0).default(200),
  /**
   * A CDN's purge endpoint: after a publication, correction or retraction it receives a POST
   * of the public URLs that changed (lib/publishing/purge.ts, docs/operations.md).
   */
  PURGE_URL: z.string().url().optional(),
});

export type Env = z.infer<typeof schema>;

function isAddressOrRange(entry: string) {
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const max = family === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const env = parseEnv(process.env);

export const logLevel = env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info');

/** Absolute path of the folder that holds the embedded database and evidence files. */
export const dataDir = path.resolve(env.DATA_DIR);
