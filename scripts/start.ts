// npm start, first half: prepares the database (embedded: migrate, then the demo seed when
// it is empty and this is not production), builds when the sources are newer than the last
// build, then exits. The second half is the server, which npm's shell then `exec`s in its
// place (package.json: `tsx scripts/start.ts && exec node --max-old-space-size=256
// scripts/serve.mjs`, the limit per docs/decisions/027), so neither this process, with the
// heap of the migrations and the seed, nor tsx stays resident beside it
// (docs/performance.md, "Memory").
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { env } from '@/lib/env';
import { applyMigrations, migrationStatus } from '@/lib/db/migrations';
import { runScript } from '@/lib/db/open';
import { ensureLocalAuthSecret, readAuthSecret } from '@/lib/auth/secret';
import { ensureDefaultVerdicts } from '@/lib/verdicts';
import { clearRenderedPages } from '@/lib/publishing/page-cache';
import { seedDemo } from '@/prisma/seed/demo';
import { needsBuild } from './build-state';

const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

await runScript('start', async ({ db, target, engine }) => {
  if (engine === 'postgresql') {
    const { pending } = await migrationStatus(target);
    if (pending.length)
      throw new Error(`PostgreSQL is missing migrations (${pending.join(', ')}); run \`npm run db:migrate\`.`);
    return;
  }
  const applied = await applyMigrations(target);
  if (applied.length) console.log(`start: applied migrations ${applied.join(', ')}`);
  await ensureDefaultVerdicts(db);
  if (env.NODE_ENV !== 'production' && (await db.article.count()) === 0) {
    await seedDemo(db);
    console.log('start: loaded the demo data (see README for the demo accounts).');
  }
});
if (process.exitCode) process.exit(process.exitCode);

// Sign-in needs a secret: production sets AUTH_SECRET; the embedded quick start makes one.
if (!env.DATABASE_URL && env.NODE_ENV !== 'production') ensureLocalAuthSecret();
try {
  readAuthSecret();
} catch (error) {
  console.error(`start: ${(error as Error).message}`);
  process.exit(1);
}

if (needsBuild()) {
  console.log('start: building the app (this takes a minute the first time)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: childEnv });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

clearRenderedPages();
// Nothing may keep this process alive: the server starts when it has exited.
process.exit(0);
