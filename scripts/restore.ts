// npm run restore -- <file>: brings a stopped install back to the state of a backup, then
// checks every evidence file against its row (docs/operations.md).
import { dataDir, env } from '@/lib/env';
import { describeCheck } from '@/lib/ops/evidence-check';
import { restore } from '@/lib/ops/restore';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('usage: npm run restore -- <file.tar.gz>   (stop the app first)');
  process.exit(2);
}
try {
  const { manifest, check, setAside } = await restore({ dataDir, databaseUrl: env.DATABASE_URL }, file);
  console.log(
    `restore: restored the ${manifest.engine} database and evidence files backed up at ${manifest.createdAt}.`,
  );
  if (setAside) console.log(`restore: what was there before is in ${setAside}; delete it once you are satisfied.`);
  const { ok, text } = describeCheck(check);
  console.log(`restore: evidence check: ${text}`);
  if (!ok) {
    console.error('restore: FAILED: the backup is missing evidence files or holds damaged ones (listed above).');
    process.exit(1);
  }
  const next = env.DATABASE_URL
    ? 'run `npm run db:migrate`, then start the app servers'
    : 'start the app with `npm start`';
  console.log(`restore: done. If this version of the app has newer migrations, they are still to apply: ${next}.`);
} catch (error) {
  console.error(`restore: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
