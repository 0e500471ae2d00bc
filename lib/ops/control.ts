import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

// While the app runs it owns the embedded database folder (lib/db/lock.ts), so `npm run
// backup` cannot open it. The running server therefore answers backup requests itself, on
// a Unix socket inside the data folder: only an account that can already read the
// database files can reach it, and nothing listens on the network
// (docs/decisions/006-embedded-backup-through-the-running-server.md).

export function controlSocketPath(dataDir: string) {
  return path.join(dataDir, 'run', 'control.sock');
}

// A Unix socket path is limited to about 107 bytes.
const MAX_SOCKET_PATH = 100;

export type Snapshot = () => Promise<Blob>;
export type ControlServer = { close: () => Promise<void> };

/**
 * Serves GET /snapshot (the embedded database folder as a tar) on the data folder's
 * control socket. Returns null, with a reason logged, when it cannot: another live
 * server already answers there, or the path is too long for a socket.
 */
export async function serveControl(dataDir: string, snapshot: Snapshot): Promise<ControlServer | null> {
  const socketPath = controlSocketPath(dataDir);
  if (socketPath.length > MAX_SOCKET_PATH) {
    console.error(`backup socket: ${socketPath} is too long for a Unix socket; backups need the app stopped.`);
    return null;
  }
  // The folder, not the socket file, carries the permission: no window where others could connect.
  fs.mkdirSync(path.dirname(socketPath), { recursive: true, mode: 0o700 });
  fs.chmodSync(path.dirname(socketPath), 0o700);
  if (fs.existsSync(socketPath)) {
    if (await answers(socketPath)) {
      console.error(`backup socket: another server already answers on ${socketPath}; not taking it over.`);
      return null;
    }
    fs.rmSync(socketPath, { force: true }); // left by a process that died
  }

  let busy = false;
  const server = http.createServer(async (req, res) => {
    if (req.method !== 'GET' || req.url !== '/snapshot') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    if (busy) {
      res.writeHead(409, { 'Content-Type': 'text/plain' }).end('A backup is already running.');
      return;
    }
    busy = true;
    try {
      const blob = await snapshot();
      res.writeHead(200, { 'Content-Type': 'application/x-tar', 'Content-Length': String(blob.size) });
      await pipeline(Readable.fromWeb(blob.stream() as never), res);
    } catch (error) {
      console.error('backup socket: snapshot failed:', error);
      if (!res.headersSent) {
        res.writeHead(503, { 'Content-Type': 'text/plain' }).end(`The snapshot failed: ${(error as Error).message}`);
      } else res.destroy();
    } finally {
      busy = false;
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        fs.rmSync(socketPath, { force: true });
      }),
  };
}

function answers(socketPath: string) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(socketPath);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export class NoServerError extends Error {
  constructor(socketPath: string) {
    super(`No running server answers on ${socketPath}.`);
    this.name = 'NoServerError';
  }
}

/** Asks the running server for a snapshot and writes it to `file`. */
export function requestSnapshot(dataDir: string, file: string): Promise<void> {
  const socketPath = controlSocketPath(dataDir);
  return new Promise((resolve, reject) => {
    const req = http.get({ socketPath, path: '/snapshot' }, (res) => {
      if (res.statusCode !== 200) {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk.slice(0, 2000)));
        res.on('end', () => reject(new Error(`The running server refused the backup: ${text || res.statusCode}`)));
        return;
      }
      const expected = Number(res.headers['content-length']);
      pipeline(res, fs.createWriteStream(file, { mode: 0o600 }))
        .then(() => {
          const size = fs.statSync(file).size;
          if (size !== expected) throw new Error(`The snapshot was cut off (${size} of ${expected} bytes).`);
        })
        .then(resolve, reject);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      reject(['ENOENT', 'ECONNREFUSED'].includes(error.code ?? '') ? new NoServerError(socketPath) : error);
    });
  });
}
