import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';
import { openEmbedded, type Embedded } from './engines';

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. Never use the outer client in there: PGlite hangs. */
export type DbTx = Prisma.TransactionClient;

/**
 * Opens the embedded database on the first query, not at import: `next build` imports
 * route modules in several worker processes, and none of them may take the folder lock.
 */
class LazyEmbeddedFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'pglite-prisma-adapter';
  private opening?: Promise<Embedded>;

  constructor(private readonly open: () => Promise<Embedded>) {}

  private embedded() {
    this.opening ??= this.open().catch((error) => {
      this.opening = undefined;
      throw error;
    });
    return this.opening;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const { pglite } = await this.embedded();
    return new PrismaPGlite(pglite).connect();
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const { pglite } = await this.embedded();
    return new PrismaPGlite(pglite).connectToShadowDb();
  }

  /**
   * The database folder as a tar, read between two queries (lib/ops/backup.ts). Not
   * compressed: PGlite holds its query lock while it builds the tar, and requests wait.
   */
  async snapshot(): Promise<Blob> {
    const { pglite } = await this.embedded();
    return pglite.dumpDataDir('none');
  }

  async close() {
    if (!this.opening) return;
    const embedded = await this.opening.catch(() => undefined);
    this.opening = undefined;
    await embedded?.close();
  }
}

export type DbHandle = {
  db: Db;
  close: () => Promise<void>;
  /** Embedded database only: a consistent copy of its folder, for backups while the app runs. */
  snapshot?: () => Promise<Blob>;
};

export type SlowQuery = { durationMs: number; query: string };
/** Reports queries that took at least `ms` (0: none). The query text only: parameters can carry secrets. */
export type SlowQueryWatch = { ms: number; report: (query: SlowQuery) => void };

export type DbConfig = {
  databaseUrl?: string;
  dataDir: string;
  slowQueries?: SlowQueryWatch;
  /** PostgreSQL: told of every error the driver raises, before the query that hit it fails. */
  onDriverError?: (error: unknown) => void;
};

function newClient(adapter: NonNullable<Prisma.PrismaClientOptions['adapter']>, watch?: SlowQueryWatch): Db {
  if (!watch || watch.ms <= 0) return new PrismaClient({ adapter });
  const db = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  db.$on('query', ({ duration, query }) => {
    if (duration >= watch.ms) watch.report({ durationMs: Math.round(duration), query: query.slice(0, 2000) });
  });
  return db;
}

/**
 * A server that stops answering (a firewall drops packets, the host is gone) must not hang
 * requests: a new connection gives up after 5 s, and TCP keep-alive notices a dead
 * connection in the pool. PostgreSQL that is merely down refuses at once.
 */
export const PG_POOL = { connectionTimeoutMillis: 5_000, keepAlive: true } as const;

/** A client for PostgreSQL when a URL is given, else for the embedded database in dataDir. */
export function createDb({ databaseUrl, dataDir, slowQueries, onDriverError }: DbConfig): DbHandle {
  if (databaseUrl) {
    const adapter = new PrismaPg({ connectionString: databaseUrl, ...PG_POOL });
    const db = newClient(onDriverError ? observed(adapter, onDriverError) : adapter, slowQueries);
    return { db, close: () => db.$disconnect() };
  }
  const factory = new LazyEmbeddedFactory(() => openEmbedded(dataDir));
  const db = newClient(factory, slowQueries);
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await factory.close();
    },
    snapshot: () => factory.snapshot(),
  };
}

/** A client over a PGlite the caller already opened (tests, scripts that own the instance). */
export function createDbOn(pglite: PGlite): Db {
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}

/**
 * The driver adapter (and the connections and transactions it opens) with every failed
 * call shown to `onError` first. A server that loses its database learns it from the first
 * failed query, before Prisma hands the error to the page or action that made it, so the
 * answer to that very request can already say "database unavailable" (lib/ops/unavailable.ts).
 */
function observed<T extends object>(target: T, onError: (error: unknown) => void): T {
  return new Proxy(target, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key, object);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(object, args);
        if (!(result instanceof Promise)) return result;
        return result.then(
          (opened: unknown) =>
            (key === 'connect' || key === 'startTransaction') && opened && typeof opened === 'object'
              ? observed(opened, onError)
              : opened,
          (error: unknown) => {
            onError(error);
            throw error;
          },
        );
      };
    },
  });
}
