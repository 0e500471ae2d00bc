import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireFolderLock, DatabaseLockedError } from '@/lib/db/lock';

const dirs: string[] = [];
function lockPath() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-'));
  dirs.push(dir);
  return path.join(dir, 'db.lock');
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the embedded database folder lock', () => {
  it('lets one holder in and stops a second with a message that names the lock', async () => {
    const file = lockPath();
    // The holder is another live process, as the app server would be.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    fs.writeFileSync(file, `${holder.pid}\n`);
    try {
      let error: unknown;
      try {
        acquireFolderLock(file);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DatabaseLockedError);
      expect((error as Error).message).toContain(file);
      expect((error as Error).message).toContain(`pid ${holder.pid}`);
      expect(fs.readFileSync(file, 'utf8')).toContain(String(holder.pid));
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('refuses a second lock from the same process', () => {
    const file = lockPath();
    const release = acquireFolderLock(file);
    expect(() => acquireFolderLock(file)).toThrow(DatabaseLockedError);
    release();
  });

  it('takes over a lock left by a process that died', async () => {
    const file = lockPath();
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('exit', resolve));
    fs.writeFileSync(file, `${dead.pid}\n`);
    const release = acquireFolderLock(file);
    expect(fs.readFileSync(file, 'utf8')).toContain(String(process.pid));
    release();
    expect(fs.existsSync(file)).toBe(false);
  });
});
