import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { db } from '@/lib/db';
import { createDb } from '@/lib/db/client';
import { connectPg, embeddedPaths, openEmbedded, pgliteTarget } from '@/lib/db/engines';
import { acquireFolderLock } from '@/lib/db/lock';
import { applyMigrations, readMigrations } from '@/lib/db/migrations';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { checkHealth } from '@/lib/ops/health';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-tracker-health-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('health', () => {
  it('is ok on a migrated database, counting the applied migrations', async () => {
    expect(await checkHealth(db)).toEqual({
      status: 'ok',
      database: 'reachable',
      migrations: { applied: readMigrations().length },
    });
  });

  it('is unavailable while a migration is not applied, and names it', async () => {
    const migrations = [
      ...readMigrations(),
      { name: '29990101000000_not_yet', sql: 'SELECT 1', checksum: '0'.repeat(64) },
    ];
    const health = await checkHealth(db, { migrations });
    expect(health.status).toBe('unavailable');
    expect(health).toHaveProperty('reason', expect.stringContaining('29990101000000_not_yet'));
    expect(health).toHaveProperty('reason', expect.stringContaining('npm run db:migrate'));
  });

  it('says the database is unreachable without repeating the address or the password', async () => {
    const url = 'postgresql://health_user:s3cret-password@127.0.0.1:9/claim_tracker';
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    try {
      const health = await checkHealth(unreachable);
      expect(health).toEqual({ status: 'unavailable', reason: 'The database server is not reachable.' });
    } finally {
      await unreachable.$disconnect();
    }
  });

  it('recovers by itself on the embedded database once the process holding it lets go', async () => {
    const dataDir = path.join(scratch, 'locked');
    const setup = await openEmbedded(dataDir);
    await applyMigrations(pgliteTarget(setup.pglite));
    await setup.close();

    // Another holder of the folder (here: this process, through the lock alone).
    const release = acquireFolderLock(embeddedPaths(dataDir).lockPath);
    const app = createDb({ dataDir });
    try {
      const locked = await checkHealth(app.db);
      expect(locked).toEqual({
        status: 'unavailable',
        reason: 'The embedded database is in use by another process, so this server cannot open it.',
      });
      release();
      expect(await checkHealth(app.db)).toMatchObject({ status: 'ok', database: 'reachable' });
    } finally {
      release();
      await app.close();
    }
    expect(fs.existsSync(embeddedPaths(dataDir).lockPath)).toBe(false);
  });

  it.skipIf(!inject('pgServerUrl'))(
    'recovers by itself on PostgreSQL after the server drops every connection',
    async () => {
      expect(await checkHealth(db)).toMatchObject({ status: 'ok' });
      const [{ name }] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
      const admin = await connectPg(inject('pgServerUrl')!);
      try {
        const killed = await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [name],
        );
        expect(killed.rowCount).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      // The pool notices the dead connections and opens new ones; at most one check may see the drop.
      const answers = [await checkHealth(db), await checkHealth(db)];
      expect(answers.at(-1)).toMatchObject({ status: 'ok' });
    },
  );

  it('answers within its time limit when the database does not answer', async () => {
    const hanging = { $queryRawUnsafe: () => new Promise(() => {}) } as unknown as typeof db;
    const started = Date.now();
    const health = await checkHealth(hanging, { timeoutMs: 200 });
    expect(health).toEqual({ status: 'unavailable', reason: 'The database did not answer within 0.2 s.' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
