import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { prepareInstall, scriptEnv, startServer, type OwnServer } from './own-server';

// Operating the app (docs/operations.md): the health answer, a backup while it runs, and an
// orderly stop on SIGTERM.

test('GET /api/health says the app is healthy, in JSON, never cached', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'reachable' });
});

test.describe('a server of its own', () => {
  test.describe.configure({ timeout: 180_000 });
  let server: OwnServer | undefined;
  test.afterEach(async () => {
    if (server?.process.exitCode === null) server.process.kill('SIGKILL');
    if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  test('backs up while running, refuses a restore under it, and stops in order on SIGTERM', async () => {
    server = await startServer(prepareInstall());
    const { dataDir, url } = server;
    const lockPath = path.join(dataDir, 'db.lock');
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(fs.readFileSync(lockPath, 'utf8')).toContain(String(server.process.pid));

    // A backup while the server holds the database, and a restore it refuses.
    const file = path.join(dataDir, '..', `${path.basename(dataDir)}.tar.gz`);
    try {
      const made = spawnSync('npx', ['tsx', 'scripts/backup.ts', file], { env: scriptEnv(dataDir), encoding: 'utf8' });
      expect(made.stderr).toBe('');
      expect(made.stdout).toMatch(/wrote .* the embedded database and 0 evidence files/);
      const refused = spawnSync('npx', ['tsx', 'scripts/restore.ts', file], {
        env: scriptEnv(dataDir),
        encoding: 'utf8',
      });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/in use by process \d+ .*Stop it before restoring/);
    } finally {
      fs.rmSync(file, { force: true });
    }

    // A request in flight: its body is still arriving when SIGTERM comes.
    const inFlight = slowPost(`${url}/api/auth/callback/credentials`);
    await inFlight.started;
    server.process.kill('SIGTERM');
    await expect.poll(() => server!.output()).toContain('SIGTERM received');
    // No new connections once shutdown began…
    await expect(connect(url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    // …while the request in flight still gets its whole answer.
    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBeLessThan(500);

    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('serve: stopped');
    expect(fs.existsSync(lockPath)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'run', 'control.sock'))).toBe(false);
  });
});

function connect(url: string) {
  const { hostname, port } = new URL(url);
  return new Promise<void>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
  });
}

/** A form post whose body is sent in two parts; the second only when `finish()` is called. */
function slowPost(url: string) {
  let started!: () => void;
  const startedPromise = new Promise<void>((resolve) => (started = resolve));
  const req = http.request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Transfer-Encoding': 'chunked' },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
  req.write('email=nobody%40example.org&', () => setTimeout(started, 500));
  return { started: startedPromise, response, finish: () => req.end('password=not-a-password') };
}
