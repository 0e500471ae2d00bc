import { migrationStatus, readMigrations, type Migration, type SqlSession } from '@/lib/db/migrations';
import type { Db } from '@/lib/db/client';
import { unreachableReason } from './unreachable';

// What GET /api/health reports: the database answers and every migration in
// prisma/migrations is applied. Cheap enough to poll every few seconds: one round trip to
// the database, the migration files read once per process.

export type Health =
  { status: 'ok'; database: 'reachable'; migrations: { applied: number } } | { status: 'unavailable'; reason: string };

export const HEALTH_TIMEOUT_MS = 3_000;

let knownMigrations: Migration[] | undefined;

/** Raw SQL through the app's own Prisma client, so the check sees what requests see. */
function sessionOver(db: Db): SqlSession {
  return {
    query: <T>(sql: string, params: unknown[] = []) => db.$queryRawUnsafe<T[]>(sql, ...params),
    exec: async (sql: string) => {
      await db.$executeRawUnsafe(sql);
    },
  };
}

export async function checkHealth(
  db: Db,
  { migrations = (knownMigrations ??= readMigrations()), timeoutMs = HEALTH_TIMEOUT_MS } = {},
): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const status = await Promise.race([migrationStatus(sessionOver(db), migrations), timeout]);
    if (status === 'timeout') {
      return { status: 'unavailable', reason: `The database did not answer within ${timeoutMs / 1000} s.` };
    }
    const problems = [
      status.failed.length && `migrations started but not finished: ${status.failed.join(', ')}`,
      status.modified.length && `applied migrations changed since: ${status.modified.join(', ')}`,
      status.pending.length && `migrations not applied: ${status.pending.join(', ')} (run \`npm run db:migrate\`)`,
    ].filter(Boolean);
    if (problems.length)
      return { status: 'unavailable', reason: `The database schema is not current: ${problems.join('; ')}.` };
    return { status: 'ok', database: 'reachable', migrations: { applied: status.applied.length } };
  } catch (error) {
    return { status: 'unavailable', reason: unreachableReason(error) };
  } finally {
    clearTimeout(timer);
  }
}
