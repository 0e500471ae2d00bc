import { sleep } from './cluster';

// Simulated reviewers: each signs in once through the real credentials endpoint, then
// loops: read a claim's version through the staff API, save an edit naming that version.
// A save either commits (200) or is refused because someone saved first (409 with
// "changed by NAME at TIME"); anything else is a failure. In a phase that breaks things on
// purpose two more answers are allowed, and counted: none at all (the server was killed),
// and 503 with a message that names the database (it is down). A 500, or a 503 that does
// not say why, fails every phase.

export const PASSWORD = 'the-fixture-password'; // tests/factories.ts

export type Save = { client: number; claimId: string; version: number; statement: string; server: string; at: number };

export type Tally = {
  committed: Save[];
  conflicts: number;
  /** Unexpected answers: every one fails the test in a strict phase. */
  failures: string[];
  /** No answer (connection refused or reset): the save may or may not have committed. */
  unanswered: number;
  /** 503 with a message naming the database: not committed. */
  unavailable: number;
  /** Pages and public API answers the readers got (200). */
  reads: number;
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
      const readText = await read.text();
      if (read.status !== 200) {
        await unexpected(tally, strict, 'GET', read.status, readText);
        continue;
      }
      const { data } = JSON.parse(readText) as { data: Record<string, string | number> };
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
        await unexpected(tally, strict, 'PUT', save.status, text);
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

// What readers and staff look at while the reviewers save: a public list and a search
// (the search is never cached, so it asks the database), the public API, the review queue.
const pages = ['/claims', '/claims?q=Edit', '/api/v1/claims?q=Edit', '/review'];

/** Loops over `pages` until told to stop; each must answer 200, or 503 with a message in a faulty phase. */
export async function reader({ cookie, server, until, strict, tally }: Omit<Run, 'client' | 'claims'>) {
  for (let n = 0; !until(); n++) {
    const path = pages[n % pages.length];
    try {
      const response = await fetch(`${server().url}${path}`, { headers: { Cookie: cookie }, redirect: 'manual' });
      const text = await response.text();
      if (response.status === 200) tally.reads++;
      else if (!strict && isUnavailablePage(response.status, text)) tally.unavailable++;
      else tally.failures.push(`GET ${path} ${response.status} ${text.slice(0, 300)}`);
      await sleep(100);
    } catch (error) {
      tally.unanswered++;
      if (strict) tally.failures.push(`no answer: ${(error as Error).message}`);
      await sleep(200);
    }
  }
}

async function unexpected(tally: Tally, strict: boolean, method: string, status: number, text: string) {
  if (!strict && isUnavailable(status, text)) {
    tally.unavailable++;
    await sleep(200);
    return;
  }
  tally.failures.push(`${method} ${status} ${text.slice(0, 300)}`);
}

/** The answer while the database is down (lib/ops/unavailable.ts): 503, JSON, a message that says why. */
export function isUnavailable(status: number, text: string) {
  const { message } = parseJson(text) as { message?: unknown };
  return status === 503 && typeof message === 'string' && /database/i.test(message);
}

/** The same for a page: its title and the reason; JSON under /api/. */
function isUnavailablePage(status: number, text: string) {
  return (
    isUnavailable(status, text) ||
    (status === 503 && text.includes('Temporarily unavailable') && /database/i.test(text))
  );
}

export const emptyTally = (): Tally => ({
  committed: [],
  conflicts: 0,
  failures: [],
  unanswered: 0,
  unavailable: 0,
  reads: 0,
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
