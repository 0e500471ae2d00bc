import 'server-only';
import { dataDir, env } from '@/lib/env';
import { createDb, type Db, type DbHandle } from '@/lib/db/client';
import { log } from '@/lib/log';
import { noteRequestError } from '@/lib/publishing/changes';

// The one PrismaClient (STYLE.md §1), kept on globalThis so that dev-server reloads and
// test set-up (tests/setup/db.ts puts a fresh database there) share it.
const globalForDb = globalThis as unknown as { dbHandle?: DbHandle };

export const dbHandle: DbHandle = (globalForDb.dbHandle ??= createDb({
  databaseUrl: env.DATABASE_URL,
  dataDir,
  slowQueries: { ms: env.SLOW_QUERY_MS, report: (query) => log.warn(query, 'slow database query') },
  // A query that finds PostgreSQL gone switches this server to answering 503 at once.
  onDriverError: noteRequestError,
}));

export const db: Db = dbHandle.db;
export type { Db };
