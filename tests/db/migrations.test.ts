import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { createPGlite, pgliteTarget } from '@/lib/db/engines';
import { applyMigrations, MigrationError, migrationStatus, readMigrations } from '@/lib/db/migrations';
import { pendingSchemaChange, schemaPath } from '@/lib/db/schema-engine';

const open: PGlite[] = [];
async function emptyDb() {
  const pglite = await createPGlite();
  open.push(pglite);
  return pglite;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

function tempMigrations(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

describe('migrations', () => {
  it('agree with schema.prisma: applying them to an empty database leaves nothing to change', async () => {
    expect(await pendingSchemaChange()).toBe('');
  });

  it('would be caught drifting: a model added to the schema without a migration shows up as a change', async () => {
    const schema = fs.readFileSync(schemaPath, 'utf8') + '\nmodel DriftProbe {\n  id String @id\n}\n';
    expect(await pendingSchemaChange(schema)).toMatch(/CREATE TABLE "DriftProbe"/);
  });

  it('records each applied migration the way Prisma does, and applies nothing twice', async () => {
    const pglite = await emptyDb();
    const target = pgliteTarget(pglite);
    const migrations = readMigrations();
    expect(await applyMigrations(target)).toEqual(migrations.map((m) => m.name));
    expect(await applyMigrations(target)).toEqual([]);

    const rows = await target.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      'SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    expect(rows).toEqual(
      migrations.map((m) =>
        expect.objectContaining({ migration_name: m.name, checksum: m.checksum, applied_steps_count: 1 }),
      ),
    );
    expect(migrations[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(await migrationStatus(target)).toMatchObject({ pending: [], failed: [], modified: [] });
  });

  it('rolls back a failing migration, names it, and keeps the ones before it', async () => {
    const dir = tempMigrations({
      '20200101000000_good': 'CREATE TABLE "Good" (id int);',
      '20200102000000_bad': 'CREATE TABLE "Half" (id int);\nSELECT * FROM "Missing";',
      '20200103000000_after': 'CREATE TABLE "After" (id int);',
    });
    const target = pgliteTarget(await emptyDb());
    const error = await applyMigrations(target, readMigrations(dir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain('20200102000000_bad');

    const tables = await target.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    expect(tables.map((t) => t.name)).toEqual(['Good', '_prisma_migrations']);
    expect(await migrationStatus(target, readMigrations(dir))).toMatchObject({
      applied: ['20200101000000_good'],
      pending: ['20200102000000_bad', '20200103000000_after'],
    });
    fs.rmSync(dir, { recursive: true });
  });

  it('notices a migration edited after it was applied', async () => {
    const dir = tempMigrations({ '20200101000000_one': 'CREATE TABLE "One" (id int);' });
    const target = pgliteTarget(await emptyDb());
    await applyMigrations(target, readMigrations(dir));
    fs.appendFileSync(path.join(dir, '20200101000000_one', 'migration.sql'), '\n-- edited');
    expect((await migrationStatus(target, readMigrations(dir))).modified).toEqual(['20200101000000_one']);
    fs.rmSync(dir, { recursive: true });
  });
});
