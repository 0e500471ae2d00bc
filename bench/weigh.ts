// What bench/run.ts weighs besides speed: the script a public page makes a browser run, and
// the memory of the `npm start` process tree.
import fs from 'node:fs';
import zlib from 'node:zlib';

/** Every byte of script a public page makes a browser run: the files it loads and its inline scripts. */
export async function publicScripts(base: string, pagePaths: string[]) {
  const result: Record<string, { files: number; fileBytesGzip: number; inlineBytes: number }> = {};
  for (const pagePath of pagePaths) {
    const html = await (await fetch(base + pagePath)).text();
    const files = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!));
    let fileBytesGzip = 0;
    for (const src of files) {
      fileBytesGzip += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
    }
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      (m) => !m[1]!.includes('application/ld+json'),
    );
    result[pagePath] = {
      files: files.size,
      fileBytesGzip,
      inlineBytes: inline.reduce((sum, m) => sum + Buffer.byteLength(m[2]!), 0),
    };
  }
  return result;
}

/**
 * The highest resident memory (VmHWM) of the process tree under `pid` (npm, and what
 * `npm start` left running), in MB: each process's own peak, summed. Processes that have
 * exited (scripts/start.ts) are not counted: they were gone before the server's load.
 */
export function peakMemory(pid: number): number {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parents.set(Number(entry), Number(fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]));
    } catch {
      // gone
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child);
  }
  let total = 0;
  for (const p of tree) {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      total += hwm ? Number(hwm[1]) : 0;
    } catch {
      // gone
    }
  }
  return Math.round(total / 1024);
}
