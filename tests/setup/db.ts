import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { afterAll, inject } from 'vitest';
import { connectPg, createPGlite } from '@/lib/db/engines';
import type { DbHandle } from '@/lib/db/client';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { TEMPLATE_DB, withDatabase } from './global';

// Every test file gets its own database, copied from the migrated base on first use, and
// placed where lib/db.ts looks for the one client. Files that never query pay nothing.

class FreshPgliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'pglite-prisma-adapter';
  pglite?: Promise<PGlite>;

  constructor(private readonly basePath: string) {}

  private open() {
    this.pglite ??= createPGlite({ loadDataDir: new Blob([fs.readFileSync(this.basePath)]) });
    return this.pglite;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return new PrismaPGlite(await this.open()).connect();
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return new PrismaPGlite(await this.open()).connectToShadowDb();
  }
}

async function freshPostgres(serverUrl: string): Promise<{ handle: DbHandle; drop: () => Promise<void> }> {
  const name = `claim_tracker_test_${randomBytes(6).toString('hex')}`;
  const admin = await connectPg(serverUrl);
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: withDatabase(serverUrl, name) }) });
  return {
    handle: { db, close: () => db.$disconnect() },
    drop: async () => {
      await db.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

const globalForDb = globalThis as unknown as { dbHandle?: DbHandle };
const serverUrl = inject('pgServerUrl');
const basePath = inject('pgliteBase');

if (serverUrl) {
  const { handle, drop } = await freshPostgres(serverUrl);
  globalForDb.dbHandle = handle;
  afterAll(drop);
} else if (basePath) {
  const factory = new FreshPgliteFactory(basePath);
  const db = new PrismaClient({ adapter: factory });
  const close = async () => {
    await db.$disconnect();
    await (await factory.pglite)?.close();
  };
  globalForDb.dbHandle = { db, close };
  afterAll(close);
}
