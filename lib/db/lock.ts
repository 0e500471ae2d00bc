import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// PGlite lets a second process open the same data folder and both then write to it:
// rows were silently lost that way. An exclusive lock file, holding the owner's pid,
// makes the second process stop instead. A pid (not a timestamp refreshed by a timer)
// means a process killed with SIGKILL does not block the next start: its pid is gone.

export class DatabaseLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database is in use by another process (pid ${ownerPid}); its lock is ${lockPath}.\n` +
        'PGlite allows one process per data folder. Stop that process (for example the running app server) ' +
        'and try again, or set DATABASE_URL to use a PostgreSQL server that many processes can share.',
    );
    this.name = 'DatabaseLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock or throws DatabaseLockedError. Returns the function that releases it. */
export function acquireFolderLock(lockPath: string): () => void {
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const tmp = `${lockPath}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(tmp, `${process.pid}\n${os.hostname()}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        // link() fails if the target exists, so exactly one process can win.
        fs.linkSync(tmp, lockPath);
        return once(() => release(lockPath));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = readOwner(lockPath);
      if (owner === process.pid) throw new DatabaseLockedError(lockPath, owner);
      if (owner !== null && isAlive(owner)) throw new DatabaseLockedError(lockPath, owner);
      // The owner died without releasing (crash, SIGKILL): the lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
    throw new DatabaseLockedError(lockPath, readOwner(lockPath) ?? -1);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function release(lockPath: string) {
  if (readOwner(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
}

function once(fn: () => void) {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}
