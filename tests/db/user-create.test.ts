import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/credentials';
import { openEmbedded } from '@/lib/db/engines';
import { createDbOn } from '@/lib/db/client';

// The command a newsroom runs once on a fresh install, run as they would run it.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'user-create-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function run(script: string, args: string[], input = '') {
  return spawnSync('npx', ['tsx', script, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development' },
    timeout: 60_000,
  });
}

describe('npm run user:create', () => {
  // Four separate processes, each starting Node and opening the database: slow on a busy machine.
  it(
    'makes a working admin on a freshly migrated, unseeded database, reading the password from stdin',
    { timeout: 180_000 },
    async () => {
      expect(run('scripts/db-migrate.ts', []).status).toBe(0);
      const created = run(
        'scripts/user-create.ts',
        ['--email', 'First@News.example', '--role', 'admin'],
        'correct horse battery\n',
      );
      expect(created.stderr).toBe('');
      expect(created.stdout).toContain('created admin first@news.example');

      const refused = run('scripts/user-create.ts', ['--email', 'second@news.example', '--role', 'admin'], 'short\n');
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('password: Use at least 12 characters.');

      const again = run(
        'scripts/user-create.ts',
        ['--email', 'first@news.example', '--role', 'editor'],
        'another long password\n',
      );
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('already exists');

      const embedded = await openEmbedded(dataDir);
      const db = createDbOn(embedded.pglite);
      try {
        const actor = await verifyCredentials(
          db,
          { email: 'first@news.example', password: 'correct horse battery' },
          null,
        );
        expect(actor.role).toBe('admin');
        expect(await db.user.count()).toBe(1);
        expect(await db.article.count()).toBe(0);
      } finally {
        await db.$disconnect();
        await embedded.close();
      }
    },
  );

  it('refuses a password given on the command line', () => {
    const result = run('scripts/user-create.ts', ['--email', 'a@news.example', '--role', 'admin', '--password', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--password'/);
  });
});
