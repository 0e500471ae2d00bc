// Loads the benchmark data set into the database the environment names: DATA_DIR for the
// embedded database (which must be empty), or DATABASE_URL, whose public schema it first
// empties (so it takes --reset to run there). Migrations, then the generator's full set,
// then fresh statistics. Prints a JSON summary as its last line.
//
// The embedded set is built in memory and written to the folder in one go: PGlite writes
// page by page to disk, which made loading 50,000 claims there take over twenty minutes.
import { acquireFolderLock } from '@/lib/db/lock';
import { createDbOn } from '@/lib/db/client';
import { connectPg, createPGlite, embeddedPaths, pgliteTarget, pgTarget } from '@/lib/db/engines';
import { applyMigrations, type MigrationTarget } from '@/lib/db/migrations';
import { dataDir, env } from '@/lib/env';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import fs from 'node:fs';
import { bulkInserter } from './bulk';
import { FULL, generate, type Generated } from './generate';
import { RESULT } from './result';

const started = Date.now();
const bulkTables = ['Claim', 'Figure', 'AuditEvent', 'ComparisonMember'];

/**
 * Loads like any bulk load: secondary indexes dropped first and built once at the end,
 * which is many times faster than updating them row by row (the trigram indexes most).
 */
async function withoutIndexes(target: MigrationTarget, load: () => Promise<Generated>) {
  const indexes = await target.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [bulkTables],
  );
  for (const { indexname } of indexes) await target.exec(`DROP INDEX "${indexname}"`);
  const generated = await load();
  for (const { indexdef } of indexes) await target.exec(indexdef);
  return generated;
}
const progress = (n: number) => {
  if (n % 400 === 0) process.stderr.write(`bench: ${n} of ${FULL.articles} articles\n`);
};
let generated: Generated;

if (env.DATABASE_URL) {
  if (!process.argv.includes('--reset')) throw new Error('refusing to empty a PostgreSQL schema without --reset');
  const client = await connectPg(env.DATABASE_URL);
  const target = pgTarget(client);
  await target.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  await applyMigrations(target);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL }) });
  generated = await withoutIndexes(target, () => generate(db, bulkInserter(target), { ...FULL, progress }));
  await db.$disconnect();
  // Fresh statistics, as autovacuum would leave them.
  await target.exec('VACUUM ANALYZE');
  await client.end();
} else {
  const { dbDir, lockPath } = embeddedPaths(dataDir);
  if (fs.existsSync(dbDir) && fs.readdirSync(dbDir).length) throw new Error(`${dbDir} is not empty`);
  const memory = await createPGlite();
  const target = pgliteTarget(memory);
  await applyMigrations(target);
  const db = createDbOn(memory);
  generated = await withoutIndexes(target, () => generate(db, bulkInserter(target), { ...FULL, progress }));
  await db.$disconnect();
  // What the app's own maintenance does on the embedded database (lib/db/engines.ts).
  await memory.exec('VACUUM (ANALYZE)');
  const image = await memory.dumpDataDir('none');
  await memory.close();
  const release = acquireFolderLock(lockPath);
  try {
    fs.mkdirSync(dbDir, { recursive: true });
    const onDisk = await createPGlite({ dataDir: dbDir, loadDataDir: image });
    await onDisk.close();
  } finally {
    release();
  }
}
console.log(RESULT + JSON.stringify({ ...generated, seconds: Math.round((Date.now() - started) / 1000) }));
