// The server the browser tests talk to: a fresh embedded database in a temporary folder,
// migrated and seeded before the server opens it (PGlite allows one process per folder,
// so tests never open the database beside the server), then the production build.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveNodeOptions } from '../../scripts/serve-options';

const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), 'claim-tracker-e2e');
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;

const { runScript } = await import('@/lib/db/open');
const { applyMigrations } = await import('@/lib/db/migrations');
const { seedDemo } = await import('@/prisma/seed/demo');
const { ensureLocalAuthSecret } = await import('@/lib/auth/secret');
ensureLocalAuthSecret();

await runScript('e2e server', async ({ db, target }) => {
  await applyMigrations(target);
  await seedDemo(db);
});
if (process.exitCode) process.exit(process.exitCode);

const { clearRenderedPages } = await import('@/lib/publishing/page-cache');
clearRenderedPages();
const port = process.env.E2E_PORT ?? '3100';
// The server `npm start` runs (scripts/serve.mjs), so the browser tests exercise it.
const server = spawn(process.execPath, [...serveNodeOptions(), 'scripts/serve.mjs', '-H', '127.0.0.1', '-p', port], {
  stdio: 'inherit',
  // The tests play a reverse proxy on 127.0.0.1, so a test can name each reader's address
  // (tests/e2e/reader-reports.spec.ts); requests without X-Forwarded-For are 127.0.0.1's, as before.
  env: {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: dataDir,
    TRUSTED_PROXIES: '127.0.0.1, ::1',
  },
});
const stop = (signal: NodeJS.Signals) => server.kill(signal);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
