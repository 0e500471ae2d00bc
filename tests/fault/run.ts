// The fault test (docs/operations.md, "Fault test"): many reviewers saving edits at once,
// a server killed mid-load, PostgreSQL stopped mid-load. Loopback only, bounded in time.
//
//   npm run test:fault -- [--seconds 60] [--clients 50] [--port 3181]
//     [--database-url postgresql://…]   (default: TEST_DATABASE_URL; without one, embedded only)
//     [--stop-postgres '<shell command>' --start-postgres '<shell command>']
//
// Needs a production build (`npx next build`). Embedded: one server on a fresh DATA_DIR.
// PostgreSQL: a fresh database on that server, two app servers sharing it and one
// evidence folder.
import { randomBytes } from 'node:crypto';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { dbTool, health, migrate, Server, sleep, waitFor, type Install } from './cluster';
import { emptyTally, reader, reviewer, signIn, type Save, type Tally } from './reviewers';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '50' },
    port: { type: 'string', default: '3181' },
    'database-url': { type: 'string', default: process.env.TEST_DATABASE_URL ?? '' },
    engine: { type: 'string', default: 'both' },
    'stop-postgres': { type: 'string' },
    'start-postgres': { type: 'string' },
  },
});
const seconds = Number(args.seconds);
const clients = Number(args.clients);
const port = Number(args.port);
if (!(seconds >= 4) || !(clients >= 2) || !Number.isInteger(port))
  throw new Error('fault: bad --seconds, --clients or --port');
// About five reviewers on each claim: plenty of version conflicts.
const claimsPerSet = Math.max(1, Math.round(clients / 5));
const authSecret = randomBytes(33).toString('base64');
const started: Server[] = [];
let recoveredAt = Infinity;
let postgresStopped = false;

/** The status of a GET, its body read so that the connection can be used again. */
async function status(url: string) {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.status;
}

function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(`CHECK FAILED: ${message}`);
}

type Load = { tally: Tally; seconds: number };

/** Runs every reviewer until `seconds` have passed and `fault` (if any) has finished. */
async function load(
  cookies: string[],
  servers: Server[],
  claims: string[],
  { strict, fault }: { strict: boolean; fault?: () => Promise<void> },
): Promise<Load> {
  const tally = emptyTally();
  const start = Date.now();
  let faultDone = !fault;
  const until = () => Date.now() - start > seconds * 1000 && faultDone;
  const faultRun = fault?.().finally(() => (faultDone = true));
  await Promise.all([
    ...cookies.map((cookie, client) =>
      reviewer({ client, cookie, server: () => servers[client % servers.length], claims, until, strict, tally }),
    ),
    ...servers.map((server) => reader({ cookie: cookies[0], server: () => server, until, strict, tally })),
    faultRun,
  ]);
  return { tally, seconds: (Date.now() - start) / 1000 };
}

type Inspected = { id: string; slug: string; version: number; statement: string; updates: (string | null)[] };

/**
 * What the clients were told against what the database holds. Always: every save a
 * client was told committed is in the audit trail, and each claim's version is one more
 * than its number of updates (the save and its audit event commit together). Strict
 * phases: the audit trail holds exactly the committed saves, and the claim shows the last.
 */
async function verify(label: string, install: Install, claims: string[], { tally }: Load, strict: boolean) {
  const rows = await dbTool<Inspected[]>(install, 'inspect', { claimIds: claims });
  let audited = 0;
  for (const row of rows) {
    const saves = tally.committed.filter((s) => s.claimId === row.id);
    audited += row.updates.length;
    check(
      row.version === 1 + row.updates.length,
      `${label}: claim ${row.id} is at v${row.version} after ${row.updates.length} updates`,
    );
    const recorded = new Set(row.updates);
    const lost = saves.filter((s) => !recorded.has(s.statement));
    check(
      lost.length === 0,
      `${label}: ${lost.length} committed saves of claim ${row.id} are lost: ${JSON.stringify(lost.slice(0, 3))}`,
    );
    if (strict) {
      check(
        row.updates.length === saves.length,
        `${label}: claim ${row.id} has ${row.updates.length} audit events for ${saves.length} committed saves`,
      );
      const last = saves.reduce<Save | undefined>((a, s) => (!a || s.version > a.version ? s : a), undefined);
      if (last)
        check(
          row.statement === last.statement && row.version === last.version,
          `${label}: claim ${row.id} does not show its last committed save`,
        );
    }
  }
  const committed = tally.committed.length;
  if (strict)
    check(audited === committed, `${label}: ${audited} claim.update audit events for ${committed} committed saves`);
  else
    check(
      audited >= committed && audited <= committed + tally.unanswered,
      `${label}: ${audited} audit events, ${committed} committed, ${tally.unanswered} unanswered`,
    );
  check(tally.failures.length === 0, `${label}: ${tally.failures.length} requests failed: ${kinds(tally.failures)}`);
  check(committed > 0, `${label}: nothing was saved`);
  report(label, tally, audited);
}

