import type { Db, DbTx } from '@/lib/db/client';
import { defaultVerdicts } from './defaults';

export { DEFAULT_VERDICT_KEY, RATING_SCALE, defaultVerdicts } from './defaults';

/** Inserts the default verdicts that are missing; never overwrites an admin's edits. */
export async function ensureDefaultVerdicts(db: Db | DbTx) {
  await db.verdict.createMany({
    data: defaultVerdicts.map((v, position) => ({ ...v, position })),
    skipDuplicates: true,
  });
}

/** Every active verdict in display order: the one list the UI reads. */
export function listVerdicts(db: Db) {
  return db.verdict.findMany({ where: { active: true }, orderBy: { position: 'asc' } });
}
