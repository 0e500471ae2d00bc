import 'server-only';
import { db, dbHandle } from '@/lib/db';
import { dataDir, env } from '@/lib/env';
import { log } from '@/lib/log';
import { watchPublicChanges } from '@/lib/publishing/changes';
import { serveControl } from './control';
import { databaseState } from './database-state';
import { onShutdown } from './shutdown';
import { unavailableAnswer, type UnavailableAnswer } from './unavailable';

const UNAVAILABLE = Symbol.for('claim-tracker.unavailable-answer');

const started = globalThis as unknown as { claimTrackerOps?: boolean };

/**
 * Called once at server start (instrumentation.ts): shutdown steps; on PostgreSQL the watch
 * for public changes made by other app servers (which also tells the proxy when the
 * database is down); on the embedded database, which one process owns, the backup socket.
 */
export async function startOperations() {
  if (started.claimTrackerOps) return;
  started.claimTrackerOps = true;
  onShutdown('database', () => dbHandle.close());
  // For scripts/serve.mjs: what to answer instead of a 5xx while the database is down.
  (globalThis as unknown as { [UNAVAILABLE]: (pathname: string) => UnavailableAnswer | undefined })[UNAVAILABLE] = (
    pathname,
  ) => {
    const state = databaseState();
    return state.reachable ? undefined : unavailableAnswer(pathname, state.reason);
  };
  if (env.DATABASE_URL) {
    const stop = watchPublicChanges(db, (reachable) => {
      const state = databaseState();
      if (reachable) log.info('database reachable again');
      else log.error({ reason: state.reachable ? undefined : state.reason }, 'database unreachable: answering 503');
    });
    onShutdown('public change watch', stop);
    return;
  }
  if (!dbHandle.snapshot) return;
  const control = await serveControl(dataDir, dbHandle.snapshot);
  if (control) onShutdown('backup socket', control.close);
}
