import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { acquireFolderLock } from './lock';
import type { MigrationTarget, SqlSession } from './migrations';

// The two engines behind one schema: PGlite in a local folder (the default) and a
// PostgreSQL server (DATABASE_URL). Both are reached as a MigrationTarget for the
// migrator and through a Prisma driver adapter for the app (lib/db/client.ts).

export type Embedded = { pglite: PGlite; close: () => Promise<void> };

/** Every PGlite we open loads the extensions the schema declares (schema.prisma `extensions`). */
export function createPGlite(options: PGliteOptions = {}) {
  return PGlite.create({ ...options, extensions: { pg_trgm, ...options.extensions } });
}

/**
 * PGlite's buffer pool: 16 MB instead of PostgreSQL's 128 MB. Measured on the bench data
 * (50,000 claims; docs/performance.md, "Memory"): 150–170 MB less resident memory and no
 * slower, since reads that miss it are served from the operating system's file cache. A
 * start parameter, not `postgresqlconf`, which would overwrite the data folder's whole
 * postgresql.conf (its time zone and text search configuration among it).
 */
const EMBEDDED_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

export function embeddedPaths(dataDir: string) {
  return { dbDir: path.join(dataDir, 'db'), lockPath: path.join(dataDir, 'db.lock') };
}

/** Opens the embedded database in `dataDir`, holding its lock until `close()`. */
export async function openEmbedded(dataDir: string): Promise<Embedded> {
  const { dbDir, lockPath } = embeddedPaths(dataDir);
  const release = acquireFolderLock(lockPath);
  try {
    fs.mkdirSync(dbDir, { recursive: true });
    const pglite = await createPGlite({ dataDir: dbDir, startParams: EMBEDDED_START_PARAMS });
    const maintenance = maintain(pglite);
    let closed = false;
    return {
      pglite,
      close: async () => {
        if (closed) return;
        closed = true;
        clearInterval(maintenance);
        try {
          await pglite.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

// PGlite has no autovacuum: without fresh statistics the planner guesses, and a text
// search that matches most claims took 250 ms instead of 40 at 50,000 claims. So we
// analyse on open and vacuum and analyse every half hour (one statement; PGlite queues it
// behind running queries and transactions).
export const MAINTENANCE_INTERVAL_MS = 30 * 60_000;

function maintain(pglite: PGlite) {
  const run = (sql: string) =>
    pglite.exec(sql).catch((error: unknown) => {
      if (!pglite.closed) console.error(`embedded database maintenance (${sql}) failed:`, error);
    });
  void run('ANALYZE');
  const timer = setInterval(() => void run('VACUUM (ANALYZE)'), MAINTENANCE_INTERVAL_MS);
  timer.unref();
  return timer;
}

export function pgliteTarget(db: PGlite): MigrationTarget {
  const session = (q: Pick<PGlite, 'query' | 'exec'>): SqlSession => ({
    query: async <T>(sql: string, params?: unknown[]) => (await q.query<T>(sql, params)).rows,
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  return {
    ...session(db),
    transaction: async (fn) => {
      await db.transaction((tx) => fn(session(tx)));
    },
    // One process owns the folder (see lock.ts), so there is nobody to serialise with.
    withLock: (fn) => fn(),
  };
}

// Prisma's own advisory lock id for migrations, so we also wait for a concurrent `prisma migrate`.
const PRISMA_MIGRATE_LOCK = 72707369;

export function pgTarget(client: pg.Client): MigrationTarget {
  const session: SqlSession = {
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    exec: async (sql: string) => {
      await client.query(sql);
    },
  };
  return {
    ...session,
    transaction: async (fn) => {
      await client.query('BEGIN');
      try {
        await fn(session);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    withLock: async (fn) => {
      await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]);
      }
    },
  };
}

export async function connectPg(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return client;
}
