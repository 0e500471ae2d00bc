import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// The server holds the embedded database; a second process must stop, not share it.
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.join(os.tmpdir(), `claim-tracker-e2e-${port}`);

test('a second process opening the embedded database stops with a message naming the lock', async ({ page }) => {
  await page.goto('/');
  const before = await page.getByTestId('claim').count();
  expect(before).toBeGreaterThan(0);

  const seed = spawnSync('npx', ['tsx', 'prisma/seed.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(seed.status).not.toBe(0);
  expect(seed.stderr).toContain(path.join(dataDir, 'db.lock'));
  expect(seed.stderr).toMatch(/in use by another process/);

  // The server keeps serving, with every row it had.
  await page.reload();
  await expect(page.getByTestId('claim')).toHaveCount(before);
});
