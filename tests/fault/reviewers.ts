import { sleep } from './cluster';

// Simulated reviewers: each signs in once through the real credentials endpoint, then
// loops: read a claim's version through the staff API, save an edit naming that version.
// A save either commits (200) or is refused because someone saved first (409 with
// "changed by NAME at TIME"); anything else is a failure, unless the phase is one that
// breaks things on purpose, where errors and 503s are counted instead.

export const PASSWORD = 'the-fixture-password'; // tests/factories.ts

export type Save = { client: number; claimId: string; version: number; statement: string; server: string; at: number };

export type Tally = {
  committed: Save[];
  conflicts: number;
  /** Unexpected answers: every one fails the test in a strict phase. */
  failures: string[];
  /** No answer (connection refused or reset): the save may or may not have committed. */
  unanswered: number;
  /** 503 "database unavailable": not committed. */
  unavailable: number;
  /** Other 5xx while a fault is under way (before the server noticed the database was gone). */
  serverErrors: number;
};

export const CONFLICT = /changed by .+ at \d{1,2} \w{3} \d{4} at \d{2}:\d{2}/;

export async function signIn(url: string, email: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookies.join('; ') },
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken, callbackUrl: '/review' }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('authjs.session-token='));
  if (!session) throw new Error(`sign-in of ${email} failed: ${response.status} ${response.headers.get('location')}`);
  return session.split(';')[0];
}

type Run = {
  client: number;
  cookie: string;
  /** The server this reviewer talks to; a function, so a phase can move it. */
  server: () => { name: string; url: string };
  claims: string[];
  until: () => boolean;
  strict: boolean;
  tally: Tally;
};

export async function reviewer({ client, cookie, server, claims, until, strict, tally }: Run) {
  let n = 0;
  while (!until()) {
    const claimId = claims[(client + n) % claims.length];
    const { name, url } = server();
    n++;
    try {
      const read = await fetch(`${url}/api/claims/${claimId}`, { headers: { Cookie: cookie } });
      if (read.status !== 200) {
        await unexpected(tally, strict, `GET ${read.status} ${(await read.text()).slice(0, 200)}`, read.status);
        continue;
      }
      const { data } = (await read.json()) as { data: Record<string, string | number> };
      const statement = `Edit ${n} by reviewer ${client} (read v${data.version})`;
      const save = await fetch(`${url}/api/claims/${claimId}`, {
        method: 'PUT',
        headers: { Cookie: cookie, 'Content-Type': 'application/json', Origin: url },
        body: JSON.stringify({
          version: data.version,
          statement,
          kind: data.kind,
          claimantId: data.claimantId,
          attribution: data.attribution ?? '',
          internalNotes: `Saved by reviewer ${client}`,
        }),
      });
      const text = await save.text();
      const body = parseJson(text) as { data?: { version: number }; message?: string };
      if (save.status === 200 && body.data) {
        tally.committed.push({ client, claimId, version: body.data.version, statement, server: name, at: Date.now() });
      } else if (save.status === 409 && CONFLICT.test(body.message ?? '')) {
        tally.conflicts++;
      } else {
        await unexpected(tally, strict, `PUT ${save.status} ${text.slice(0, 300)}`, save.status);
      }
      // A moment's thought between saves; without it the last winner reads first and wins again.
      await sleep(Math.random() * 50);
    } catch (error) {
      tally.unanswered++;
      if (strict) tally.failures.push(`no answer: ${(error as Error).message}`);
      await sleep(200);
    }
  }
}

async function unexpected(tally: Tally, strict: boolean, what: string, status: number) {
  if (status >= 500 && !strict) {
    if (status === 503) tally.unavailable++;
    else tally.serverErrors++;
    await sleep(200);
    return;
  }
  tally.failures.push(what);
}

export const emptyTally = (): Tally => ({
  committed: [],
  conflicts: 0,
  failures: [],
  unanswered: 0,
  unavailable: 0,
  serverErrors: 0,
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
