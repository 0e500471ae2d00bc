import 'server-only';
import { dbHandle } from '@/lib/db';
import { dataDir, env } from '@/lib/env';
import { serveControl } from './control';
import { onShutdown } from './shutdown';

const started = globalThis as unknown as { claimTrackerOps?: boolean };

/** Called once at server start (instrumentation.ts): shutdown steps and, embedded, the backup socket. */
export async function startOperations() {
  if (started.claimTrackerOps) return;
  started.claimTrackerOps = true;
  onShutdown('database', () => dbHandle.close());
  if (env.DATABASE_URL || !dbHandle.snapshot) return;
  const control = await serveControl(dataDir, dbHandle.snapshot);
  if (control) onShutdown('backup socket', control.close);
}
