import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Applies prisma/migrations/*/migration.sql the way `prisma migrate deploy` does, and
// records them in `_prisma_migrations` with Prisma's own checksum, so that the two agree
// (docs/decisions/002-migrations-without-the-native-engine.md).

export const migrationsDir = path.resolve('prisma', 'migrations');

export type Migration = { name: string; sql: string; checksum: string };

export interface SqlSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
}

export interface MigrationTarget extends SqlSession {
  transaction(fn: (tx: SqlSession) => Promise<void>): Promise<void>;
  /** Serialises concurrent migrators (an advisory lock on PostgreSQL). */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
}

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(
      `Migration ${migration} failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'MigrationError';
  }
}

export function readMigrations(dir = migrationsDir): Migration[] {
  // The folder is read at run time, not bundled: tell Turbopack not to trace it (it would
  // otherwise include the whole project in the server build).
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, entry.name, 'migration.sql')),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

// The table exactly as Prisma's schema engine creates it.
const bookkeepingTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export type MigrationStatus = { applied: string[]; pending: string[]; failed: string[]; modified: string[] };

export async function migrationStatus(target: SqlSession, migrations = readMigrations()): Promise<MigrationStatus> {
  const exists = await target.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  const rows = exists[0]?.present
    ? await target.query<AppliedRow>(
        'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
      )
    : [];
  const done = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]));
  return {
    applied: [...done.keys()],
    pending: migrations.filter((m) => !done.has(m.name)).map((m) => m.name),
    failed: rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name),
    modified: migrations
      .filter((m) => done.has(m.name) && done.get(m.name)!.checksum !== m.checksum)
      .map((m) => m.name),
  };
}

/** Applies every pending migration in order, each in its own transaction. Returns their names. */
export async function applyMigrations(target: MigrationTarget, migrations = readMigrations()): Promise<string[]> {
  return target.withLock(async () => {
    await target.exec(bookkeepingTable);
    const status = await migrationStatus(target, migrations);
    if (status.failed.length > 0) {
      throw new Error(
        `Migration ${status.failed[0]} is recorded as started but not finished. ` +
          'Resolve it by hand (see docs/decisions/002-migrations-without-the-native-engine.md) before starting.',
      );
    }
    const pending = migrations.filter((m) => status.pending.includes(m.name));
    for (const migration of pending) {
      try {
        await target.transaction(async (tx) => {
          await tx.exec(migration.sql);
          await tx.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
             VALUES ($1, $2, now(), $3, now(), 1)`,
            [randomUUID(), migration.checksum, migration.name],
          );
        });
      } catch (error) {
        throw new MigrationError(migration.name, error);
      }
    }
    return pending.map((m) => m.name);
  });
}
