// npm run backup -- <file>: one archive with the database and the evidence files, taken
// while the app keeps running (docs/operations.md).
import { dataDir, env } from '@/lib/env';
import { backup } from '@/lib/ops/backup';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('usage: npm run backup -- <file.tar.gz>');
  process.exit(2);
}
try {
  const result = await backup({ dataDir, databaseUrl: env.DATABASE_URL }, file);
  const mb = (result.bytes / 1024 / 1024).toFixed(1);
  console.log(
    `backup: wrote ${result.file} (${mb} MB): the ${result.engine} database and ${result.evidenceFiles} evidence files.`,
  );
} catch (error) {
  console.error(`backup: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
