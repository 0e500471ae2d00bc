// What the app must do before its process exits: close the backup socket, then the
// database (which releases the embedded database's lock). The app registers the steps at
// start (instrumentation.ts); the server (scripts/serve.mjs) runs them once it has stopped
// taking requests and finished those in flight. The list lives on globalThis under a
// registered symbol because the server and the app's bundle load separate module copies.

export const SHUTDOWN_HOOKS = Symbol.for('claim-tracker.shutdown-hooks');

/** scripts/serve.mjs runs `run()` of each, in reverse order, logging and counting failures. */
type Hook = { name: string; run: () => Promise<void> | void };
const registry = globalThis as unknown as { [SHUTDOWN_HOOKS]?: Hook[] };

/** Adds a step; steps run in reverse order of registration (last opened, first closed). */
export function onShutdown(name: string, run: Hook['run']) {
  (registry[SHUTDOWN_HOOKS] ??= []).push({ name, run });
}
