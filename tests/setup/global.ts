import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectPg, createPGlite, pgliteTarget, pgTarget } from '@/lib/db/engines';
import { applyMigrations } from '@/lib/db/migrations';

// Migrates one base database per run; tests/setup/db.ts copies it for every test file.
// Without TEST_DATABASE_URL the base is an in-memory PGlite dumped to a tarball; with
// it, a template database on that PostgreSQL server.

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteBase: string | null;
    pgServerUrl: string | null;
  }
}

export const TEMPLATE_DB = 'claim_tracker_test_template';

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const admin = await connectPg(serverUrl);
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    await admin.end();
    const templateUrl = withDatabase(serverUrl, TEMPLATE_DB);
    const client = await connectPg(templateUrl);
    await applyMigrations(pgTarget(client));
    await client.end();
    project.provide('pgServerUrl', serverUrl);
    project.provide('pgliteBase', null);
    return;
  }
  const pglite = await createPGlite();
  await applyMigrations(pgliteTarget(pglite));
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-tracker-test-'));
  const file = path.join(dir, 'base.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteBase', file);
  project.provide('pgServerUrl', null);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
