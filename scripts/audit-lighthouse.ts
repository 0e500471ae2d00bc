// npm run audit:lighthouse: Lighthouse (mobile, its default) on a published claim page and its
// annotated article; prints the four scores of each and fails below the targets. Each page is
// audited three times and the median kept, as Lighthouse advises: its simulated throttling
// scales the CPU time it observes, so one run on a busy machine can be far off.
//
//   npm run audit:lighthouse                           build, serve the demo on port 3190, audit
//   npm run audit:lighthouse -- --no-build             the same with the existing build
//   npm run audit:lighthouse -- --url http://host:port audit a server that is already running
//   npm run audit:lighthouse -- --port 3190            the demo server's port (default 3190)
//   npm run audit:lighthouse -- --json                 also print the results on one line for
//                                                      npm run bench (bench/result.ts)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { RESULT } from '../bench/result';
import playwrightConfig from '../playwright.config';

const targets = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 } as const;
type Category = keyof typeof targets;

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    'no-build': { type: 'boolean' },
    port: { type: 'string', default: '3190' },
    json: { type: 'boolean' },
  },
});
const port = Number(args.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`audit: bad --port ${args.port}`);
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

/** The demo on a fresh embedded database, as the browser tests serve it (tests/e2e/server.ts). */
async function startDemoServer(): Promise<{ base: string; server: ChildProcess }> {
  if (!args['no-build']) {
    console.log('audit: building the app…');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const base = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-tracker-lighthouse-'));
  // Canonical URLs on the address being audited, as on a real deployment.
  const env = { ...process.env, E2E_PORT: String(port), E2E_DATA_DIR: dataDir, PUBLIC_BASE_URL: base };
  const server = spawn(process.execPath, ['--import', 'tsx', 'tests/e2e/server.ts'], { env, stdio: 'ignore' });
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, server };
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  server.kill('SIGTERM');
  throw new Error(`audit: the server did not answer on ${base} within two minutes.`);
}

/** A published claim and its article, found through the public API. */
async function pagesToAudit(base: string): Promise<string[]> {
  const list = await (await fetch(`${base}/api/v1/claims?perPage=1`)).json();
  const claim = list.data[0];
  if (!claim) throw new Error('audit: no published claim to audit.');
  const pages = [`${base}/claims/${claim.slug}`, `${base}/articles/${claim.article.slug}`];
  // Audit what readers get: the page as served from the cache.
  for (const page of pages) await fetch(page);
  return pages;
}

const categories = Object.keys(targets) as Category[];
const runs = 3;

async function auditOnce(url: string): Promise<Record<Category, number>> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [...(playwrightConfig.use?.launchOptions?.args ?? []), '--headless=new'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: categories });
    if (!result) throw new Error(`audit: Lighthouse returned nothing for ${url}`);
    const score = (c: Category) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100);
    return Object.fromEntries(categories.map((c) => [c, score(c)])) as Record<Category, number>;
  } finally {
    chrome.kill();
  }
}

/** The median of each category over the runs, and every run's performance score. */
async function audit(url: string) {
  const results: Record<Category, number>[] = [];
  for (let i = 0; i < runs; i++) results.push(await auditOnce(url));
  const median = (c: Category) => results.map((r) => r[c]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  const scores = Object.fromEntries(categories.map((c) => [c, median(c)])) as Record<Category, number>;
  return { scores, performanceRuns: results.map((r) => r.performance) };
}

const running = args.url ? { base: args.url.replace(/\/+$/, ''), server: null } : await startDemoServer();
let failed = false;
const audited: { url: string; scores: Record<Category, number>; performanceRuns: number[] }[] = [];
try {
  for (const url of await pagesToAudit(running.base)) {
    const { scores, performanceRuns } = await audit(url);
    audited.push({ url, scores, performanceRuns });
    console.log(`\n${url}  (mobile; median of ${runs} runs, performance ${performanceRuns.join(', ')})`);
    for (const category of categories) {
      const ok = scores[category] >= targets[category];
      failed ||= !ok;
      const line = `${category.padEnd(15)} ${String(scores[category]).padStart(3)}  (target ${targets[category]})`;
      console.log(`  ${line} ${ok ? 'ok' : 'BELOW TARGET'}`);
    }
  }
} finally {
  running.server?.kill('SIGTERM');
}
if (args.json) console.log(RESULT + JSON.stringify(audited));
process.exit(failed ? 1 : 0);
