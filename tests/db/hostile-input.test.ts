import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { createClaim, createComparison, createFigure, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// The hostile-input sweep (issue 13). Every server action ('use server' files under app/)
// and every route handler (app/**/route.ts) is found by reading the source tree, then sent
// hostile values as each role and signed out. Each call must end in a refusal a person
// sees (a form message, a 4xx, a redirect to sign in) or a success that stored nothing
// hostile: never a thrown error (a 500) and, when refused, never a row written.
//
// The actions run here as functions, with Next's request APIs replaced by the small fakes
// below and the session by whoever `as` names; route handlers get real Request objects.

const session = vi.hoisted(() => {
  // Sign-in code signs its tokens; the app reads the secret once, at start.
  process.env.AUTH_SECRET ??= 'hostile-input-sweep-secret-of-forty-characters';
  return { userId: null as string | null };
});
const reads = vi.hoisted(() => ({ keys: new Set<string>() }));

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'localhost:3000', 'x-pathname': '/review' }),
  cookies: async () => {
    const jar = new Map<string, string>();
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      has: (name: string) => jar.has(name),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string) => void jar.delete(name),
    };
  },
  draftMode: async () => ({ isEnabled: false }),
}));
vi.mock('next/cache', () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
  unstable_cache:
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A) =>
      fn(...args),
  unstable_noStore: () => {},
}));
vi.mock('next/navigation', async (importOriginal) => {
  const interrupt = (digest: string) => () => {
    throw Object.assign(new Error(digest), { digest });
  };
  return {
    ...(await importOriginal<object>()),
    redirect: (url: string) => interrupt(`NEXT_REDIRECT;replace;${url};307;`)(),
    permanentRedirect: (url: string) => interrupt(`NEXT_REDIRECT;replace;${url};308;`)(),
    notFound: interrupt('NEXT_HTTP_ERROR_FALLBACK;404'),
    forbidden: interrupt('NEXT_HTTP_ERROR_FALLBACK;403'),
    unauthorized: interrupt('NEXT_HTTP_ERROR_FALLBACK;401'),
  };
});
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  connection: async () => {},
  after: () => {},
}));
vi.mock('@/lib/auth/config', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  // A session token of the user `session.userId` names, current whatever the sweep did
  // before (a sign-out or a role change in an earlier call ends the older ones).
  auth: async () => {
    if (!session.userId) return null;
    const { db } = await import('@/lib/db');
    const user = await db.user.findUnique({ where: { id: session.userId } });
    const epoch = (user as { sessionEpoch?: number } | null)?.sessionEpoch;
    return {
      user: { id: session.userId },
      sessionEpoch: epoch,
      signedInAt: Date.now(),
      expires: new Date(Date.now() + 3600e3).toISOString(),
    };
  },
}));
// Records which form fields an action reads, so each can be sent hostile on its own.
vi.mock('@/lib/actions/form-state', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/actions/form-state')>();
  return {
    ...original,
    formValues: (formData: FormData, omit?: string[]) =>
      new Proxy(original.formValues(formData, omit), {
        get(target, key, receiver) {
          if (typeof key === 'string') reads.keys.add(key);
          return Reflect.get(target, key, receiver);
        },
      }),
  };
});

// ---------------------------------------------------------------------------------------
// Discovery

const appDir = path.resolve('app');
const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
const sources = walk(appDir).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
const relative = (file: string) => path.relative(process.cwd(), file);

/** Files whose first statement is 'use server': each export is an action any browser can call. */
const actionFiles = sources.filter((s) => /^\s*(?:\/\/[^\n]*\n\s*)*['"]use server['"]/.test(s.text));
/** Route handlers, with the names of their dynamic segments. */
const routeFiles = sources
  .filter((s) => path.basename(s.file) === 'route.ts')
  .map((s) => ({
    ...s,
    route:
      path
        .dirname(relative(s.file))
        .replace(/^app/, '')
        .replace(/\/\([^)]+\)/g, '') || '/',
    params: [...path.dirname(s.file).matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]!),
    catchAll: [...path.dirname(s.file).matchAll(/\[\.\.\.(\w+)\]/g)].map((m) => m[1]!),
  }));
