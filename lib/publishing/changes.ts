import 'server-only';
import type { Db } from '@/lib/db/client';
import { setDatabaseState, databaseState } from '@/lib/ops/database-state';
import { isUnreachable, unreachableReason } from '@/lib/ops/unreachable';

// Several app servers on one PostgreSQL each keep their own cache of public data, and
// Next.js drops a cache entry only in the process that calls revalidateTag. So every change
// readers can see is written down as a PublicChange row, each server polls the table, and
// the count and newest id of its rows become part of every public cache key
// (lib/publishing/cache.ts): when another server publishes, the next request here misses
// the cache and reads the new data. Why not call revalidateTag from the poll: see
// docs/decisions/007-public-changes-across-servers.md.

// The generation is what the last poll saw (PostgreSQL only) and how many changes this
// process made itself, which moves it at once here and on the embedded database. Kept on
// globalThis under a registered symbol: the app's bundles and the whole-page store of
// scripts/serve.mjs (lib/publishing/whole-pages.mjs) read it in the same process.
const GENERATION = Symbol.for('claim-tracker.public-generation');
const POLLED = Symbol.for('claim-tracker.public-generation-polled');
const MADE_HERE = Symbol.for('claim-tracker.public-changes-made-here');
const registry = globalThis as unknown as { [GENERATION]?: string; [POLLED]?: string; [MADE_HERE]?: number };

/** Part of every public cache key: '0' until the first poll or change. */
export function publicGeneration(): string {
  return registry[GENERATION] ?? '0';
}

function setGeneration({ polled = registry[POLLED], madeHere = registry[MADE_HERE] }) {
  registry[POLLED] = polled;
  registry[MADE_HERE] = madeHere;
  registry[GENERATION] = `${polled ?? 0}+${madeHere ?? 0}`;
}

/** Written by the caller right after the change commits, so a reader of the row sees the change. */
export async function recordPublicChange(db: Db, entity: 'claim' | 'comparison' | 'page', slug: string) {
  await db.publicChange.create({ data: { entity, slug } });
  setGeneration({ madeHere: (registry[MADE_HERE] ?? 0) + 1 });
}

export const POLL_MS = 1_000;
export const POLL_TIMEOUT_MS = 3_000;

/**
 * Polls once: count and max id change whenever a row commits, even when ids commit out of
 * order (a sequence hands them out before commit). Also tells the proxy whether the
 * database answers.
 */
export async function pollPublicChanges(db: Db, timeoutMs = POLL_TIMEOUT_MS) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'timeout' })), timeoutMs);
  });
  try {
    const [row] = await Promise.race([
      db.$queryRaw<{ n: number; last: number }[]>`
        SELECT count(*)::int AS n, coalesce(max(id), 0)::int AS last FROM "PublicChange"`,
      timeout,
    ]);
    setGeneration({ polled: `${row.n}.${row.last}` });
    setDatabaseState({ reachable: true });
  } catch (error) {
    const reason =
      (error as { code?: string })?.code === 'timeout'
        ? `The database did not answer within ${timeoutMs / 1000} s.`
        : unreachableReason(error);
    const state = databaseState();
    setDatabaseState({ reachable: false, reason, since: state.reachable ? Date.now() : state.since });
  } finally {
    clearTimeout(timer);
  }
}

let watching = false;

/**
 * A request just failed because the database is unreachable: answer 503 from now on
 * rather than wait for the next poll, which lifts it again once the database answers.
 * Only while the watch runs, so the state can never stick.
 */
export function noteRequestError(error: unknown) {
  if (!watching || !isUnreachable(error) || !databaseState().reachable) return;
  setDatabaseState({ reachable: false, reason: unreachableReason(error), since: Date.now() });
}

/** Polls every POLL_MS until stopped; a poll still waiting skips the next tick instead of piling up. */
export function watchPublicChanges(db: Db, onChange?: (reachable: boolean) => void) {
  let busy = false;
  let stopped = false;
  let reported = databaseState().reachable;
  watching = true;
  const tick = async () => {
    if (busy || stopped) return;
    busy = true;
    await pollPublicChanges(db);
    const reachable = databaseState().reachable;
    if (reachable !== reported) onChange?.((reported = reachable));
    busy = false;
  };
  void tick();
  const timer = setInterval(() => void tick(), POLL_MS);
  timer.unref();
  return () => {
    stopped = true;
    watching = false;
    clearInterval(timer);
  };
}
