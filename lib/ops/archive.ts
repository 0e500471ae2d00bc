import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// One backup is one gzip-compressed tar (docs/operations.md):
//   manifest.json              what this is, which engine, the database part's SHA-256
//   database/pgdata.tar        embedded: the PGlite folder, as PGlite dumps it
//   database/postgres.dump     PostgreSQL: pg_dump's custom format
//   evidence/<2 hex>/<sha256>  the evidence files, named by their SHA-256

export const FORMAT = 'claim-tracker-backup';

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  engine: z.enum(['embedded', 'postgresql']),
  database: z.object({
    file: z.enum(['database/pgdata.tar', 'database/postgres.dump']),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  evidenceFiles: z.number().int().nonnegative(),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const databaseFile = (engine: Manifest['engine']) =>
  engine === 'embedded' ? 'database/pgdata.tar' : 'database/postgres.dump';

const evidenceEntry = /^evidence\/[0-9a-f]{2}\/[0-9a-f]{64}$/;

/** Which archive paths a backup may hold: anything else in a file handed to restore is ignored. */
export function isBackupEntry(entryPath: string, type: string) {
  const p = entryPath.replace(/\/$/, '');
  if (type === 'Directory') return ['database', 'evidence'].includes(p) || /^evidence\/[0-9a-f]{2}$/.test(p);
  if (type !== 'File' && type !== 'OldFile') return false;
  return (
    p === 'manifest.json' || p === 'database/pgdata.tar' || p === 'database/postgres.dump' || evidenceEntry.test(p)
  );
}

/** The stored evidence files (not the temporary ones being written), as archive paths. */
export function listEvidence(evidenceDir: string): string[] {
  if (!fs.existsSync(evidenceDir)) return [];
  const files: string[] = [];
  for (const prefix of fs.readdirSync(evidenceDir).sort()) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
    for (const name of fs.readdirSync(path.join(evidenceDir, prefix)).sort()) {
      if (name.startsWith(prefix) && /^[0-9a-f]{64}$/.test(name)) files.push(`evidence/${prefix}/${name}`);
    }
  }
  return files;
}
