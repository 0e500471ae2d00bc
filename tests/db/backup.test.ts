import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDb, createDbOn, type Db } from '@/lib/db/client';
import { connectPg, embeddedPaths, openEmbedded, pgliteTarget } from '@/lib/db/engines';
import { acquireFolderLock } from '@/lib/db/lock';
import { applyMigrations } from '@/lib/db/migrations';
import { sha256 } from '@/lib/evidence/storage';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { backup } from '@/lib/ops/backup';
import { serveControl } from '@/lib/ops/control';
import { restore } from '@/lib/ops/restore';
import { ensureDefaultVerdicts } from '@/lib/verdicts';
import { TEMPLATE_DB, withDatabase } from '@/tests/setup/global';

// backup → wipe → restore gives the same rows and the same files, on both engines. These
// tests run their own installs in scratch folders (not this file's test database): backup
// and restore work on whole installs.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-backup-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
let n = 0;
const folder = (name: string) => path.join(scratch, `${name}-${++n}`);

/** A working install's worth of rows: users, an article, claims, evidence with files, audit events. */
async function fillInstall(db: Db, dataDir: string, claims = 3) {
  await ensureDefaultVerdicts(db);
  const tag = randomBytes(4).toString('hex');
  const user = await db.user.create({ data: { email: `r-${tag}@example.org`, name: 'Reviewer', role: 'reviewer' } });
  const body = 'Officials said on Monday that 12 people were killed in the flood.';
  const article = await db.article.create({ data: { slug: `a-${tag}`, title: 'Flood', publisher: 'Times', body } });
  for (let i = 0; i < claims; i++) await addClaim(db, dataDir, article.id, user.id, `${tag}-${i}`);
}

/** A claim with a file as evidence, saved as the app saves: the file first, then the rows in one transaction. */
async function addClaim(db: Db, dataDir: string, articleId: string, userId: string, tag: string) {
  const bytes = Buffer.from(`%PDF-1.4\n% evidence ${tag} ${randomBytes(8).toString('hex')}\n%%EOF\n`);
  const hash = sha256(bytes);
  fs.mkdirSync(path.join(dataDir, 'evidence', hash.slice(0, 2)), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'evidence', hash.slice(0, 2), hash), bytes);
  await db.$transaction(async (tx) => {
    const claim = await tx.claim.create({
      data: {
        slug: `c-${tag}`,
        articleId,
        spanStart: 31,
        spanEnd: 54,
        quote: '12 people were killed',
        statement: `12 people were killed (${tag})`,
        kind: 'casualty',
      },
    });
    const file = { fileSha256: hash, fileSize: bytes.length, fileType: 'application/pdf', fileName: 'r.pdf' };
    await tx.evidence.create({
      data: { claimId: claim.id, type: 'file', stance: 'supports', createdById: userId, ...file },
    });
    await tx.auditEvent.create({
      data: { actorId: userId, action: 'evidence.add', entityType: 'claim', entityId: claim.id, after: { hash } },
    });
  });
}

