// npm run bench: the numbers behind docs/performance.md, measured in one run because these
// machines are shared and noisy (ratios to a static file served by the same server in the
// same run mean more than absolute numbers).
//
// For each engine (the embedded database; then PostgreSQL, from BENCH_DATABASE_URL or a
// private cluster started here when PostgreSQL is installed) it loads the generated data
// set, times the review queue from the database, starts the production server on the data
// and puts the public claim page, the article page, /api/v1/claims and a static file under
// 50 concurrent connections for --duration seconds each (autocannon); it weighs the public
// pages (HTML, and every byte of script they load or carry) and takes the peak memory of
// the whole `npm start` process tree. Claim detection
// is timed once, and 1 MB hostile articles are imported through the production server
// (bench/import.ts). Results go to bench/results/<date>.json and a table on stdout.
//
//   npm run bench [-- --duration 20] [-- --embedded-only]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { extractClaims } from '@/lib/extraction';
import { clearRenderedPages } from '@/lib/publishing/page-cache';
import { needsBuild } from '@/scripts/build-state';
import { generatedNews } from './news';
import { startPrivateCluster } from './postgres';
import { RESULT } from './result';
import { peakMemory, publicScripts } from './weigh';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
};
const duration = Number(option('--duration') ?? 20);
const connections = 50;
const port = Number(option('--port') ?? 3290);
const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const tsxCli = require.resolve('tsx/cli');
const work = path.resolve('tmp', 'bench');
const started = Date.now();
const log = (message: string) => console.error(`bench (${Math.round((Date.now() - started) / 1000)} s): ${message}`);

type Load = { rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number };
type EngineResult = {
  engine: 'embedded' | 'postgresql';
  data: Record<string, unknown>;
  queue: { view: string; p50: number; p95: number }[];
  load: Record<'static' | 'claim' | 'article' | 'api', Load>;
  weight: { html: number; htmlGzip: number; scripts: number; firstLoadJsGzip: number };
  /** Script bytes on each public page: files it loads (gzip) and inline scripts (JSON-LD is data, not counted). */
  publicScripts: Awaited<ReturnType<typeof publicScripts>>;
  peakMemoryMb: number;
};

// ---- the steps -------------------------------------------------------------------------

function build() {
  if (!needsBuild()) return log('the production build is up to date');
  log('building the app');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('next build failed');
}

function detection() {
  const news = generatedNews(1_000_000);
  extractClaims(news.slice(0, 10_000)); // compile the rules
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    extractClaims(news);
    times.push(performance.now() - t);
  }
  const ms = times.sort((a, b) => a - b)[1]!;
  return {
    bytes: news.length,
    medianMs: Math.round(ms),
    mbPerSecond: Math.round((news.length / 1e6 / (ms / 1000)) * 100) / 100,
  };
}

/** Runs a bench script with the given database environment; returns the result it printed. */
function runScript(script: string, env: Record<string, string>, args: string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, '--conditions=react-server', script, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) =>
      code === 0
        ? resolve(
            out
              .split('\n')
              .find((line) => line.startsWith(RESULT))
              ?.slice(RESULT.length) ?? 'null',
          )
        : reject(new Error(`${script} exited with ${code}`)),
    );
  });
}

/** The embedded data set is kept between runs, keyed by what shapes it: the generator and the schema. */
function embeddedDataDir() {
  const hash = createHash('sha256');
  for (const file of ['bench/generate.ts', 'bench/text.ts', 'prisma/schema.prisma']) hash.update(fs.readFileSync(file));
  for (const name of fs.readdirSync('prisma/migrations').sort()) hash.update(name);
  return path.join(work, `embedded-${hash.digest('hex').slice(0, 12)}`);
}

async function prepare(engine: EngineResult['engine'], env: Record<string, string>) {
  if (engine === 'embedded') {
    const ready = path.join(env.DATA_DIR!, 'ready.json');
    if (fs.existsSync(ready)) {
      log(`reusing the generated embedded data in ${env.DATA_DIR}`);
      return JSON.parse(fs.readFileSync(ready, 'utf8'));
    }
    fs.rmSync(env.DATA_DIR!, { recursive: true, force: true });
    log('generating the data set into the embedded database (a few minutes)');
    const summary = await runScript('bench/prepare.ts', env);
    fs.writeFileSync(ready, summary);
    return JSON.parse(summary);
  }
  log('generating the data set into PostgreSQL');
  return JSON.parse(await runScript('bench/prepare.ts', env, ['--reset']));
}

