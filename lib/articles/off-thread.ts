import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions, Proposal } from '@/lib/extraction';
import type { Relay } from '@/lib/extraction/relay';
import type { Task } from './worker';

// The slow steps of an import, claim detection and reading HTML, run in a worker thread so
// that a long or hostile article never holds up the server's other requests
// (docs/decisions/011). Each task gets a fresh worker, stopped if it outlives `timeoutMs`
// or its memory; at most one worker per spare core runs at a time, the rest wait their turn.

export class OffThreadFailed extends Error {}

export type Limits = { timeoutMs: number; memoryMb?: number };

const slots = Math.max(1, os.availableParallelism() - 1);
let running = 0;
const waiting: (() => void)[] = [];

async function turn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

// The built app runs the worker the bundler compiled from worker.ts (it rewrites exactly
// this `new Worker(new URL(…))`). Under tsx and Vitest this module is TypeScript source and
// so is the worker: a small script registers tsx's loader in the new thread first (a loader
// given on the command line does not reach it). NOTE: NEXT_RUNTIME is a constant Next
// builds into the server bundle, not configuration, so it is read here and not in lib/env.ts.
const bundled = process.env.NEXT_RUNTIME === 'nodejs';

function startWorker(workerData: Task, resourceLimits: Worker['resourceLimits']) {
  if (bundled) return new Worker(new URL('./worker.ts', import.meta.url), { workerData, resourceLimits });
  const entry = JSON.stringify(
    pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts')).href,
  );
  const script = `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); });`;
  return new Worker(script, { eval: true, execArgv: [], workerData, resourceLimits });
}

// A worker's old generation, in MB. Under `npm start` the server's --max-old-space-size=256
// (docs/decisions/027) overrides any worker's own limit (seen: 304 MB of heap in a worker
// asked for 512), so the worker is asked for the same here: tests, scripts and the server then
// run detection under one limit, the one the import bench measures.
const WORKER_HEAP_MB = 256;

function runOffThread<T>(task: Task, what: string, { timeoutMs, memoryMb = WORKER_HEAP_MB }: Limits): Promise<T> {
  return turn(
    () =>
      new Promise<T>((resolve, reject) => {
        const worker = startWorker(task, { maxOldGenerationSizeMb: memoryMb });
        let settled = false;
        const settle = (finish: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          finish();
        };
        const fail = (why: string) => settle(() => reject(new OffThreadFailed(`${what} ${why}`)));
        const timer = setTimeout(() => {
          fail(`stopped after ${timeoutMs / 1000} s`);
          void worker.terminate();
        }, timeoutMs);
        worker.once('message', (answer: { result: T } | { error: string }) =>
          'error' in answer ? fail(`failed: ${answer.error}`) : settle(() => resolve(answer.result)),
        );
        worker.once('error', (error) => fail(`failed: ${error.message}`));
        worker.once('exit', (code) => fail(`exited with code ${code}`));
      }),
  );
}

/** The claims detection proposes in a body. */
export function extractClaimsOffThread(body: string, options: ExtractOptions, limits: Limits) {
  return runOffThread<(Proposal & { relay?: Relay })[]>({ kind: 'detect', body, options }, 'claim detection', limits);
}

/** The text of an HTML document, as lib/articles/html.ts reads it. */
export function htmlToTextOffThread(html: string, limits: Limits) {
  return runOffThread<string>({ kind: 'html', html }, 'reading the HTML', limits);
}
