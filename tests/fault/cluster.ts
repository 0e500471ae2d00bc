import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { serveNodeOptions } from '../../scripts/serve-options';

// Servers and database helpers of the fault test (tests/fault/run.ts): production servers
// as `npm start` runs them (scripts/serve.mjs), on 127.0.0.1 only, and the db-tool child.
// Children run asynchronously: a blocked event loop would keep fetch's idle connections
// past the servers' keep-alive timeout, and the next request would find them closed.

const run = promisify(execFile);

export type Install = { env: NodeJS.ProcessEnv; label: string };

export async function dbTool<T>(install: Install, command: string, input: object): Promise<T> {
  const args = ['tsx', '--conditions=react-server', 'tests/fault/db-tool.ts', command, JSON.stringify(input)];
  const { stdout } = await run('npx', args, {
    env: { ...install.env, LOG_LEVEL: 'silent' },
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stderr?: string; stdout?: string }) => {
    throw new Error(`db-tool ${command} failed (${install.label}):\n${error.stderr}${error.stdout}`);
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as T;
}

export async function migrate(install: Install) {
  await run('npx', ['tsx', 'scripts/db-migrate.ts'], { env: install.env, timeout: 120_000 }).catch(
    (error: { stderr?: string }) => {
      throw new Error(`migrate failed (${install.label}):\n${error.stderr}`);
    },
  );
}

export class Server {
  process?: ChildProcess;
  log = '';
  readonly url: string;

  constructor(
    readonly name: string,
    readonly port: number,
    readonly install: Install,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start() {
    const child = spawn(
      process.execPath,
      [...serveNodeOptions(), 'scripts/serve.mjs', '-H', '127.0.0.1', '-p', String(this.port)],
      {
        env: { ...this.install.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.process = child;
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk;
      this.log = (this.log + chunk).slice(-20_000);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    const deadline = Date.now() + 60_000;
    while (!output.includes('serve: ready on')) {
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`server ${this.name} did not start:\n${output}`);
      }
      await sleep(100);
    }
    // The first request opens the database (and, embedded, takes its lock).
    await waitFor(`${this.name} healthy`, 30_000, async () => (await health(this.url)).status === 200);
  }

  /** SIGKILL: no drain, no close; what a crash or the OOM killer does. */
  async kill() {
    const child = this.process!;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** SIGTERM: the orderly stop, which releases the embedded database's lock. */
  async stop() {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode) return;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const code = await exited;
    if (code !== 0) throw new Error(`server ${this.name} stopped with status ${code}:\n${this.log}`);
  }
}

export async function health(url: string): Promise<{ status: number; body: { status?: string; reason?: string } }> {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(8_000) });
    return { status: response.status, body: await response.json() };
  } catch {
    return { status: 0, body: {} };
  }
}

export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitFor(what: string, ms: number, check: () => Promise<boolean>) {
  const deadline = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await sleep(200);
  }
  return ms - (deadline - Date.now());
}
