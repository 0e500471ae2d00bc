import { parentPort, workerData } from 'node:worker_threads';
import { extractClaims } from '@/lib/extraction/extract';
import { detectRelay } from '@/lib/extraction/relay';
import type { ExtractOptions } from '@/lib/extraction/types';
import { htmlToText } from './html';

// The body of a worker (off-thread.ts): one task in, its result (or why it failed) out.

export type Task = { kind: 'detect'; body: string; options: ExtractOptions } | { kind: 'html'; html: string };

/** Detection, then who relays whom in each proposal's sentence ("…, Reuters reported, citing the Observatory"). */
function detect(body: string, options: ExtractOptions) {
  return extractClaims(body, options).map((p) => {
    const relay = detectRelay(body, p, options.knownSources, options.publisher);
    return relay ? { ...p, relay } : p;
  });
}

function run(task: Task) {
  return task.kind === 'detect' ? detect(task.body, task.options) : htmlToText(task.html);
}

try {
  parentPort!.postMessage({ result: run(workerData as Task) });
} catch (error) {
  // A stack overflow on deeply nested HTML, say: reported, not thrown across threads.
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
