import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['lib/**/*.test.ts', 'tests/db/**/*.test.ts', 'prisma/**/*.test.ts'],
    // Each test file gets its own freshly migrated database (tests/setup/db.ts).
    globalSetup: ['tests/setup/global.ts'],
    setupFiles: ['tests/setup/db.ts'],
    alias: { 'server-only': new URL('./tests/setup/empty.ts', import.meta.url).pathname },
    // Evidence files written by tests go to a scratch folder, never the app's ./data.
    env: { NODE_ENV: 'test', DATA_DIR: path.join(os.tmpdir(), 'claim-tracker-vitest') },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // next-auth imports 'next/server' without an extension, which only a bundler resolves;
    // inlined, the sweep (tests/db/hostile-input.test.ts) can load the real sign-in code.
    server: { deps: { inline: ['next-auth'] } },
  },
});
