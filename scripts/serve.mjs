// The production server that `npm start` runs: Next's request handler on our own HTTP
// server, so that SIGTERM/SIGINT shut it down in order (docs/operations.md): stop
// accepting connections, finish the requests in flight, let Next finish its own work,
// run the app's shutdown steps (lib/ops/shutdown.ts: close the database, which releases
// the embedded database's lock), exit 0. `next start` alone drains requests but exits
// with 143 without a hook for closing the database. Plain JavaScript: it runs before and
// outside the app's bundle.
//
//   node scripts/serve.mjs [-H host] [-p port] [--drain-seconds n]
//
// Host and port default to HOST and PORT (as `npm start` passes them, after
// scripts/start.ts checked them), else 127.0.0.1:3000.
import http from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { refuseOtherMethods, WholePages } from '../lib/publishing/whole-pages.mjs';

const { values: args } = parseArgs({
  options: {
    hostname: { type: 'string', short: 'H', default: process.env.HOST || '127.0.0.1' },
    port: { type: 'string', short: 'p', default: process.env.PORT || '3000' },
    'drain-seconds': { type: 'string', default: '25' },
  },
});
const port = Number(args.port);
const drainMs = Number(args['drain-seconds']) * 1000;
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`serve: bad port ${args.port}`);
if (!(drainMs >= 0)) throw new Error(`serve: bad --drain-seconds ${args['drain-seconds']}`);

// Same defaults as `next start`, and no telemetry.
process.env.NODE_ENV ||= 'production';
process.env.NEXT_TELEMETRY_DISABLED ||= '1';

const server = http.createServer();
const app = next({ dev: false, hostname: args.hostname, port, httpServer: server });
const handle = app.getRequestHandler();
// Public pages, the API and the feed, kept whole until the next public change
// (docs/decisions/017-public-pages-served-whole.md).
const wholePages = new WholePages();
let stopping = false;

// Append the socket's peer to X-Forwarded-For, as a proxy does, so the last entry is always
// the machine that opened the connection and a client cannot choose it. lib/auth/address.ts
// reads the chain from the right, believing only the proxies listed in TRUSTED_PROXIES;
// the flag tells it that this server appended (Next alone fills the header only when absent).
globalThis[Symbol.for('claim-tracker.peer-in-forwarded-for')] = true;

server.on('request', async (req, res) => {
  const prior = req.headers['x-forwarded-for'];
  const peer = req.socket.remoteAddress ?? 'unknown';
  req.headers['x-forwarded-for'] = prior ? `${prior}, ${peer}` : peer;
  // A keep-alive connection may carry a new request after shutdown began: answer it, then close.
  if (stopping) res.setHeader('Connection', 'close');
  if (refuseOtherMethods(req, res)) return;
  if (await wholePages.serveOrWait(req, res)) return;
  wholePages.capture(req, res);
  unavailableInsteadOfFailure(req, res);
  handle(req, res).catch((error) => {
    console.error('serve: request failed:', error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

const UNAVAILABLE = Symbol.for('claim-tracker.unavailable-answer');
// Answers Next cannot give: a page whose query failed because PostgreSQL went away mid-render
// would answer 500 "Something went wrong"; while the database is down (the app registers
// its answer in lib/ops/runtime.ts, from lib/ops/unavailable.ts) any 5xx becomes that
// 503 with the reason, the same answer the proxy gives to every request after it.
// Decided when the status goes out: Next's body for the failure is dropped unsent.
const dropHeaders = ['content-type', 'content-length', 'content-encoding', 'cache-control', 'etag', 'vary'];

function unavailableInsteadOfFailure(req, res) {
  const { writeHead, write, end } = res;
  let decided = false;
  let answer;
  const decide = (status) => {
    if (decided || res.headersSent) return answer;
    decided = true;
    if (status >= 500 && status !== 503) {
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      answer = globalThis[UNAVAILABLE]?.(pathname);
    }
    return answer;
  };
  const callback = (args) => {
    const cb = args.findLast((a) => typeof a === 'function');
    if (cb) process.nextTick(cb);
  };
  res.writeHead = function (status, ...args) {
    if (!decide(status)) return writeHead.call(this, status, ...args);
    return this;
  };
  res.write = function (...args) {
    if (!decide(this.statusCode)) return write.apply(this, args);
    callback(args);
    return true;
  };
  res.end = function (...args) {
    if (!decide(this.statusCode)) return end.apply(this, args);
    if (!this.headersSent) {
      for (const name of dropHeaders) this.removeHeader(name);
      writeHead.call(this, answer.status, answer.headers);
      end.call(this, answer.body);
    }
    callback(args);
    return this;
  };
}

await app.prepare();
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(port, args.hostname, resolve);
});
const address = server.address();
// Next's not-found page for a page whose record is missing, asked of this server at an
// address no route answers (lib/publishing/whole-pages.mjs, notFoundPage).
const selfHost = ['0.0.0.0', '::'].includes(args.hostname) ? '127.0.0.1' : args.hostname;
const selfPort = typeof address === 'object' ? address?.port : port;
wholePages.notFoundUrl = `http://${selfHost.includes(':') ? `[${selfHost}]` : selfHost}:${selfPort}/_not-found-page`;
console.log(`serve: ready on http://${args.hostname}:${typeof address === 'object' ? address?.port : port}`);

async function shutdown(signal) {
  if (stopping) return; // a terminal's Ctrl-C reaches both npm start and us: one shutdown
  stopping = true;
  console.log(`serve: ${signal} received; finishing requests in flight, then closing`);
  const closed = new Promise((resolve) => server.close(resolve));
  // close() stops accepting and waits for open connections; idle keep-alive ones are
  // closed as soon as they finish their current request.
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const deadline = setTimeout(() => {
    console.error(`serve: requests still open after ${drainMs / 1000} s; closing them`);
    server.closeAllConnections();
  }, drainMs);
  await closed;
  clearInterval(idle);
  clearTimeout(deadline);
  await app.close().catch((error) => console.error('serve: Next did not close cleanly:', error));
  const hooks = globalThis[Symbol.for('claim-tracker.shutdown-hooks')] ?? [];
  let failed = 0;
  for (const hook of hooks.splice(0).reverse()) {
    try {
      await hook.run();
    } catch (error) {
      failed++;
      console.error(`serve: shutdown step "${hook.name}" failed:`, error);
    }
  }
  console.log(failed ? 'serve: stopped, with errors' : 'serve: stopped');
  process.exit(failed ? 1 : 0);
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