/** Row counts of every table, checksums of the claims, evidence and audit tables, and the files. */
async function fingerprint(db: Db, dataDir: string) {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${name}"`);
    counts[name] = row.n;
  }
  const sums: Record<string, string> = {};
  for (const name of ['Claim', 'Evidence', 'AuditEvent']) {
    const [row] = await db.$queryRawUnsafe<{ sum: string }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) AS sum FROM "${name}" t`,
    );
    sums[name] = row.sum;
  }
  return { counts, sums, files: evidenceFiles(dataDir) };
}

function evidenceFiles(dataDir: string) {
  const dir = path.join(dataDir, 'evidence');
  if (!fs.existsSync(dir)) return {};
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [e.name, sha256(fs.readFileSync(path.join(e.parentPath, e.name)))] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

async function withEmbedded<T>(dataDir: string, fn: (db: Db) => Promise<T>): Promise<T> {
  const embedded = await openEmbedded(dataDir);
  const db = createDbOn(embedded.pglite);
  try {
    await applyMigrations(pgliteTarget(embedded.pglite));
    return await fn(db);
  } finally {
    await db.$disconnect();
    await embedded.close();
  }
}

// Each step opens a whole database (a few seconds on PGlite).
describe('backup and restore, embedded database', { timeout: 120_000 }, () => {
  it('backup → wipe → restore gives the same rows and files, and the evidence check passes', async () => {
    const dataDir = folder('install');
    const before = await withEmbedded(dataDir, async (db) => {
      await fillInstall(db, dataDir);
      return fingerprint(db, dataDir);
    });
    expect(before.counts).toMatchObject({ Claim: 3, Evidence: 3, AuditEvent: 3 });
    expect(Object.keys(before.files)).toHaveLength(3);

    const file = path.join(scratch, `backup-${n}.tar.gz`);
    const made = await backup({ dataDir }, file);
    expect(made).toMatchObject({ engine: 'embedded', evidenceFiles: 3 });
    expect(fs.statSync(file).mode & 0o077).toBe(0); // readable by its owner only

    fs.rmSync(dataDir, { recursive: true, force: true });
    const restored = await restore({ dataDir }, file, { distDir: path.join(scratch, 'no-build') });
    expect(restored.check).toEqual({ rows: 3, files: 3, missing: [], mismatched: [] });
    expect(restored.setAside).toBeNull();
    expect(await withEmbedded(dataDir, (db) => fingerprint(db, dataDir))).toEqual(before);
    expect(fs.existsSync(embeddedPaths(dataDir).lockPath)).toBe(false);
  });

  it('restore replaces a newer state, keeps it aside, and reports an evidence file that does not match', async () => {
    const dataDir = folder('install');
    const before = await withEmbedded(dataDir, async (db) => {
      await fillInstall(db, dataDir, 2);
      return fingerprint(db, dataDir);
    });
    const file = path.join(scratch, `backup-${n}.tar.gz`);
    await backup({ dataDir }, file);
    await withEmbedded(dataDir, (db) => fillInstall(db, dataDir, 2)); // work done after the backup

    const restored = await restore({ dataDir }, file, { distDir: path.join(scratch, 'no-build') });
    expect(restored.check.mismatched).toEqual([]);
    expect(await withEmbedded(dataDir, (db) => fingerprint(db, dataDir))).toEqual(before);
    expect(fs.existsSync(path.join(restored.setAside!, 'db', 'PG_VERSION'))).toBe(true);
    expect(Object.keys(evidenceFiles(restored.setAside!))).toHaveLength(4);

    // Damage one file of the restored install: the check names it.
    const [damaged] = Object.keys(before.files);
    fs.appendFileSync(path.join(dataDir, 'evidence', damaged.slice(0, 2), damaged), 'tampered');
    const second = await backup({ dataDir }, path.join(scratch, `damaged-${n}.tar.gz`));
    const check = (await restore({ dataDir: folder('copy') }, second.file, { distDir: scratch })).check;
    expect(check.mismatched).toEqual([damaged]);
  });

  it('restore refuses while another process holds the database, and changes nothing', async () => {
    const dataDir = folder('install');
    const before = await withEmbedded(dataDir, async (db) => {
      await fillInstall(db, dataDir, 1);
      return fingerprint(db, dataDir);
    });
    const file = path.join(scratch, `backup-${n}.tar.gz`);
    await backup({ dataDir }, file);
    const release = acquireFolderLock(embeddedPaths(dataDir).lockPath);
    try {
      await expect(restore({ dataDir }, file)).rejects.toThrow(/in use by process \d+ .*Stop it before restoring/);
    } finally {
      release();
    }
    expect(await withEmbedded(dataDir, (db) => fingerprint(db, dataDir))).toEqual(before);
    expect(
      fs.readdirSync(dataDir).filter((name) => name.startsWith('.restore-') || name.startsWith('replaced-')),
    ).toEqual([]);
  });

  it('backs up through the running server while it keeps writing; the copy is consistent', async () => {
    const dataDir = folder('install');
    await withEmbedded(dataDir, (db) => fillInstall(db, dataDir, 2));
    // What the app server does (lib/ops/runtime.ts): it holds the folder and answers on the socket.
    const app = createDb({ dataDir });
    const control = await serveControl(dataDir, app.snapshot!);
    expect(control).not.toBeNull();
    try {
      const user = await app.db.user.findFirstOrThrow();
      const article = await app.db.article.findFirstOrThrow();
      let writing = true;
      let written = 0;
      const writer = (async () => {
        while (writing) {
          await addClaim(app.db, dataDir, article.id, user.id, `live-${written++}`);
          // Requests arrive through I/O: let the socket's events in between saves.
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      while (written < 3) await new Promise((r) => setTimeout(r, 20));
      const countBefore = await app.db.claim.count();
      const file = path.join(scratch, `backup-${n}.tar.gz`);
      await backup({ dataDir }, file);
      const countAfter = await app.db.claim.count();
      writing = false;
      await writer;

      const copy = folder('copy');
      const { check } = await restore({ dataDir: copy }, file, { distDir: scratch });
      expect(check.missing).toEqual([]);
      expect(check.mismatched).toEqual([]);
      const restored = await withEmbedded(copy, (db) => fingerprint(db, copy));
      expect(restored.counts.Claim).toBeGreaterThanOrEqual(countBefore);
      expect(restored.counts.Claim).toBeLessThanOrEqual(countAfter);
      // Every committed save is whole: each claim has its evidence row and its audit event.
      expect(restored.counts.Evidence).toBe(restored.counts.Claim);
      expect(restored.counts.AuditEvent).toBe(restored.counts.Claim);
    } finally {
      await control!.close();
      await app.close();
    }
  });

  it('says so when the process holding the database does not answer backups', async () => {
    const dataDir = folder('install');
    await withEmbedded(dataDir, (db) => fillInstall(db, dataDir, 1));
    const release = acquireFolderLock(embeddedPaths(dataDir).lockPath);
    try {
      await expect(backup({ dataDir }, path.join(scratch, 'never.tar.gz'))).rejects.toThrow(
        /in use by process \d+, which does not answer backup requests/,
      );
    } finally {
      release();
    }
    expect(fs.existsSync(path.join(scratch, 'never.tar.gz'))).toBe(false);
  });
});

const serverUrl = inject('pgServerUrl');

describe.skipIf(!serverUrl)('backup and restore, PostgreSQL (TEST_DATABASE_URL)', { timeout: 120_000 }, () => {
  it('backup → wipe → restore gives the same rows and files, with pg_dump and pg_restore', async () => {
    const name = `claim_tracker_backup_${randomBytes(4).toString('hex')}`;
    const admin = await connectPg(serverUrl!);
    const databaseUrl = withDatabase(serverUrl!, name);
    const dataDir = folder('shared');
    const open = () => new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
      let db = open();
      await fillInstall(db, dataDir);
      const before = await fingerprint(db, dataDir);

      // Restoring under a running app is refused: its connection is still open.
      const file = path.join(scratch, `pg-backup-${n}.tar.gz`);
      expect(await backup({ dataDir, databaseUrl }, file)).toMatchObject({ engine: 'postgresql', evidenceFiles: 3 });
      await expect(restore({ dataDir, databaseUrl }, file, { distDir: scratch })).rejects.toThrow(
        /other connection\(s\) to this database are open/,
      );
      await db.$disconnect();

      // Wipe: an empty database of the same name and no evidence folder.
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      fs.rmSync(dataDir, { recursive: true, force: true });

      const restored = await restore({ dataDir, databaseUrl }, file, { distDir: scratch });
      expect(restored.check).toEqual({ rows: 3, files: 3, missing: [], mismatched: [] });
      db = open();
      try {
        expect(await fingerprint(db, dataDir)).toEqual(before);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
