// npm run db:migrate: applies prisma/migrations to the embedded database, or to
// PostgreSQL when DATABASE_URL is set, then fills in the default verdicts.
import { applyMigrations } from '@/lib/db/migrations';
import { runScript } from '@/lib/db/open';
import { ensureDefaultVerdicts } from '@/lib/verdicts';

await runScript('db:migrate', async ({ db, target, engine }) => {
  const applied = await applyMigrations(target);
  await ensureDefaultVerdicts(db);
  console.log(
    applied.length ? `db:migrate (${engine}): applied ${applied.join(', ')}` : `db:migrate (${engine}): up to date`,
  );
});
