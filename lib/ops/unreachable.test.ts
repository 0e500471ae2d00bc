import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { refusal } from '@/lib/actions/form-state';
import { createDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { errorResponse } from '@/lib/http';
import { isUnreachable, unreachableReason } from './unreachable';

// Nothing listens on port 1: connecting is refused at once, as when PostgreSQL is stopped.
const stoppedServer = 'postgresql://postgres@127.0.0.1:1/claim_tracker';

/** A real error from a query against a stopped server, and whether the driver told onDriverError first. */
async function failedQuery() {
  const seen: unknown[] = [];
  const { db, close } = createDb({
    databaseUrl: stoppedServer,
    dataDir: os.tmpdir(),
    onDriverError: (e) => seen.push(e),
  });
  try {
    const error = await db.user.findFirst().then(
      () => undefined,
      (e: unknown) => e,
    );
    return { error, seenBefore: seen.length };
  } finally {
    await close();
  }
}

// Shapes seen while PostgreSQL stopped under the fault test's load (tests/fault).
const terminated = {
  name: 'PrismaClientKnownRequestError',
  code: 'P2010',
  message: 'Raw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`',
  meta: {
    driverAdapterError: {
      name: 'DriverAdapterError',
      cause: { kind: 'postgres', code: '57P01', severity: 'FATAL', message: 'terminating connection' },
    },
  },
};
const notQueryable = new Error('Client has encountered a connection error and is not queryable');
const lostMidQuery = new Error('Connection terminated unexpectedly');
const closed = { code: 'P1017', meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } };

describe('an unreachable database', () => {
  it('is recognised in a real query against a stopped server, and the driver reports it before the query fails', async () => {
    const { error, seenBefore } = await failedQuery();
    expect(error).toMatchObject({ code: 'P1001' });
    expect(isUnreachable(error)).toBe(true);
    expect(unreachableReason(error)).toBe('The database server is not reachable.');
    expect(seenBefore).toBeGreaterThan(0);
  });

  it.each([
    ['PostgreSQL shutting down (57P01)', terminated, 'The database server is shutting down.'],
    ['a pool client that lost its connection', notQueryable, 'The connection to the database server was closed.'],
    ['a connection lost mid-query', lostMidQuery, 'The connection to the database server was closed.'],
    ['Prisma P1017', closed, 'The connection to the database server was closed.'],
    [
      'a wrapped cause',
      new Error('query failed', { cause: lostMidQuery }),
      'The connection to the database server was closed.',
    ],
  ])('is recognised in %s', (_label, error, reason) => {
    expect(isUnreachable(error)).toBe(true);
    expect(unreachableReason(error)).toBe(reason);
  });

  it.each([
    [
      'a unique constraint',
      { code: 'P2002', meta: { driverAdapterError: { cause: { kind: 'UniqueConstraintViolation' } } } },
    ],
    ['a refusal', new AppError('conflict', { userMessage: 'Changed by someone else.' })],
    ['a bug', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('is not read into %s', (_label, error) => {
    expect(isUnreachable(error)).toBe(false);
  });

  it('answers a route handler with 503 and the reason, never the address', async () => {
    const { error } = await failedQuery();
    const response = errorResponse(error);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const body = (await response.json()) as { message: string };
    expect(body.message).toBe('The database server is not reachable. Please try again in a minute.');
    expect(JSON.stringify(body)).not.toContain('127.0.0.1');
  });

  it('answers a form with the reason and keeps what was typed; other errors still throw', () => {
    expect(refusal(terminated, { statement: 'typed' })).toEqual({
      status: 'error',
      message: 'The database server is shutting down. Nothing was saved; please try again in a minute.',
      values: { statement: 'typed' },
    });
    expect(() => refusal(new TypeError('bug'))).toThrow('bug');
  });
});
