// npm run bench: the numbers behind docs/performance.md, measured in one run because these
// machines are shared and noisy (ratios to a static file served by the same server in the
// same run mean more than absolute numbers).
//
// For each engine (the embedded database; then PostgreSQL, from BENCH_DATABASE_URL or a
// private cluster started here when PostgreSQL is installed) it loads the generated data
// set, times the review queue from the database, starts the production server on the data
// (`npm start`; on PostgreSQL two of them, as two app servers on one database) and puts
// the public claim, article and comparison pages, /api/v1/claims and a static file under
// 50 concurrent connections for --duration seconds each (autocannon; on PostgreSQL 25 on
// each app server at once); it weighs the public pages (HTML, and every byte of script they
// load or carry) and takes the peak memory of each `npm start` process tree. On PostgreSQL
// it then times a publication and a correction made outside both app servers until readers
// of both see them (bench/visibility.ts). Claim detection is timed once, a bulk action and
// 1 MB hostile articles are run through the app (bench/bulk-action.ts, bench/import.ts),
// and Lighthouse audits a claim and an article page, median of 3 (npm run
// audit:lighthouse). The load average is recorded at the start and before each engine's
// load. Results go to bench/results/<date>.json, and one table with every target, met or
// missed, to stdout.
//
//   npm run bench [-- --duration 20] [-- --port 3290] [-- --pg-port 54390] [-- --embedded-only | --postgresql-only]
//   The app servers use --port and --port + 1, Lighthouse's demo server --port + 2.
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
const pgPort = Number(option('--pg-port') ?? 54390);
const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const tsxCli = require.resolve('tsx/cli');
const work = path.resolve('tmp', 'bench');
const started = Date.now();
const log = (message: string) => console.error(`bench (${Math.round((Date.now() - started) / 1000)} s): ${message}`);

type Load = { rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number };
type Page = 'static' | 'claim' | 'article' | 'comparison' | 'api';
type Visibility = { servers: string[]; publishMs: (number | null)[]; correctionMs: (number | null)[] };
type EngineResult = {
  engine: 'embedded' | 'postgresql';
  /** The 1-, 5- and 15-minute load averages just before this engine's server started. */
  loadAverageBefore: number[];
  data: Record<string, unknown>;
  queue: { view: string; p50: number; p95: number }[];
  load: Record<Page, Load>;
  weight: { html: number; htmlGzip: number; scripts: number; firstLoadJsGzip: number };
  /** Script bytes on each public page: files it loads (gzip) and inline scripts (JSON-LD is data, not counted). */
  publicScripts: Awaited<ReturnType<typeof publicScripts>>;
  /** Peak resident memory of each `npm start` process tree (one per app server). */
  peakMemoryMb: number[];
  /** PostgreSQL: a publication and a correction made outside both app servers, until both show them. */
  visibility?: Visibility;
};
type Lighthouse = { url: string; scores: Record<string, number>; performanceRuns: number[] }[];

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

/**
 * Runs a bench script with the given database environment; returns the result it printed.
 * `plain`: without the react-server condition (a script outside the app, such as Lighthouse's),
 * and its result is taken even when it exits non-zero (the audit does, below its targets).
 */