const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

// ---------------------------------------------------------------------------------------
// The hostile values

const MB = 1 << 20;
const MARK = 'HOSTILE7f3';
/** Strings no field may store or choke on. Each carries MARK, to find it if it was stored. */
const poison = [
  `a\u0000${MARK}`,
  `\ud800${MARK}`,
  `${MARK}\udc00`,
  `${MARK}${'x'.repeat(MB + 1)}`,
  `${MARK} ${'\u202e'.repeat(10)}\u0000`,
];
/** Values that are fine in some fields and wrong in others. */
const odd = [
  '',
  '   ',
  '-1',
  '2147483648',
  '3000000000',
  '1e309',
  'NaN',
  '1.5',
  '-200000-01-01',
  '+275760-09-13T00:00:00Z',
  '__proto__',
  'constructor',
  'toString',
  'new',
  'javascript:alert(1)',
];
const hostile = [...poison, ...odd];
/** Keys no form has, sent along with every form. */
const strangeKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'figures.4294967294.keep',
  'figures.99999999.min',
  '$ACTION_ID_x',
];

/** JSON bodies: wrong types where strings, numbers and objects go. */
const jsonHostile: unknown[] = [
  ...poison,
  3_000_000_000,
  -1,
  1e308,
  -0,
  1.5,
  null,
  true,
  [],
  ['a', 'b'],
  {},
  { __proto__: { isAdmin: true } },
  '-200000-01-01T00:00:00Z',
];

// ---------------------------------------------------------------------------------------
// A world to act on, and what counts as a change to it

type Who = 'anonymous' | Role | 'disabled';
const roles: Who[] = ['anonymous', 'reviewer', 'editor', 'admin', 'disabled'];
type World = { users: Record<Who, string | null>; valid: Record<string, string> };

async function makeWorld(): Promise<World> {
  await resetDb();
  const users: Record<Who, string | null> = {
    anonymous: null,
    reviewer: (await createUser('reviewer')).id,
    editor: (await createUser('editor')).id,
    admin: (await createUser('admin')).id,
    disabled: (await createUser('admin', { disabled: true })).id,
  };
  const target = await createUser('reviewer');
  const figure = await createFigure();
  const claim = await db.claim.findUniqueOrThrow({ where: { id: figure.claimId }, include: { article: true } });
  const other = await createClaim();
  const evidence = await db.evidence.create({
    data: { claimId: claim.id, type: 'note', stance: 'context', note: 'n' },
  });
  const comparison = await createComparison();
  const spare = await createFigure();
  const report = await db.readerReport.create({ data: { page: '/', message: 'A reader says the count is wrong.' } });
  // A valid value for every field any action or route reads: the baseline that one hostile
  // field at a time replaces. A field missing here fails the sweep (see below).
  const valid: Record<string, string> = {
    claimId: claim.id,
    articleId: claim.articleId,
    comparisonId: comparison.id,
    figureId: spare.id,
    evidenceId: evidence.id,
    userId: target.id,
    assigneeId: target.id,
    partOfId: '',
    claimantId: '',
    version: '1',
    statement: 'Twelve people were killed',
    kind: 'casualty',
    attribution: 'said',
    internalNotes: 'notes',
    explanation: 'why',
    newClaimantName: 'A new source',
    newClaimantKind: 'journalist',
    verdictKey: 'false',
    reason: 'a reason',
    publicNote: 'a public note',
    body: 'A comment or an article body with 3 people killed.',
    url: 'https://example.org/a',
    archiveUrl: 'https://web.archive.org/a',
    title: 'A title',
    publisher: 'A publisher',
    publishedAt: '2024-01-02',
    accessedAt: '2024-01-02',
    stance: 'supports',
    isPublic: '',
    note: 'A note',
    outcome: 'killed',
    victimGroup: 'people',
    min: '3',
    max: '',
    qualifier: 'at least',
    place: 'Aleppo',
    periodText: 'on Monday',
    periodStart: '2024-01-01',
    periodEnd: '2024-01-02',
    cause: 'shelling',
    partOf: '',
    start: String(claim.article.body.indexOf('Officials')),
    end: String(claim.article.body.indexOf('Officials') + 9),
    question: 'How many were killed?',
    reviewerReading: 'consistent',
    reviewerNote: 'Both can be true.',
    direction: 'up',
    op: 'up',
    move: 'submit',
    // The review desk: a claim selected in the queue (id:version), a bulk operation, a view.
    claim: `${claim.id}:1`,
    operation: 'submit',
    view: 'unassigned',
    intent: 'role',
    role: 'editor',
    setup: 'link',
    email: 'new-person@example.org',
    name: 'New Person',
    password: 'a-long-enough-password',
    currentPassword: 'the-fixture-password',
    newPassword: 'another-long-password',
    token: 'x'.repeat(40),
    callbackUrl: '/review',
    disabled: 'true',
    file: '',
    'figures.0.keep': 'on',
    'figures.0.outcome': 'killed',
    'figures.0.victimGroup': 'people',
    'figures.0.min': '3',
    'figures.0.max': '',
    'figures.0.qualifier': 'at least',
    // Issue 17: an appearance's relayed source (optional); issue 18: a reader's report and the check it is linked to.
    citesSourceId: '',
    reportId: report.id,
    target: claim.slug,
  };
  void other;
  return { users, valid };
}

