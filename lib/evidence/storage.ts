import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/lib/env';

// Evidence files are stored by the SHA-256 of their bytes under data/evidence, never
// under a name a user chose. The same file uploaded twice is stored once.
export const evidenceDir = () => path.join(dataDir, 'evidence');

export function sha256(bytes: Uint8Array) {
  return createHash('sha256').update(bytes).digest('hex');
}

export function pathFor(hash: string) {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error('not a SHA-256 hash');
  return path.join(evidenceDir(), hash.slice(0, 2), hash);
}

/** Writes the bytes if not already stored; returns whether this call created the file. */
export function storeBytes(hash: string, bytes: Uint8Array): boolean {
  const target = pathFor(hash);
  if (fs.existsSync(target)) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes, { mode: 0o640 });
  fs.renameSync(tmp, target);
  return true;
}

export function readStored(hash: string) {
  return fs.readFileSync(pathFor(hash));
}

export function removeStored(hash: string) {
  fs.rmSync(pathFor(hash), { force: true });
}
