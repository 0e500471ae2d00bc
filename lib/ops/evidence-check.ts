import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SqlSession } from '@/lib/db/migrations';

// The check a restored install must pass: every evidence row that names a file has that
// file, and its bytes still hash to the name (lib/evidence/storage.ts).

export type EvidenceCheck = { rows: number; files: number; missing: string[]; mismatched: string[] };

export async function checkEvidenceFiles(session: SqlSession, evidenceDir: string): Promise<EvidenceCheck> {
  const rows = await session.query<{ hash: string }>(
    'SELECT "fileSha256" AS hash FROM "Evidence" WHERE "fileSha256" IS NOT NULL',
  );
  const hashes = [...new Set(rows.map((r) => r.hash))].sort();
  const result: EvidenceCheck = { rows: rows.length, files: hashes.length, missing: [], mismatched: [] };
  for (const hash of hashes) {
    // The hash comes from the database being checked: never trust it as a path.
    const file = /^[0-9a-f]{64}$/.test(hash) ? path.join(evidenceDir, hash.slice(0, 2), hash) : null;
    if (!file || !fs.existsSync(file)) result.missing.push(hash);
    else if ((await sha256File(file)) !== hash) result.mismatched.push(hash);
  }
  return result;
}

export async function sha256File(file: string) {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function describeCheck(check: EvidenceCheck) {
  const ok = check.missing.length === 0 && check.mismatched.length === 0;
  const lines = [
    `${check.rows} evidence rows name ${check.files} files: ` +
      (ok ? 'every file is present and matches its SHA-256.' : 'PROBLEMS FOUND.'),
    ...check.missing.map((h) => `  missing:    ${h}`),
    ...check.mismatched.map((h) => `  mismatched: ${h}`),
  ];
  return { ok, text: lines.join('\n') };
}