type Snapshot = Record<string, number>;
let countSql: string | undefined;
let markSql: string | undefined;

/** The row count of every table, in one query. */
async function snapshot(): Promise<Snapshot> {
  if (!countSql) {
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    // Sign-in failures are audited by design (session.*): everything else counts.
    const where = (name: string) => (name === 'AuditEvent' ? ` WHERE action NOT LIKE 'session.%'` : '');
    countSql = `SELECT ${tables
      .map((t) => `(SELECT count(*) FROM "${t.name}"${where(t.name)})::int AS "${t.name}"`)
      .join(', ')}`;
  }
  const [row] = await db.$queryRawUnsafe<Snapshot[]>(countSql);
  return row!;
}

/** Text columns of every table that hold MARK: a hostile value that was stored. */
async function storedMarks(): Promise<string[]> {
  if (!markSql) {
    const columns = await db.$queryRawUnsafe<{ t: string; c: string }[]>(
      `SELECT table_name AS t, column_name AS c FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
    );
    markSql = columns
      .map(({ t, c }) => `SELECT '${t}.${c}' AS at FROM "${t}" WHERE "${c}"::text LIKE '%${MARK}%'`)
      .join(' UNION ALL ');
  }
  return (await db.$queryRawUnsafe<{ at: string }[]>(markSql)).map((r) => r.at);
}

// ---------------------------------------------------------------------------------------
// Calling an action or a handler, and judging the outcome

type Outcome = { kind: 'refused' | 'ok' | 'crash'; detail: string };

/** Next's interrupts (redirect, notFound, forbidden) are answers, not crashes. */
const isInterrupt = (error: unknown) =>
  typeof (error as { digest?: unknown })?.digest === 'string' &&
  /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK)/.test((error as { digest: string }).digest);

/** A redirect to sign in, a 404 or a 403 is a refusal; any other redirect follows a success. */
const interrupted = ({ digest }: { digest: string }): Outcome => ({
  kind: /^NEXT_HTTP_ERROR_FALLBACK|callbackUrl=/.test(digest) ? 'refused' : 'ok',
  detail: digest,
});

const describeError = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error).slice(0, 300);

type Action = (...args: unknown[]) => Promise<unknown>;

/** FormData whose reads are recorded (some actions read fields one by one). */
class RecordingFormData extends FormData {
  override get(name: string) {
    reads.keys.add(name);
    return super.get(name);
  }
  override getAll(name: string) {
    reads.keys.add(name);
    return super.getAll(name);
  }
}

function form(fields: Record<string, string | File | string[]>) {
  const data = new RecordingFormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

async function callAction(action: Action, fields: Record<string, string | File | string[]>): Promise<Outcome> {
  const data = form(fields);
  try {
    const result = (await (action.length >= 2 ? action({ status: 'idle' }, data) : action(data))) as
      { status?: string; message?: string } | undefined;
    if (result?.status === 'error') return { kind: 'refused', detail: result.message ?? '' };
    return { kind: 'ok', detail: result?.message ?? '' };
  } catch (error) {
    if (isInterrupt(error)) return interrupted(error as { digest: string });
    // An AppError that escaped the action would still reach the user as a 500.
    return {
      kind: 'crash',
      detail: describeError(error) + (isAppError(error) ? ' (AppError not turned into a message)' : ''),
    };
  }
}

type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

async function callRoute(
  handler: Handler,
  method: string,
  url: string,
  params: Record<string, unknown>,
  body?: BodyInit | null,
  headers: Record<string, string> = {},
): Promise<Outcome> {
  const request = new Request(new URL(url, 'http://localhost:3000'), {
    method,
    body: method === 'GET' || method === 'HEAD' ? null : body,
    headers: { origin: 'http://localhost:3000', host: 'localhost:3000', ...headers },
    duplex: 'half',
  } as RequestInit);
  try {
    const { NextRequest } = await import('next/server');
    const response = await handler(new NextRequest(request), { params: Promise.resolve(params) });
    await response.arrayBuffer().catch(() => undefined);
    if (response.status >= 500) return { kind: 'crash', detail: `status ${response.status}` };
    return { kind: response.status >= 400 ? 'refused' : 'ok', detail: `status ${response.status}` };
  } catch (error) {
    if (isInterrupt(error)) return interrupted(error as { digest: string });
    return { kind: 'crash', detail: describeError(error) };
  }
}

const show = (value: unknown) => {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…(${s.length})` : s);
};

/**
 * Runs one hostile call and checks it: no crash; a refusal changed no row count; a success
 * stored no hostile mark. Returns a line for each broken rule.
 */
/** Many calls break the same way: the first few of each action and rule are enough to read. */
function summary(problems: string[]) {
  const seen = new Map<string, number>();
  const shown: string[] = [];
  for (const p of problems) {
    const key = p.replace(/ (as|with|:) .*?(crashed|refused|stored)/, ' … $2').replace(/\(.*$/, '');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= 2) shown.push(p);
  }
  return shown;
}

async function judge(
  label: string,
  call: () => Promise<Outcome>,
  before: Snapshot,
  markIsHostile = true,
): Promise<string[]> {
  const marksBefore = markIsHostile ? await storedMarks() : [];
  const outcome = await call();
  if (outcome.kind === 'crash') return [`${label}: crashed (${outcome.detail})`];
  const after = await snapshot();
  if (outcome.kind === 'refused') {
    const changed = Object.keys(after).filter((t) => after[t] !== before[t] && !bookkeeping.has(t));
    return changed.length ? [`${label}: refused (${outcome.detail}) but wrote rows in ${changed.join(', ')}`] : [];
  }
  if (!markIsHostile) return [];
  const marks = await storedMarks();
  const added = [...new Set(marks)].filter(
    (at) => marks.filter((m) => m === at).length > marksBefore.filter((m) => m === at).length,
  );
  return added.length ? [`${label}: stored a hostile value in ${added.join(', ')}`] : [];
}

/** Sign-in bookkeeping that a refused sign-in writes by design (failures are throttled and audited). */
const bookkeeping = new Set(['LoginThrottle']);

// ---------------------------------------------------------------------------------------

describe('hostile-input sweep', () => {
  const actions: { name: string; fn: Action }[] = [];
  const handlers: { name: string; method: string; fn: Handler; route: (typeof routeFiles)[number] }[] = [];

  beforeAll(async () => {
    // Auth.js logs every refused sign-in on the console; the sweep makes thousands.
    const error = console.error.bind(console);
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('[auth]')) error(...args);
    });
    for (const s of actionFiles) {
      const mod = (await import(s.file)) as Record<string, unknown>;
      for (const [name, fn] of Object.entries(mod)) {
        if (typeof fn === 'function') actions.push({ name: `${relative(s.file)}#${name}`, fn: fn as Action });
      }
    }
    for (const r of routeFiles) {
      const mod = (await import(r.file)) as Record<string, unknown>;
      for (const method of methods) {
        if (typeof mod[method] === 'function') {
          handlers.push({ name: `${method} ${r.route}`, method, fn: mod[method] as Handler, route: r });
        }
      }
    }
  });

  it('finds the actions and route handlers, and no inline action it cannot reach', () => {
    expect(actionFiles.length).toBeGreaterThan(5);
    expect(routeFiles.length).toBeGreaterThan(5);
    expect(actions.length).toBeGreaterThan(20);
    // An action declared inside a component is an endpoint too; keep them in action files.
    const inline = sources.filter((s) => !actionFiles.includes(s) && /['"]use server['"]/.test(s.text));
    expect(inline.map((s) => relative(s.file))).toEqual([]);
  });

  it('signs each role in for real (the fake session reaches the app as that user)', async () => {
    const world = await makeWorld();
    const { getCurrentUser } = await import('@/lib/auth/session');
    for (const who of ['reviewer', 'editor', 'admin'] as const) {
      session.userId = world.users[who];
      // React's cache() keeps one answer per request; outside one it asks each time.
      expect((await getCurrentUser())?.role).toBe(who);
    }
    session.userId = null;
  });

  it('comparison figure actions refuse an operation that is not one of theirs (finding 9)', async () => {
    const world = await makeWorld();
    session.userId = world.users.editor;
    const { memberAction } = await import('@/app/review/comparisons/actions');
    for (const op of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const before = await snapshot();
      expect(await callAction(memberAction as Action, { ...world.valid, op })).toEqual({
        kind: 'refused',
        detail: 'Choose to move the figure up or down, or remove it.',
      });
      expect(await snapshot()).toEqual(before);
    }
    session.userId = null;
  });

  it('every action, as each role and signed out, refuses forms whose every field is hostile', async () => {
    const world = await makeWorld();
    const problems: string[] = [];
    const all = (value: string | File | string[]) => {
      const fields: Record<string, string | File | string[]> = {};
      for (const key of [...Object.keys(world.valid), ...strangeKeys]) fields[key] = value;
      return fields;
    };
    const cases: [string, Record<string, string | File | string[]>][] = [
      ...poison.map((v) => [show(v), all(v)] as [string, Record<string, string | File | string[]>]),
      ['a file in every field', all(new File([`${MARK}\u0000`], 'x.txt'))],
      ['two values in every field', all([`a\u0000${MARK}`, 'b'])],
    ];
    for (const who of roles) {
      session.userId = world.users[who];
      for (const { name, fn } of actions) {
        for (const [label, fields] of cases) {
          const before = await snapshot();
          problems.push(...(await judge(`${name} as ${who} with ${label}`, () => callAction(fn, fields), before)));
        }
      }
    }
    session.userId = null;
    expect(summary(problems)).toEqual([]);
  }, 600_000);

  it('every action, as an admin, survives each hostile value in each field it reads, the others valid', async () => {
    const problems: string[] = [];
    const missing = new Set<string>();
    for (const { name, fn } of actions) {
      // Which fields does it read? Ask it once with a valid form on a fresh world.
      let world = await makeWorld();
      session.userId = world.users.admin;
      reads.keys.clear();
      await callAction(fn, world.valid);
      const fields = [...reads.keys].filter((k) => !k.startsWith('$'));
      for (const field of fields) if (!(field in world.valid)) missing.add(`${field} (read by ${name})`);

      world = await makeWorld();
      session.userId = world.users.admin;
      for (const field of fields.filter((f) => f in world.valid)) {
        for (const value of [
          ...hostile,
          new File(['a\u0000b\ud800'], 'x.txt'),
          [world.valid[field]!, `a\u0000${MARK}`],
        ]) {
          const before = await snapshot();
          const label = `${name} as admin with ${field}=${show(value instanceof File ? '<file>' : value)}`;
          problems.push(
            ...(await judge(
              label,
              () => callAction(fn, { ...world.valid, [field]: value as string, ...strangeFields }),
              before,
              // A form carries text as well-formed Unicode: a lone surrogate arrives as U+FFFD, harmless.
              typeof value === 'string' && value.includes(MARK) && value.isWellFormed(),
            )),
          );
        }
      }
    }
    session.userId = null;
    expect(summary(problems)).toEqual([]);
    expect([...missing], 'give each field a valid value in makeWorld()').toEqual([]);
  }, 1_800_000);

  it('every route handler, as each role and signed out, answers hostile addresses and bodies with a 4xx', async () => {
    const world = await makeWorld();
    const problems: string[] = [];
    const validParam = (name: string) =>
      ({ id: world.valid.claimId, slug: 'no-such-slug', nextauth: ['session'] })[name] ?? 'x';
    for (const who of roles) {
      session.userId = world.users[who];
      for (const { name, method, fn, route } of handlers) {
        const paramsWith = (value: unknown) =>
          Object.fromEntries(route.params.map((p) => [p, route.catchAll.includes(p) ? [value] : value]));
        const validParams = Object.fromEntries(route.params.map((p) => [p, validParam(p)]));
        const url = (query = '') => `${route.route.replace(/\[(?:\.\.\.)?(\w+)\]/g, 'x')}${query}`;
        const calls: [string, () => Promise<Outcome>][] = [];
        for (const value of [...poison, ...odd]) {
          if (route.params.length)
            calls.push([`param ${show(value)}`, () => callRoute(fn, method, url(), paramsWith(value))]);
          const query = `?${new URLSearchParams(
            [...Object.keys(world.valid), ...queryKeys].map((k) => [k, value.slice(0, 4096)]),
          )}`;
          calls.push([`query ${show(value)}`, () => callRoute(fn, method, url(query), validParams)]);
        }
        for (const raw of ['%00', '%ED%A0%80', '%C0%80', '%ZZ', '%', '%E2%80%AE%00']) {
          const query = `?${[...Object.keys(world.valid), ...queryKeys].map((k) => `${k}=${raw}`).join('&')}`;
          calls.push([`raw query ${raw}`, () => callRoute(fn, method, url(query), validParams)]);
        }
        if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) {
          for (const value of jsonHostile) {
            const body = JSON.stringify(Object.fromEntries(Object.keys(world.valid).map((k) => [k, value])));
            calls.push([
              `JSON body of ${show(value)}`,
              () => callRoute(fn, method, url(), validParams, body, { 'content-type': 'application/json' }),
            ]);
          }
          for (const value of poison) {
            const data = form({
              ...Object.fromEntries(Object.keys(world.valid).map((k) => [k, value])),
              file: new File([value], 'x.txt'),
            });
            calls.push([`form body of ${show(value)}`, () => callRoute(fn, method, url(), validParams, data)]);
          }
          const raw: [string, BodyInit, Record<string, string>][] = [
            ['malformed JSON', '{"statement": ', { 'content-type': 'application/json' }],
            ['a JSON array', '[1,2,3]', { 'content-type': 'application/json' }],
            [
              'JSON with a prototype key',
              '{"__proto__": {"role": "admin"}, "constructor": {"prototype": 1}}',
              { 'content-type': 'application/json' },
            ],
            ['a form that is not one', '--x\r\nbroken', { 'content-type': 'multipart/form-data; boundary=x' }],
            ['no content type', 'statement=x', {}],
            [
              'a 2 MB JSON string',
              JSON.stringify({ statement: 'x'.repeat(2 * MB) }),
              { 'content-type': 'application/json' },
            ],
          ];
          for (const [label, body, headers] of raw)
            calls.push([label, () => callRoute(fn, method, url(), validParams, body, headers)]);
        }
        for (const [label, call] of calls) {
          const before = await snapshot();
          problems.push(...(await judge(`${name} as ${who}: ${label}`, call, before)));
        }
      }
    }
    session.userId = null;
    expect(summary(problems)).toEqual([]);
  }, 1_800_000);
});

/** Query parameters the public and staff pages read, besides form field names. */
const queryKeys = [
  'q',
  'page',
  'perPage',
  'verdict',
  'claimant',
  'kind',
  'view',
  'sort',
  'notice',
  'article',
  'assignee',
];

/** Unknown and prototype keys sent along with every valid form. */
const strangeFields = Object.fromEntries(strangeKeys.filter((k) => !k.startsWith('figures.')).map((k) => [k, 'x']));
