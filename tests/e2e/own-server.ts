import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serveNodeOptions } from '../../scripts/serve-options';

// A production server of its own (scripts/serve.mjs, as `npm start` runs it) on a fresh,
// migrated and seeded embedded database, for tests that stop, back up or restore it and so
// cannot share the suite's server.

export type OwnServer = {
  dataDir: string;
  url: string;
  process: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export const scriptEnv = (dataDir: string) => ({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' });

export function prepareInstall(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-own-'));
  for (const script of ['scripts/db-migrate.ts', 'prisma/seed.ts']) {
    const run = spawnSync('npx', ['tsx', script], { env: scriptEnv(dataDir), encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) throw new Error(`${script} failed:\n${run.stderr}`);
  }
  return dataDir;
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `options.env`: more environment for the server; `options.port`: a port to use instead of a free one. */
export async function startServer(
  dataDir: string,
  options: { env?: Record<string, string>; port?: number } = {},
): Promise<OwnServer> {
  const port = options.port ?? (await freePort());
  const child = spawn(
    process.execPath,
    [...serveNodeOptions(), 'scripts/serve.mjs', '-H', '127.0.0.1', '-p', String(port)],
    {
      env: {
        ...scriptEnv(dataDir),
        AUTH_SECRET: randomBytes(33).toString('base64'),
        // May name a database (DATABASE_URL) and a secret shared with another app server.
        ...options.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + 60_000;
  while (!output.includes('serve: ready on')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { dataDir, url: `http://127.0.0.1:${port}`, process: child, output: () => output, exited };
}