/** The distinct failures, each with how often it came and one example. */
function kinds(failures: string[]) {
  const counts = new Map<string, { n: number; example: string }>();
  for (const failure of failures) {
    const key = failure.replace(/[0-9a-z]{20,}|\d+/g, '#').slice(0, 80);
    const seen = counts.get(key) ?? { n: 0, example: failure };
    seen.n++;
    counts.set(key, seen);
  }
  return [...counts.values()].map(({ n, example }) => `${n} × ${example}`).join('\n  ');
}

function report(label: string, tally: Tally, audited: number) {
  const perClient = Array.from(
    { length: clients },
    (_, c) => tally.committed.filter((s) => s.client === c).length,
  ).sort((a, b) => a - b);
  console.log(
    `${label}: ${tally.committed.length} saves committed (per client min ${perClient[0]}, median ${perClient[clients >> 1]}, max ${perClient.at(-1)}), ` +
      `${tally.conflicts} refused with "changed by NAME at TIME", ${audited} claim.update audit events; ` +
      `${tally.reads} pages read; unanswered ${tally.unanswered}, 503 with a message ${tally.unavailable}, failures ${tally.failures.length}`,
  );
}

async function start(server: Server) {
  if (!started.includes(server)) started.push(server);
  await server.start();
}

async function embedded() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-fault-'));
  const install: Install = {
    label: 'embedded',
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', AUTH_SECRET: authSecret, LOG_LEVEL: 'warn' },
  };
  try {
    console.log(`\n== embedded database, one server, ${clients} reviewers, ${seconds} s per phase`);
    await migrate(install);
    const setup = await dbTool<{ reviewers: string[]; claimSets: string[][] }>(install, 'setup', {
      users: clients,
      claimSets: [claimsPerSet, claimsPerSet],
    });
    const server = new Server('embedded', port, install);
    await start(server);
    const cookies = await Promise.all(setup.reviewers.map((email) => signIn(server.url, email)));

    const steady = await load(cookies, [server], setup.claimSets[0], { strict: true });
    await server.stop(); // the embedded folder has one owner: inspect it with the server stopped
    await verify('embedded, steady load', install, setup.claimSets[0], steady, true);

    await start(server);
    const killed = await load(cookies, [server], setup.claimSets[1], {
      strict: false,
      fault: async () => {
        await sleep((seconds * 1000) / 2);
        await server.kill();
        const down = Date.now();
        await start(server);
        console.log(
          `embedded: SIGKILL mid-load; restarted and healthy after ${((Date.now() - down) / 1000).toFixed(1)} s`,
        );
      },
    });
    await server.stop();
    await verify('embedded, SIGKILL mid-load', install, setup.claimSets[1], killed, false);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function postgres(serverUrl: string) {
  const name = `claim_tracker_fault_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-fault-pg-'));
  const install: Install = {
    label: 'postgresql',
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: url.toString(),
      AUTH_SECRET: authSecret,
      LOG_LEVEL: 'warn',
    },
  };
  try {
    console.log(`\n== PostgreSQL, two servers, ${clients} reviewers, ${seconds} s per phase`);
    await migrate(install);
    const setup = await dbTool<{ reviewers: string[]; editor: Editor; author: string; claimSets: string[][] }>(
      install,
      'setup',
      {
        users: clients,
        claimSets: [claimsPerSet, claimsPerSet, claimsPerSet, 1],
      },
    );
    const a = new Server('A', port + 1, install);
    const b = new Server('B', port + 2, install);
    await Promise.all([start(a), start(b)]);
    await publishedEverywhere(install, a, b, setup.claimSets[3][0], setup.author, setup.editor);

    const cookies = await Promise.all(setup.reviewers.map((email, i) => signIn([a, b][i % 2].url, email)));
    const steady = await load(cookies, [a, b], setup.claimSets[0], { strict: true });
    await verify('postgresql, steady load on two servers', install, setup.claimSets[0], steady, true);

    const killed = await load(cookies, [a, b], setup.claimSets[1], {
      strict: false,
      fault: async () => {
        await sleep((seconds * 1000) / 2);
        await a.kill();
        const down = Date.now();
        await start(a);
        console.log(
          `postgresql: SIGKILL of server A mid-load; restarted and healthy after ${((Date.now() - down) / 1000).toFixed(1)} s`,
        );
      },
    });
    await verify('postgresql, SIGKILL of one server mid-load', install, setup.claimSets[1], killed, false);

    if (args['stop-postgres'] && args['start-postgres']) {
      await admin.end().catch(() => {});
      const stopped = await load(cookies, [a, b], setup.claimSets[2], {
        strict: false,
        fault: () => databaseDown(a, b, cookies[0]),
      });
      await verify('postgresql, database stopped mid-load', install, setup.claimSets[2], stopped, false);
      // The servers kept running: every request had an answer (503 at worst).
      check(
        stopped.tally.unanswered === 0,
        `${stopped.tally.unanswered} requests had no answer while the database was down`,
      );
      for (const s of [a, b]) {
        const after = stopped.tally.committed.filter((c) => c.server === s.name && c.at > recoveredAt);
        check(after.length > 0, `nothing was saved through ${s.name} after PostgreSQL came back`);
      }
    } else {
      console.log('postgresql: database stop skipped (give --stop-postgres and --start-postgres)');
    }
  } finally {
    if (postgresStopped) execSync(args['start-postgres']!, { stdio: 'inherit' });
    await Promise.all([...started].map((s) => s.stop().catch(() => s.process?.kill('SIGKILL'))));
    await admin.end().catch(() => {});
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup
      .connect()
      .then(() => cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
      .catch((error: Error) => console.error(`fault: could not drop ${name}: ${error.message}`))
      .finally(() => cleanup.end().catch(() => {}));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * A publication made outside both servers (the workflow's domain calls and
 * revalidatePublishedClaim, as the workspace's action runs them) shows on both, whose
 * caches had already answered "not published"; then public evidence attached through A's
 * HTTP API to a correction shows on B once a second editor publishes the correction.
 */
type Editor = { id: string; email: string };

async function publishedEverywhere(
  install: Install,
  a: Server,
  b: Server,
  claimId: string,
  author: string,
  editor: Editor,
) {
  const [{ slug }] = await dbTool<Inspected[]>(install, 'inspect', { claimIds: [claimId] });
  const listed = async (s: Server) => {
    const list = (await (await fetch(`${s.url}/api/v1/claims?perPage=100`)).json()) as { data: { slug: string }[] };
    return list.data.some((c) => c.slug === slug);
  };
  for (const s of [a, b]) {
    check((await status(`${s.url}/claims/${slug}`)) === 404, `${s.name}: the claim is public before publication`);
    check(!(await listed(s)), `${s.name}: the API lists the claim before publication`);
  }
  await dbTool(install, 'publish', { claimId, authorId: author, editorId: editor.id });
  // Both servers must show it; issue 15's target is 2 s, measured here and printed (a timed
  // assertion would fail on a loaded machine for reasons that are not the app's: the bench and
  // this log hold the number). The time is when the answer arrived, first render included.
  const publishedAt = Date.now();
  for (const s of [b, a]) {
    await waitFor(
      `${s.name} to show the publication`,
      5_000,
      async () => (await status(`${s.url}/claims/${slug}`)) === 200 && (await listed(s)),
    );
    const ms = Date.now() - publishedAt;
    console.log(
      `postgresql: published outside both servers; claim page and /api/v1/claims on ${s.name} show it after ${ms} ms`,
    );
  }
  // Evidence shown to readers of a published check goes through a correction (two people).
  await dbTool(install, 'prepareCorrection', { claimId, authorId: author });
  const cookie = await signIn(a.url, editor.email);
  const title = `Fault test evidence ${randomBytes(3).toString('hex')}`;
  const form = new FormData();
  form.set('file', new File(['A public note attached during the fault test.\n'], 'note.txt', { type: 'text/plain' }));
  form.set('stance', 'supports');
  form.set('isPublic', 'on');
  form.set('title', title);
  const upload = await fetch(`${a.url}/api/claims/${claimId}/evidence`, {
    method: 'POST',
    headers: { Cookie: cookie, Origin: a.url },
    body: form,
  });
  check(upload.status === 201, `evidence upload through A answered ${upload.status}: ${await upload.text()}`);
  const early = await (await fetch(`${b.url}/claims/${slug}`)).text();
  check(!early.includes(title), 'B shows evidence whose correction is not published yet');
  await dbTool(install, 'publishCorrection', { claimId });
  const correctedAt = Date.now();
  for (const s of [b, a]) {
    await waitFor(`${s.name} to show evidence attached through A`, 5_000, async () => {
      const page = await (await fetch(`${s.url}/claims/${slug}`)).text();
      const api = await (await fetch(`${s.url}/api/v1/claims/${slug}`)).text();
      return page.includes(title) && api.includes(title);
    });
    console.log(
      `postgresql: public evidence attached through A shows on ${s.name} (page and API) ${Date.now() - correctedAt} ms after its correction is published`,
    );
  }
}

/** Stops PostgreSQL under load: 503 with a message everywhere, then recovery without a restart. */
async function databaseDown(a: Server, b: Server, cookie: string) {
  await sleep((seconds * 1000) / 3);
  execSync(args['stop-postgres']!, { stdio: 'inherit' });
  postgresStopped = true;
  const stoppedAt = Date.now();
  for (const s of [a, b]) {
    await waitFor(`${s.name}: health 503`, 10_000, async () => {
      const h = await health(s.url);
      return h.status === 503 && /database/i.test(h.body.reason ?? '');
    });
    // The health route checks for itself; pages follow as soon as a request or the
    // server's poll (every second, at most 3 s) finds the database gone.
    let text = '';
    await waitFor(`${s.name}: public page 503`, 5_000, async () => {
      const page = await fetch(`${s.url}/claims`);
      text = await page.text();
      return page.status === 503;
    });
    check(
      text.includes('Temporarily unavailable') && /database/.test(text),
      `${s.name}: the 503 page does not say why: ${text.slice(0, 300)}`,
    );
    const review = await fetch(`${s.url}/review`, { headers: { Cookie: cookie }, redirect: 'manual' });
    const reviewText = await review.text();
    check(
      review.status === 503 && reviewText.includes('Temporarily unavailable'),
      `${s.name}: review page answered ${review.status} while the database was down`,
    );
    const api = await fetch(`${s.url}/api/v1/claims`);
    const body = (await api.json()) as { message?: string };
    check(
      api.status === 503 && /database/.test(body.message ?? ''),
      `${s.name}: API answered ${api.status} while the database was down`,
    );
    console.log(
      `postgresql: ${s.name} answers 503 "${(await health(s.url)).body.reason}" ${((Date.now() - stoppedAt) / 1000).toFixed(1)} s after the stop`,
    );
  }
  await sleep(2_000);
  execSync(args['start-postgres']!, { stdio: 'inherit' });
  postgresStopped = false;
  const back = Date.now();
  for (const s of [a, b]) {
    await waitFor(`${s.name}: health 200 again`, 20_000, async () => (await health(s.url)).status === 200);
    await waitFor(`${s.name}: public page 200 again`, 10_000, async () => (await status(`${s.url}/claims`)) === 200);
    console.log(
      `postgresql: ${s.name} healthy again ${((Date.now() - back) / 1000).toFixed(1)} s after PostgreSQL restarted, without a restart of its own`,
    );
  }
  recoveredAt = Date.now();
  // Some load after the recovery, so that saves are shown to commit again.
  await sleep(Math.min(5_000, (seconds * 1000) / 3));
}

try {
  if (args.engine !== 'postgresql') await embedded();
  if (args.engine === 'embedded') console.log('\n== PostgreSQL phases not asked for (--engine embedded)');
  else if (args['database-url']) await postgres(args['database-url']);
  else console.log('\n== PostgreSQL phases skipped: no --database-url or TEST_DATABASE_URL');
  console.log('\nfault test: passed');
} catch (error) {
  console.error(`\nfault test: ${(error as Error).message}`, (error as Error).cause ?? '', (error as Error).stack);
  for (const s of started) console.error(`\n--- last output of server ${s.name} ---\n${s.log.slice(-4000)}`);
  process.exitCode = 1;
} finally {
  for (const s of started)
    if (s.process && s.process.exitCode === null && !s.process.signalCode) s.process.kill('SIGKILL');
}
