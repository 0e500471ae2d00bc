// npm run db:seed: the demo data (the Aleppo article, its claims and one user per role).
import { env } from '@/lib/env';
import { migrationStatus } from '@/lib/db/migrations';
import { runScript } from '@/lib/db/open';
import { seedDemo } from './seed/demo';

if (env.NODE_ENV === 'production') {
  console.error('db:seed: the demo seed creates demo accounts and never runs with NODE_ENV=production.');
  console.error('Create real accounts with `npm run user:create` instead.');
  process.exit(1);
}

await runScript('db:seed', async ({ db, target }) => {
  const { pending } = await migrationStatus(target);
  if (pending.length > 0)
    throw new Error(`the database is missing migrations (${pending.join(', ')}); run \`npm run db:migrate\` first.`);
  const { created } = await seedDemo(db);
  console.log(
    created
      ? 'db:seed: loaded the demo article, its claims and the demo users.'
      : 'db:seed: the demo data is already there.',
  );
});
