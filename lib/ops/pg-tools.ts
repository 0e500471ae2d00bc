import { spawn } from 'node:child_process';

// pg_dump, pg_restore and psql from the PostgreSQL client package (Debian:
// postgresql-client). pg_dump must be at least as new as the server (docs/operations.md).
// The password goes to them in PGPASSWORD, never on a command line others can read in `ps`.

function connection(databaseUrl: string) {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs the tool against `databaseUrl` (or, when null, without a connection); resolves to its output. */
export function runPgTool(tool: 'pg_dump' | 'pg_restore' | 'psql', args: string[], databaseUrl: string | null) {
  const { dbname, env } = databaseUrl ? connection(databaseUrl) : { dbname: null, env: process.env };
  return new Promise<string>((resolve, reject) => {
    const child = spawn(tool, dbname ? [...args, `--dbname=${dbname}`] : args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`${tool} is not installed. On Debian or Ubuntu: sudo apt-get install -y postgresql-client`)
          : error,
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${tool} failed (exit ${code}):\n${stderr.trim()}`)),
    );
  });
}
