import 'server-only';
import { dataDir, env } from '@/lib/env';
import { createDb, type Db, type DbHandle } from '@/lib/db/client';

// The one PrismaClient (STYLE.md §1), kept on globalThis so that dev-server reloads and
// test set-up (tests/setup/db.ts puts a fresh database there) share it.
const globalForDb = globalThis as unknown as { dbHandle?: DbHandle };

export const dbHandle: DbHandle = (globalForDb.dbHandle ??= createDb({ databaseUrl: env.DATABASE_URL, dataDir }));

export const db: Db = dbHandle.db;
export type { Db };
