import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { connectPg, createPGlite, embeddedPaths, pgliteTarget, pgTarget } from '@/lib/db/engines';
import { acquireFolderLock, DatabaseLockedError } from '@/lib/db/lock';
import { clearRenderedPages } from '@/lib/publishing/page-cache';
import { isBackupEntry, manifestSchema, type Manifest } from './archive';
import type { Install } from './backup';
import { checkEvidenceFiles, sha256File, type EvidenceCheck } from './evidence-check';
import { runPgTool } from './pg-tools';

// npm run restore -- <file>: brings a stopped install back to the state of a backup, then
// checks every evidence row against its file. The folders it replaces are moved to
// DATA_DIR/replaced-<time>/, not deleted; if the restore fails they are put back. A failed
// evidence check leaves the restored state in place (it is what the backup holds) and is
// reported in the result for the caller to fail on.

export type RestoreResult = { manifest: Manifest; check: EvidenceCheck; setAside: string | null };

export async function restore(install: Install, file: string, { distDir = '.next' } = {}): Promise<RestoreResult> {
  fs.mkdirSync(install.dataDir, { recursive: true });
  // Unpacked beside the folders it replaces, so that moving them in is a rename.
  const staging = fs.mkdtempSync(path.join(install.dataDir, '.restore-'));
  try {
    const manifest = await unpack(path.resolve(file), staging);
    const engine = install.databaseUrl ? 'postgresql' : 'embedded';
    if (manifest.engine !== engine) {
      throw new Error(
        `This backup is of ${manifest.engine === 'embedded' ? 'an embedded database' : 'a PostgreSQL database'}, ` +
          `but this install uses ${engine === 'embedded' ? 'the embedded database' : 'PostgreSQL (DATABASE_URL)'}.`,
      );
    }
    const dump = path.join(staging, manifest.database.file);
    if ((await sha256File(dump)) !== manifest.database.sha256) {
      throw new Error('The database part of this backup does not match its checksum: the file is damaged.');
    }
    const result = install.databaseUrl
      ? await restorePostgres(install.databaseUrl, install.dataDir, staging, dump)
      : await restoreEmbedded(install.dataDir, staging, dump);
    clearRenderedPages(distDir);
    return { manifest, ...result };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

async function unpack(file: string, staging: string): Promise<Manifest> {
  if (!fs.existsSync(file)) throw new Error(`No such backup file: ${file}`);
  await tar.extract({ file, cwd: staging, strict: true, filter: (p, entry) => isBackupEntry(p, entryType(entry)) });
  const manifestPath = path.join(staging, 'manifest.json');
  if (!fs.existsSync(manifestPath)) throw new Error(`${file} is not a claim tracker backup (no manifest.json).`);
  const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(manifestPath, 'utf8')));
  if (!parsed.success) throw new Error(`${file} has a manifest this version cannot read.`);
  if (!fs.existsSync(path.join(staging, parsed.data.database.file))) throw new Error(`${file} holds no database.`);
  return parsed.data;
}

function entryType(entry: fs.Stats | tar.ReadEntry) {
  return 'type' in entry ? entry.type : entry.isDirectory() ? 'Directory' : 'File';
}

async function restoreEmbedded(dataDir: string, staging: string, dump: string) {
  const { dbDir, lockPath } = embeddedPaths(dataDir);
  let release: () => void;
  try {
    release = acquireFolderLock(lockPath);
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      throw new Error(
        `The embedded database is in use by process ${error.ownerPid} (the app server?). ` +
          'Stop it before restoring: a restore replaces the database under it.',
      );
    }
    throw error;
  }
  try {
    const aside = setAside(dataDir, ['db', 'evidence']);
    try {
      const pglite = await createPGlite({ dataDir: dbDir, loadDataDir: new Blob([fs.readFileSync(dump)]) });
      try {
        moveEvidenceIn(dataDir, staging);
        const check = await checkEvidenceFiles(pgliteTarget(pglite), path.join(dataDir, 'evidence'));
        return { check, setAside: aside.folder };
      } finally {
        await pglite.close();
      }
    } catch (error) {
      aside.undo();
      throw error;
    }
  } finally {
    release();
  }
}

async function restorePostgres(databaseUrl: string, dataDir: string, staging: string, dump: string) {
  const client = await connectPg(databaseUrl);
  try {
    const [{ others }] = await client
      .query<{ others: number }>(
        `SELECT count(*)::int AS others FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      )
      .then((r) => r.rows);
    if (others > 0) {
      throw new Error(
        `${others} other connection(s) to this database are open (an app server still running?). ` +
          'Stop every app server before restoring.',
      );
    }
    // The schema is emptied and refilled in one transaction: either the backup's state or, if
    // anything fails, the state before.
    const script = path.join(staging, 'database', 'restore.sql');
    await runPgTool('pg_restore', ['--no-owner', '--no-acl', `--file=${script}`, dump], null);
    const aside = setAside(dataDir, ['evidence']);
    try {
      await runPgTool(
        'psql',
        [
          '--no-psqlrc',
          '--quiet',
          '--single-transaction',
          '--set=ON_ERROR_STOP=1',
          '--command=DROP SCHEMA public CASCADE',
          '--command=CREATE SCHEMA public',
          '--command=GRANT USAGE ON SCHEMA public TO PUBLIC',
          `--file=${script}`,
        ],
        databaseUrl,
      );
      moveEvidenceIn(dataDir, staging);
    } catch (error) {
      aside.undo();
      throw error;
    }
    const check = await checkEvidenceFiles(pgTarget(client), path.join(dataDir, 'evidence'));
    return { check, setAside: aside.folder };
  } finally {
    await client.end();
  }
}

function moveEvidenceIn(dataDir: string, staging: string) {
  const from = path.join(staging, 'evidence');
  const to = path.join(dataDir, 'evidence');
  if (fs.existsSync(from)) fs.renameSync(from, to);
  else fs.mkdirSync(to, { recursive: true });
}

/** Moves the named folders of dataDir into dataDir/replaced-<time>/; `undo` puts them back. */
function setAside(dataDir: string, names: string[]) {
  const present = names.filter((name) => fs.existsSync(path.join(dataDir, name)));
  if (!present.length) return { folder: null, undo: () => {} };
  const folder = path.join(dataDir, `replaced-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`);
  fs.mkdirSync(folder);
  for (const name of present) fs.renameSync(path.join(dataDir, name), path.join(folder, name));
  return {
    folder,
    undo: () => {
      for (const name of present) {
        fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
        fs.renameSync(path.join(folder, name), path.join(dataDir, name));
      }
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
