// Which errors mean "the database cannot be reached" (as opposed to a bad query), and the
// words for it. No imports: the database client, the proxy and route handlers all use it.
//
// What a stopped or lost PostgreSQL looks like, as the fault test sees it (tests/fault):
// Prisma's P1001/P1017 with the driver adapter's kind (DatabaseNotReachable,
// ConnectionClosed), PostgreSQL's own codes for a server going away (57P01 "terminating
// connection due to administrator command", class 08 connection exceptions), and plain
// errors from the pg driver that carry no code ("Connection terminated unexpectedly").

const kinds: Record<string, string> = {
  DatabaseNotReachable: 'The database server is not reachable.',
  DatabaseDoesNotExist: 'The database does not exist on the database server.',
  AuthenticationFailed: 'The database server refused the credentials.',
  TooManyConnections: 'The database server has no free connections.',
  ConnectionClosed: 'The connection to the database server was closed.',
  SocketTimeout: 'The database server did not answer in time.',
};

const unreachableKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const unreachableCodes = new Set([
  'P1001', // can't reach the database server
  'P1002', // reached it, but it timed out
  'P1008', // operation timed out
  'P1017', // the server closed the connection
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
]);
// 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now; class 08: connection exceptions.
const shuttingDown = /^57P0[123]$/;
const connectionException = /^08[0-9A-Z]{3}$/;
const driverMessages = [
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable/,
  /^timeout exceeded when trying to connect/,
];

type Facts = { kind?: unknown; code?: unknown; name?: unknown; message?: unknown };

/** The error, what it wraps (Prisma's driver adapter error and its cause, `cause` chains), outermost first. */
function layers(error: unknown): Facts[] {
  const found: Facts[] = [];
  const queue = [error];
  while (queue.length && found.length < 8) {
    const next = queue.shift();
    if (!next || typeof next !== 'object' || found.includes(next as Facts)) continue;
    const facts = next as Facts & { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    found.push(facts);
    queue.push(facts.meta?.driverAdapterError, facts.cause);
  }
  return found;
}

function isLocked(layer: Facts) {
  return layer.name === 'DatabaseLockedError';
}

/** Whether an error says the database cannot be reached at all (not a bad query or a refusal). */
export function isUnreachable(error: unknown): boolean {
  return layers(error).some(
    (layer) =>
      isLocked(layer) ||
      unreachableKinds.has(layer.kind as string) ||
      unreachableCodes.has(layer.code as string) ||
      (typeof layer.code === 'string' && (shuttingDown.test(layer.code) || connectionException.test(layer.code))) ||
      (typeof layer.message === 'string' && driverMessages.some((m) => m.test(layer.message as string))),
  );
}

/**
 * Why, in words a reader may see. The driver's own message can name hosts, users or
 * paths: the answer gives only the kind of failure.
 */
export function unreachableReason(error: unknown): string {
  const all = layers(error);
  if (all.some(isLocked)) return 'The embedded database is in use by another process, so this server cannot open it.';
  for (const { kind, code, message } of all) {
    if (typeof kind === 'string' && kinds[kind]) return kinds[kind];
    if (typeof code === 'string' && shuttingDown.test(code)) return 'The database server is shutting down.';
    if (typeof message === 'string' && driverMessages.some((m) => m.test(message))) return kinds.ConnectionClosed;
  }
  const code = all.map((l) => l.kind ?? l.code).find((c) => typeof c === 'string' && /^\w{2,40}$/.test(c));
  return `The database is not available${code ? ` (${code})` : ''}.`;
}
