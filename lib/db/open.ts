import { dataDir, env } from '@/lib/env';
import { connectPg, openEmbedded, pgliteTarget, pgTarget } from './engines';
import { createDbOn, type Db } from './client';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import type { MigrationTarget } from './migrations';

// For command-line scripts (migrate, seed, user:create): one connection to whichever
// database the environment names, with both the raw SQL target and a Prisma client,
// closed (and the embedded folder's lock released) by `close()`.
export type ScriptDb = {
  db: Db;
  target: MigrationTarget;
  engine: 'embedded' | 'postgresql';
  close: () => Promise<void>;
};

export async function openScriptDb(): Promise<ScriptDb> {
  if (env.DATABASE_URL) {
    const client = await connectPg(env.DATABASE_URL);
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL }) });
    return {
      db,
      target: pgTarget(client),
      engine: 'postgresql',
      close: async () => {
        await db.$disconnect();
        await client.end();
      },
    };
  }
  const embedded = await openEmbedded(dataDir);
  const db = createDbOn(embedded.pglite);
  return {
    db,
    target: pgliteTarget(embedded.pglite),
    engine: 'embedded',
    close: async () => {
      await db.$disconnect();
      await embedded.close();
    },
  };
}

/** Runs a script body with the database, printing a clean message (no stack) for known failures. */
export async function runScript(name: string, body: (sdb: ScriptDb) => Promise<void>) {
  let sdb: ScriptDb | undefined;
  try {
    sdb = await openScriptDb();
    await body(sdb);
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await sdb?.close();
  }
}