/** `npm start`, as an operator runs it, in a process group of its own so that the whole tree is measured and stopped. */
function startServer(env: Record<string, string>): ChildProcess {
  clearRenderedPages();
  return spawn('npm', ['start', '--silent'], {
    env: {
      ...process.env,
      ...env,
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
}

async function waitFor(url: string, seconds = 90) {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const group = (signal: NodeJS.Signals) => {
    try {
      process.kill(-server.pid!, signal);
    } catch {
      // already gone
    }
  };
  group('SIGTERM');
  const timer = setTimeout(() => group('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function load(url: string): Promise<Load> {
  // Warm up: the first request renders the page and fills the cache.
  for (let i = 0; i < 5; i++) await fetch(url).then((r) => r.arrayBuffer());
  const result = await autocannon({ url, connections, duration });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

async function weigh(base: string, pagePath: string) {
  const html = await (await fetch(base + pagePath)).text();
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let gzipped = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    gzipped += zlib.gzipSync(body).length;
  }
  return {
    html: Buffer.byteLength(html),
    htmlGzip: zlib.gzipSync(html).length,
    scripts: new Set(sources).size,
    firstLoadJsGzip: gzipped,
  };
}

async function runEngine(engine: EngineResult['engine'], env: Record<string, string>): Promise<EngineResult> {
  const data = await prepare(engine, env);
  log(`${engine}: timing the review queue`);
  const queue = JSON.parse(await runScript('bench/queue.ts', env, ['--existing']));
  log(`${engine}: starting the server`);
  const server = startServer({ ...env, AUTH_SECRET: randomBytes(33).toString('base64') });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/robots.txt`);
    const { claimSlug, articleSlug } = data.sample as { claimSlug: string; articleSlug: string };
    const targets = {
      static: '/robots.txt',
      claim: `/claims/${claimSlug}`,
      article: `/articles/${articleSlug}`,
      api: '/api/v1/claims',
    } as const;
    const results = {} as EngineResult['load'];
    for (const [name, target] of Object.entries(targets) as [keyof typeof targets, string][]) {
      log(`${engine}: ${connections} connections on ${target} for ${duration} s`);
      results[name] = await load(base + target);
    }
    const weight = await weigh(base, targets.claim);
    const scripts = await publicScripts(base, [
      '/',
      '/claims',
      targets.claim,
      targets.article,
      `/embed/claims/${claimSlug}`,
    ]);
    return {
      engine,
      data,
      queue,
      load: results,
      weight,
      publicScripts: scripts,
      peakMemoryMb: peakMemory(server.pid!),
    };
  } finally {
    await stopServer(server);
  }
}

// ---- the report ------------------------------------------------------------------------

function targets(result: EngineResult) {
  const queueWorst = Math.max(...result.queue.map((q) => q.p95));
  const scriptBytes = Object.values(result.publicScripts).reduce((sum, p) => sum + p.fileBytesGzip + p.inlineBytes, 0);
  const rows: [string, string, boolean][] = [];
  for (const name of ['claim', 'article', 'api'] as const) {
    const load = result.load[name];
    const r = load.rps / result.load.static.rps;
    rows.push([`${name} rps ≥ 0.8 × static file`, `${r.toFixed(2)} ×`, r >= 0.8]);
    rows.push([`${name} p99 < 50 ms`, `${load.p99} ms`, load.p99 < 50]);
  }
  rows.push(
    [`queue views and search p95 < 100 ms`, `worst ${queueWorst} ms`, queueWorst < 100],
    [`public pages' script bytes = 0`, `${scriptBytes} B`, scriptBytes === 0],
  );
  const memoryTarget = result.engine === 'embedded' ? 600 : 450;
  rows.push([
    `npm start tree peak memory < ${memoryTarget} MB`,
    `${result.peakMemoryMb} MB`,
    result.peakMemoryMb < memoryTarget,
  ]);
  return rows;
}

function table(results: EngineResult[], detect: ReturnType<typeof detection>) {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`\n### ${r.engine === 'embedded' ? 'Embedded database (PGlite)' : 'PostgreSQL'}\n`);
    lines.push('| page | req/s | ratio to static | p50 ms | p99 ms | errors |', '|---|---:|---:|---:|---:|---:|');
    for (const [name, l] of Object.entries(r.load)) {
      const ratio = (l.rps / r.load.static.rps).toFixed(2);
      lines.push(`| ${name} | ${l.rps} | ${ratio} | ${l.p50} | ${l.p99} | ${l.errors + l.non2xx} |`);
    }
    lines.push('', '| queue (whole page’s queries) | p50 ms | p95 ms |', '|---|---:|---:|');
    for (const q of r.queue) lines.push(`| ${q.view} | ${q.p50} | ${q.p95} |`);
    lines.push('', '| target | measured | |', '|---|---:|---|');
    for (const [label, value, met] of targets(r)) lines.push(`| ${label} | ${value} | ${met ? 'met' : '**missed**'} |`);
    lines.push(
      '',
      `Claim page: ${r.weight.html} B HTML (${r.weight.htmlGzip} B gzip), ${r.weight.scripts} scripts. npm start tree peak memory ${r.peakMemoryMb} MB.`,
      '',
      '| public page | script files | their bytes (gzip) | inline script bytes |',
      '|---|---:|---:|---:|',
      ...Object.entries(r.publicScripts).map(
        ([page, s]) => `| ${page} | ${s.files} | ${s.fileBytesGzip} | ${s.inlineBytes} |`,
      ),
    );
  }
  lines.push(
    '',
    `Claim detection: ${(detect.bytes / 1e6).toFixed(2)} MB of generated news in ${detect.medianMs} ms (${detect.mbPerSecond} MB/s).`,
  );
  return lines.join('\n');
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

// ---- the run ---------------------------------------------------------------------------

const host = machine();
build();
log('timing claim detection');
const detect = detection();
const results: EngineResult[] = [];
results.push(await runEngine('embedded', { DATA_DIR: embeddedDataDir(), DATABASE_URL: '' }));

if (!argv.includes('--embedded-only')) {
  const given = process.env.BENCH_DATABASE_URL;
  const cluster = given ? null : await startPrivateCluster(path.join(work, 'postgres'));
  if (given || cluster) {
    try {
      results.push(await runEngine('postgresql', { DATABASE_URL: given ?? cluster!.url }));
    } finally {
      await cluster?.stop();
    }
  } else {
    log('PostgreSQL is not installed here and BENCH_DATABASE_URL is not set: the PostgreSQL half is skipped');
  }
}

log('importing 1 MB hostile articles (bench/import.ts)');
const hostileImports = JSON.parse(await runScript('bench/import.ts', {}, ['--port', String(port + 1)])) as {
  text: string;
  import: { ms: number; healthMaxMs: number };
  firstView: { ms: number; healthMaxMs: number };
  secondView: { ms: number; healthMaxMs: number };
}[];

const report = [
  table(results, detect),
  '',
  '| 1 MB hostile import | import ms | review page ms | /api/health max ms |',
  '|---|---:|---:|---:|',
  ...hostileImports.map(
    (r) =>
      `| ${r.text} | ${r.import.ms} | ${r.firstView.ms}, ${r.secondView.ms} | ${Math.max(r.import.healthMaxMs, r.firstView.healthMaxMs, r.secondView.healthMaxMs)} |`,
  ),
].join('\n');
const date = new Date().toISOString().slice(0, 10);
fs.mkdirSync('bench/results', { recursive: true });
const file = path.join('bench', 'results', `${date}.json`);
fs.writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), machine: host, duration, connections, detection: detect, results, hostileImports }, null, 2)}\n`,
);
console.log(
  `## Benchmark ${date} on ${host.cpus} × ${host.cpu}, ${host.memoryGb} GB, Node ${host.node}; load average at the start ${host.loadAverageAtStart.join(', ')}`,
);
console.log(report);
log(`done; results in ${file}`);
