import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions, Proposal } from './types';

// Claim detection in a worker thread, so that reading a long article never holds up the
// server's other requests (docs/decisions/008). Each article gets a fresh worker, stopped
// if it outlives `timeoutMs` or its memory limit; at most one worker per spare core runs
// at a time, the rest wait their turn.

export class DetectionFailed extends Error {}

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

function startWorker(workerData: unknown, resourceLimits: { maxOldGenerationSizeMb: number }) {
  if (bundled) return new Worker(new URL('./worker.ts', import.meta.url), { workerData, resourceLimits });
  const entry = JSON.stringify(
    pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts')).href,
  );
  const script = `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); });`;
  return new Worker(script, { eval: true, execArgv: [], workerData, resourceLimits });
}

export function extractClaimsOffThread(
  body: string,
  options: ExtractOptions,
  { timeoutMs, memoryMb = 512 }: { timeoutMs: number; memoryMb?: number },
): Promise<Proposal[]> {
  return turn(
    () =>
      new Promise<Proposal[]>((resolve, reject) => {
        const worker = startWorker({ body, options }, { maxOldGenerationSizeMb: memoryMb });
        let settled = false;
        const settle = (finish: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          finish();
        };
        const timer = setTimeout(() => {
          settle(() => reject(new DetectionFailed(`claim detection stopped after ${timeoutMs / 1000} s`)));
          void worker.terminate();
        }, timeoutMs);
        worker.once('message', (proposals: Proposal[]) => settle(() => resolve(proposals)));
        worker.once('error', (error) =>
          settle(() => reject(new DetectionFailed(`claim detection failed: ${error.message}`))),
        );
        worker.once('exit', (code) =>
          settle(() => reject(new DetectionFailed(`claim detection exited with code ${code}`))),
        );
      }),
  );
}