function runScript(
  script: string,
  env: Record<string, string>,
  args: string[] = [],
  { plain = false } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const conditions = plain ? [] : ['--conditions=react-server'];
    const child = spawn(process.execPath, [tsxCli, ...conditions, script, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) =>
      code === 0 || (plain && out.includes(RESULT))
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
function startServer(env: Record<string, string>, serverPort: number): ChildProcess {
  return spawn('npm', ['start', '--silent'], {
    env: {
      ...process.env,
      ...env,
      HOST: '127.0.0.1',
      PORT: String(serverPort),
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

/**
 * `connections` at once on the path, shared evenly by the app servers (one autocannon per
 * server, all running together): requests per second are summed; p50 and p99 are the worst
 * server's (autocannon reports percentiles, which cannot be merged exactly).
 */
async function load(bases: string[], target: string): Promise<Load> {
  // Warm up: the first request renders the page and fills the cache.
  for (const base of bases) for (let i = 0; i < 5; i++) await fetch(base + target).then((r) => r.arrayBuffer());
  const results = await Promise.all(
    bases.map((base) => autocannon({ url: base + target, connections: connections / bases.length, duration })),
  );
  const sum = (f: (r: autocannon.Result) => number) => results.reduce((total, r) => total + f(r), 0);
  const worst = (f: (r: autocannon.Result) => number) => Math.max(...results.map(f));
  return {
    rps: Math.round(sum((r) => r.requests.average)),
    p50: worst((r) => r.latency.p50),
    p99: worst((r) => r.latency.p99),
    errors: sum((r) => r.errors + r.timeouts),
    non2xx: sum((r) => r.non2xx),
    requests: sum((r) => r.requests.total),
  };
}

/** A published comparison's address, from the public API (the generator keeps no sample of them). */
async function comparisonPath(base: string) {
  const list = (await (await fetch(`${base}/api/v1/comparisons`)).json()) as { data: { slug: string }[] };
  const slug = list.data[0]?.slug;
  if (!slug) throw new Error('bench: /api/v1/comparisons lists no published comparison');
  return `/comparisons/${slug}`;
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

const loadAverage = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

async function runEngine(engine: EngineResult['engine'], env: Record<string, string>): Promise<EngineResult> {
  const data = await prepare(engine, env);
  log(`${engine}: timing the review queue`);
  const queue = JSON.parse(await runScript('bench/queue.ts', env, ['--existing']));
  const loadAverageBefore = loadAverage();
  // Embedded: one app server (the folder has one owner). PostgreSQL: two on the one database.
  const ports = engine === 'embedded' ? [port] : [port, port + 1];
  log(
    `${engine}: starting ${ports.length} app server(s) with npm start (load average ${loadAverageBefore.join(', ')})`,
  );
  clearRenderedPages();
  const serverEnv = { ...env, AUTH_SECRET: randomBytes(33).toString('base64') };
  const servers: ChildProcess[] = [];
  try {
    const bases = ports.map((p) => `http://127.0.0.1:${p}`);
    // One after the other: each start script checks the database and the build.
    for (const [i, p] of ports.entries()) {
      servers.push(startServer(serverEnv, p));
      await waitFor(`${bases[i]}/robots.txt`);
    }
    const base = bases[0]!;
    const { claimSlug, articleSlug } = data.sample as { claimSlug: string; articleSlug: string };
    const targets: Record<Page, string> = {
      static: '/robots.txt',
      claim: `/claims/${claimSlug}`,
      article: `/articles/${articleSlug}`,
      comparison: await comparisonPath(base),
      api: '/api/v1/claims',
    };
    const results = {} as EngineResult['load'];
    for (const [name, target] of Object.entries(targets) as [Page, string][]) {
      log(`${engine}: ${connections} connections on ${target} for ${duration} s (${bases.length} app server(s))`);
      results[name] = await load(bases, target);
    }
    const weight = await weigh(base, targets.claim);
    const scripts = await publicScripts(base, [
      '/',
      '/claims',
      targets.claim,
      targets.article,
      targets.comparison,
      '/comparisons',
      `/embed/claims/${claimSlug}`,
    ]);
    // Read before the visibility check, whose polling is not the bench load.
    const peakMemoryMb = servers.map((server) => peakMemory(server.pid!));
    let visibility: Visibility | undefined;
    if (bases.length > 1) {
      log(`${engine}: a publication and a correction outside both app servers, until readers of both see them`);
      visibility = JSON.parse(await runScript('bench/visibility.ts', env, bases)) as Visibility;
    }
    return {
      engine,
      loadAverageBefore,
      data,
      queue,
      load: results,
      weight,
      publicScripts: scripts,
      peakMemoryMb,
      visibility,
    };
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}

// ---- the report ------------------------------------------------------------------------

type Row = [target: string, measured: string, met: boolean];
const engineName = (r: EngineResult) => (r.engine === 'embedded' ? 'embedded' : 'PostgreSQL');
const fmt = (n: number) => n.toLocaleString('en-GB');

function targets(result: EngineResult): Row[] {
  const e = engineName(result);
  const queueWorst = Math.max(...result.queue.map((q) => q.p95));
  const scriptBytes = Object.values(result.publicScripts).reduce((sum, p) => sum + p.fileBytesGzip + p.inlineBytes, 0);
  const rows: Row[] = [];
  for (const name of ['claim', 'article', 'comparison', 'api'] as const) {
    const load = result.load[name];
    const r = load.rps / result.load.static.rps;
    const label = name === 'api' ? '/api/v1/claims' : `${name} page`;
    rows.push([`${e}: ${label} ≥ 0.8 × static file req/s`, `${r.toFixed(2)} ×`, r >= 0.8]);
    rows.push([`${e}: ${label} p99 < 50 ms`, `${fmt(load.p99)} ms`, load.p99 < 50]);
  }
  const failed = Object.values(result.load).reduce((sum, l) => sum + l.errors + l.non2xx, 0);
  rows.push(
    [`${e}: every request under load answered 2xx`, `${failed} failed`, failed === 0],
    [`${e}: queue views and search p95 < 100 ms`, `worst ${queueWorst} ms`, queueWorst < 100],
    [`${e}: public pages' script bytes = 0`, `${scriptBytes} B`, scriptBytes === 0],
  );
  if (result.engine === 'embedded') {
    const mb = result.peakMemoryMb[0]!;
    rows.push([`embedded: npm start tree peak memory < 600 MB`, `${mb} MB`, mb < 600]);
  } else {
    const worst = Math.max(...result.peakMemoryMb);
    rows.push([
      `PostgreSQL: peak memory per app server (npm start tree) < 450 MB`,
      result.peakMemoryMb.map((mb) => `${mb} MB`).join(', '),
      worst < 450,
    ]);
  }
  if (result.visibility) {
    for (const [what, times] of [
      ['publication', result.visibility.publishMs],
      ['correction', result.visibility.correctionMs],
    ] as const) {
      const seen = times.every((t) => t !== null);
      rows.push([
        `${e}: a ${what} visible to readers on both app servers < 2 s`,
        times.map((t) => (t === null ? 'not within 30 s' : `${fmt(t)} ms`)).join(', '),
        seen && Math.max(...(times as number[])) < 2000,
      ]);
    }
  }
  return rows;
}

function lighthouseTargets(audits: Lighthouse | null): Row[] {
  if (!audits) return [['Lighthouse ≥ 95 / 100 / 95 / 95 (median of 3)', 'the audit failed to run', false]];
  const minimum = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 } as Record<string, number>;
  return audits.map(({ url, scores, performanceRuns }) => [
    `Lighthouse ≥ 95 / 100 / 95 / 95 (median of 3), ${new URL(url).pathname.startsWith('/articles/') ? 'article' : 'claim'} page`,
    `${Object.keys(minimum)
      .map((c) => scores[c])
      .join(' / ')} (performance runs ${performanceRuns.join(', ')})`,
    Object.entries(minimum).every(([c, min]) => (scores[c] ?? 0) >= min),
  ]);
}

function table(results: EngineResult[], detect: ReturnType<typeof detection>, audits: Lighthouse | null) {
  const lines: string[] = [];
  lines.push('', '### Public pages under 50 connections', '');
  lines.push(
    '| engine | page | req/s | ratio to static | p50 ms | p99 ms | failed |',
    '|---|---|---:|---:|---:|---:|---:|',
  );
  for (const r of results) {
    for (const [name, l] of Object.entries(r.load)) {
      const ratio = (l.rps / r.load.static.rps).toFixed(2);
      lines.push(
        `| ${engineName(r)} | ${name} | ${fmt(l.rps)} | ${ratio} | ${l.p50} | ${l.p99} | ${l.errors + l.non2xx} |`,
      );
    }
  }
  lines.push(
    '',
    'PostgreSQL: two app servers on one database, 25 connections on each at once; req/s summed, p50 and p99 the',
    'slower server’s.',
    '',
    '### Targets',
    '',
    '| target | measured | |',
    '|---|---|---|',
  );
  const rows = [...results.flatMap(targets), ...lighthouseTargets(audits)];
  for (const [label, value, met] of rows) lines.push(`| ${label} | ${value} | ${met ? 'met' : '**missed**'} |`);
  lines.push(
    '',
    `Targets met: ${rows.filter((r) => r[2]).length} of ${rows.length}.`,
    '',
    `Load average before each engine's load: ${results.map((r) => `${engineName(r)} ${r.loadAverageBefore.join(', ')}`).join('; ')}.`,
  );
  for (const r of results) {
    lines.push(
      '',
      `### ${engineName(r)}: details`,
      '',
      `Claim page: ${fmt(r.weight.html)} B HTML (${fmt(r.weight.htmlGzip)} B gzip), ${r.weight.scripts} scripts. ` +
        `npm start tree peak memory: ${r.peakMemoryMb.map((mb) => `${mb} MB`).join(', ')}.`,
      '',
      '| queue (whole page’s queries) | p50 ms | p95 ms |',
      '|---|---:|---:|',
      ...r.queue.map((q) => `| ${q.view} | ${q.p50} | ${q.p95} |`),
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
    loadAverageAtStart: loadAverage(),
  };
}

// ---- the run ---------------------------------------------------------------------------

const host = machine();
log(`load average at the start: ${host.loadAverageAtStart.join(', ')}`);
build();
log('timing claim detection');
const detect = detection();
const results: EngineResult[] = [];
if (!argv.includes('--postgresql-only')) {
  results.push(await runEngine('embedded', { DATA_DIR: embeddedDataDir(), DATABASE_URL: '' }));
}
if (!argv.includes('--embedded-only')) {
  const given = process.env.BENCH_DATABASE_URL;
  const cluster = given ? null : await startPrivateCluster(path.join(work, 'postgres'), pgPort);
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

log('timing a 200-claim bulk action (bench/bulk-action.ts)');
const bulkAction = JSON.parse(await runScript('bench/bulk-action.ts', {}, ['--json'])) as {
  step: string;
  ms: number;
  done: number;
  met: boolean;
}[];

log('importing 1 MB hostile articles (bench/import.ts)');
const hostileImports = JSON.parse(await runScript('bench/import.ts', {}, ['--port', String(port + 1)])) as {
  text: string;
  import: { ms: number; healthMaxMs: number };
  firstView: { ms: number; healthMaxMs: number };
  secondView: { ms: number; healthMaxMs: number };
}[];

log('Lighthouse on a claim and an article page of the demo, 3 runs each (npm run audit:lighthouse)');
const lighthouse = (await runScript(
  'scripts/audit-lighthouse.ts',
  {},
  ['--no-build', '--json', '--port', String(port + 2)],
  {
    plain: true,
  },
)
  .then((out) => JSON.parse(out) as Lighthouse)
  .catch((error: Error) => {
    log(`Lighthouse did not run: ${error.message}`);
    return null;
  })) as Lighthouse | null;

const report = [
  table(results, detect, lighthouse),
  '',
  '| bulk action, embedded (target < 5 s) | ms | claims done | |',
  '|---|---:|---:|---|',
  ...bulkAction.map((b) => `| ${b.step} | ${b.ms} | ${b.done} | ${b.met ? 'met' : '**missed**'} |`),
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
  `${JSON.stringify({ date: new Date().toISOString(), machine: host, duration, connections, detection: detect, results, bulkAction, hostileImports, lighthouse }, null, 2)}\n`,
);
console.log(
  `## Benchmark ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${host.cpus} × ${host.cpu}, ${host.memoryGb} GB, Node ${host.node}; load average at the start ${host.loadAverageAtStart.join(', ')}`,
);
console.log(report);
log(`done; results in ${file}`);
