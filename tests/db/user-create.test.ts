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

function run(script: string, args: string[], input = '', dir = dataDir) {
  return spawnSync('npx', ['tsx', script, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', NODE_ENV: 'development' },
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

  it(
    'reads the password from one line of standard input, and its confirmation from the next',
    { timeout: 180_000 },
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'user-create-lines-'));
      try {
        expect(run('scripts/db-migrate.ts', [], '', dir).status).toBe(0);
        // What a script answering the two prompts sends.
        const twice = run(
          'scripts/user-create.ts',
          ['--email', 'a@news.example', '--role', 'admin'],
          'pw-typed-twice!\npw-typed-twice!\n',
          dir,
        );
        expect(twice.stderr).toBe('');
        const differ = run(
          'scripts/user-create.ts',
          ['--email', 'b@news.example', '--role', 'admin'],
          'pw-typed-once!!\npw-typed-twice!\n',
          dir,
        );
        expect(differ.status).toBe(1);
        expect(differ.stderr).toContain('the two passwords differ');
        const three = run(
          'scripts/user-create.ts',
          ['--email', 'c@news.example', '--role', 'admin'],
          'line-one-here!\nline-one-here!\nmore\n',
          dir,
        );
        expect(three.status).toBe(1);
        expect(three.stderr).toContain('on one line');
        const tab = run(
          'scripts/user-create.ts',
          ['--email', 'd@news.example', '--role', 'admin'],
          'tab\tin-the-password\n',
          dir,
        );
        expect(tab.status).toBe(1);
        expect(tab.stderr).toContain('control characters');

        const embedded = await openEmbedded(dir);
        const db = createDbOn(embedded.pglite);
        try {
          await expect(
            verifyCredentials(db, { email: 'a@news.example', password: 'pw-typed-twice!' }, null),
          ).resolves.toMatchObject({ role: 'admin' });
          expect(await db.user.count()).toBe(1);
        } finally {
          await db.$disconnect();
          await embedded.close();
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('refuses a password given on the command line', () => {
    const result = run('scripts/user-create.ts', ['--email', 'a@news.example', '--role', 'admin', '--password', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--password'/);
  });
});
