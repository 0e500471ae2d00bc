// Importing hostile text: 1 MB articles built to make claim detection slow (one run of "!",
// one paragraph, a million quotation marks, no spaces, and 1 MB of ordinary news), each
// imported through the import form of the production server (scripts/serve.mjs) as a
// signed-in reviewer, its review page opened twice, and GET /api/health polled all along:
// detection runs in a worker thread at import and is read from the database afterwards,
// so the server keeps answering (docs/decisions/011).
//
//   npm run bench:import [-- --port 3295]      targets: import and review page < 2 s,
//                                              /api/health < 200 ms meanwhile
//     [--only "1 MB of news"]                  one of the texts below
//     [--profile tmp/profiles]                 a CPU profile of the server (node --cpu-prof)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { needsBuild } from '@/scripts/build-state';
import { serveNodeOptions } from '@/scripts/serve-options';
import { demoUsers } from '@/prisma/seed/users';
import { generatedNews } from './news';
import { RESULT } from './result';

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const port = Number(option('--port') ?? 3295);
const profile = option('--profile');
const base = `http://127.0.0.1:${port}`;
const dataDir = path.resolve('tmp', 'bench', `import-${port}`);
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const log = (message: string) => console.error(`bench:import: ${message}`);

const MB = 1_000_000;
/** The text cut to the import limit, 1 MB of UTF-8. */
const upToMB = (text: string) =>
  Buffer.from(text)
    .subarray(0, MB)
    .toString()
    .replace(/\uFFFD$/, '');
const news = generatedNews(2 * MB);
const hostileTexts: Record<string, string> = {
  'one run of "!"': '!'.repeat(MB),
  'one 1 MB paragraph': upToMB(news.replace(/\n+/g, ' ')),
  'a million quotation marks': '"'.repeat(MB),
  'no spaces': upToMB(news.replace(/\s+/g, '')),
  '1 MB of news': upToMB(news),
};

// ---- the server ------------------------------------------------------------------------

async function prepareData() {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const { runScript } = await import('@/lib/db/open');
  const { applyMigrations } = await import('@/lib/db/migrations');
  const { seedDemo } = await import('@/prisma/seed/demo');
  await runScript('bench:import', async ({ db, target }) => {
    await applyMigrations(target);
    await seedDemo(db);
  });
}

function startServer(): ChildProcess {
  const profiling = profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : [];
  const node = [...serveNodeOptions(), ...profiling];
  return spawn(process.execPath, [...node, 'scripts/serve.mjs', '-H', '127.0.0.1', '-p', String(port)], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      AUTH_SECRET: randomBytes(33).toString('base64'),
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitFor(url: string, seconds = 90) {
  for (let i = 0; i < seconds * 4; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

// ---- a signed-in reviewer, as a browser without JavaScript would be -----------------------

const cookies = new Map<string, string>();
const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
function keepCookies(response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}
async function request(url: string, init: RequestInit = {}) {
  const headers = { cookie: cookieHeader(), origin: base };
  const response = await fetch(base + url, { ...init, redirect: 'manual', headers });
  keepCookies(response);
  return response;
}

async function signIn() {
  const reviewer = demoUsers.find((u) => u.role === 'reviewer')!;
  const { csrfToken } = (await (await request('/api/auth/csrf')).json()) as { csrfToken: string };
  const form = new URLSearchParams({ email: reviewer.email, password: reviewer.password, csrfToken });
  await request('/api/auth/callback/credentials', { method: 'POST', body: form });
  if (!(await request('/review')).ok) throw new Error('signing in as the demo reviewer failed');
}

/** The import form's fields as the page renders them (the action's hidden inputs included). */
async function importForm(): Promise<FormData> {
  const html = await (await request('/review/articles/new')).text();
  const form = new FormData();
  for (const m of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? '';
    if (name) form.append(name.replace(/&quot;/g, '"'), value.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  }
  return form;
}

// ---- measuring -------------------------------------------------------------------------

/** Polls /api/health one request after another until `done` settles; returns each latency. */
async function healthDuring<T>(work: Promise<T>): Promise<{ result: T; latencies: number[] }> {
  let finished = false;
  const result = work.finally(() => (finished = true));
  const latencies: number[] = [];
  while (!finished) {
    const t = performance.now();
    await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
    latencies.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { result: await result, latencies };
}

async function timed<T>(work: () => Promise<T>) {
  const t = performance.now();
  const result = await work();
  return { result, ms: Math.round(performance.now() - t) };
}

type Phase = { ms: number; healthMaxMs: number };
type Row = { text: string; import: Phase; firstView: Phase; secondView: Phase };

async function phase(work: () => Promise<Response>): Promise<{ response: Response; phase: Phase }> {
  const { result, latencies } = await healthDuring(timed(work));
  return { response: result.result, phase: { ms: result.ms, healthMaxMs: Math.round(Math.max(0, ...latencies)) } };
}

async function measure(name: string, body: string): Promise<Row> {
  const form = await importForm();
  form.set('title', `Bench: ${name} ${Date.now()}`);
  form.set('publisher', 'Bench Gazette');
  form.set('body', body);
  const imported = await phase(() => request('/review/articles/new', { method: 'POST', body: form }));
  const location = imported.response.headers.get('location');
  if (!location?.includes('/review/articles/')) {
    const page = await imported.response.text();
    const message = /role="alert"[^>]*>([^<]*)/.exec(page)?.[1] ?? '';
    throw new Error(`${name}: the import answered ${imported.response.status}, not a redirect: ${message}`);
  }
  // The whole page, as a browser would read it.
  const view = () =>
    request(new URL(location, base).pathname).then(async (r) => {
      if (!r.ok) throw new Error(`${name}: the review page answered ${r.status}`);
      await r.arrayBuffer();
      return r;
    });
  const first = await phase(view);
  const second = await phase(view);
  return { text: name, import: imported.phase, firstView: first.phase, secondView: second.phase };
}

// ---- the run ---------------------------------------------------------------------------

if (needsBuild()) {
  log('building the app');
  if (spawnSync(process.execPath, [nextBin, 'build'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) {
    throw new Error('next build failed');
  }
}
log(`preparing a fresh embedded database in ${dataDir}`);
await prepareData();
const server = startServer();
const rows: Row[] = [];
try {
  await waitFor(`${base}/robots.txt`);
  await signIn();
  await measure('warm-up', 'The mayor said that 12 people were killed.'); // first render of each page
  for (const [name, body] of Object.entries(hostileTexts)) {
    if (option('--only') && option('--only') !== name) continue;
    log(`importing ${name}`);
    rows.push(await measure(name, body));
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const cell = (p: Phase) => `${p.ms} | ${p.healthMaxMs}`;
console.log('| 1 MB text | import ms | health max ms | review page ms | health max ms | again ms | health max ms |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.text} | ${cell(r.import)} | ${cell(r.firstView)} | ${cell(r.secondView)} |`);
}
const phases = rows.flatMap((r) => [r.import, r.firstView, r.secondView]);
const worst = (pick: (p: Phase) => number, of = phases) => Math.max(...of.map(pick));
const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.log(
  `targets: import < 2 s ${met(
    worst(
      (p) => p.ms,
      rows.map((r) => r.import),
    ) < 2000,
  )}; ` +
    `review page < 2 s ${met(
      worst(
        (p) => p.ms,
        rows.flatMap((r) => [r.firstView, r.secondView]),
      ) < 2000,
    )}; ` +
    `/api/health < 200 ms ${met(worst((p) => p.healthMaxMs) < 200)}`,
);
console.log(`${RESULT}${JSON.stringify(rows)}`);
