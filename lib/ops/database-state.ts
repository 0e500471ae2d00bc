// Whether this server can reach its database, as the background watch last saw it
// (lib/publishing/changes.ts, PostgreSQL only). proxy.ts answers 503 while it is down, so
// readers and staff get a page that says so instead of a 500, and the next successful
// poll lifts it without a restart. Kept on globalThis under a registered symbol: proxy.ts
// and the app's pages are separate bundles in the same process. No imports: the proxy
// must not load the database client.

const STATE = Symbol.for('claim-tracker.database-state');

export type DatabaseState = { reachable: true } | { reachable: false; reason: string; since: number };

const registry = globalThis as unknown as { [STATE]?: DatabaseState };

export function databaseState(): DatabaseState {
  return registry[STATE] ?? { reachable: true };
}

export function setDatabaseState(state: DatabaseState) {
  registry[STATE] = state;
}
