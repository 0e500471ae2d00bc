import { parentPort, workerData } from 'node:worker_threads';
import { extractClaims } from './extract';
import type { ExtractOptions } from './types';

// The body of a detection worker (off-thread.ts): one article in, its proposals out.

const { body, options } = workerData as { body: string; options: ExtractOptions };
parentPort!.postMessage(extractClaims(body, options));
