import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { embeddedPaths, openEmbedded } from '@/lib/db/engines';
import { DatabaseLockedError } from '@/lib/db/lock';
import { databaseFile, FORMAT, listEvidence, type Manifest } from './archive';
import { NoServerError, requestSnapshot } from './control';
import { sha256File } from './evidence-check';
import { runPgTool } from './pg-tools';

// npm run backup -- <file>: the database first, then the evidence files. Files are written
// before their rows commit and never removed once a row names them, so every row in the
// snapshot finds its file in the copy taken after it. The app may keep running.

export type Install = { dataDir: string; databaseUrl?: string };
export type BackupResult = { file: string; engine: Manifest['engine']; evidenceFiles: number; bytes: number };

export async function backup(install: Install, file: string): Promise<BackupResult> {
  const target = path.resolve(file);
  const staging = fs.mkdtempSync(path.join(path.dirname(target), '.claim-tracker-backup-'));
  const partial = `${target}.partial`;
  try {
    const engine = install.databaseUrl ? 'postgresql' : 'embedded';
    const dbFile = databaseFile(engine);
    fs.mkdirSync(path.join(staging, 'database'));
    if (install.databaseUrl) {
      await runPgTool('pg_dump', ['--format=custom', `--file=${path.join(staging, dbFile)}`], install.databaseUrl);
    } else {
      await snapshotEmbedded(install.dataDir, path.join(staging, dbFile));
    }

    const evidenceDir = path.join(install.dataDir, 'evidence');
    const evidence = listEvidence(evidenceDir);
    if (evidence.length) fs.symlinkSync(evidenceDir, path.join(staging, 'evidence'), 'dir');
    const manifest: Manifest = {
      format: FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      engine,
      database: { file: dbFile, sha256: await sha256File(path.join(staging, dbFile)) },
      evidenceFiles: evidence.length,
    };
    fs.writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

    // Created first so that it is never readable by others, even while tar writes it: it
    // holds password hashes and unpublished work.
    fs.writeFileSync(partial, '', { mode: 0o600 });
    await tar.create({ file: partial, cwd: staging, gzip: true, portable: true }, [
      'manifest.json',
      dbFile,
      ...evidence,
    ]);
    fs.renameSync(partial, target);
    return { file: target, engine, evidenceFiles: evidence.length, bytes: fs.statSync(target).size };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(partial, { force: true });
  }
}

/** Opens the folder itself when nobody holds it, else asks the running server (lib/ops/control.ts). */
async function snapshotEmbedded(dataDir: string, file: string) {
  const { dbDir } = embeddedPaths(dataDir);
  if (!fs.existsSync(path.join(dbDir, 'PG_VERSION'))) {
    throw new Error(`There is no embedded database in ${dbDir} to back up (is DATA_DIR right?).`);
  }
  let embedded;
  try {
    embedded = await openEmbedded(dataDir);
  } catch (error) {
    if (!(error instanceof DatabaseLockedError)) throw error;
    try {
      return await requestSnapshot(dataDir, file);
    } catch (socketError) {
      if (!(socketError instanceof NoServerError)) throw socketError;
      throw new Error(
        `The embedded database is in use by process ${error.ownerPid}, which does not answer backup requests ` +
          `(${socketError.message}). If that is not the app server, stop it and run the backup again.`,
      );
    }
  }
  try {
    const blob = await embedded.pglite.dumpDataDir('none');
    fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()), { mode: 0o600 });
  } finally {
    await embedded.close();
  }
}
