import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createDb } from '@/lib/db/client';
import { databaseState, setDatabaseState } from '@/lib/ops/database-state';
import { pollPublicChanges, publicGeneration, recordPublicChange } from '@/lib/publishing/changes';

// What every app server on PostgreSQL does each second (docs/decisions/007): its public
// cache keys follow the PublicChange rows, and its 503 answer follows the database.

afterEach(() => setDatabaseState({ reachable: true }));

// A fresh database's first query can take seconds on a loaded machine; the poll's own
// 3 s timeout (what a server uses) would then leave the generation unread.
const poll = () => pollPublicChanges(db, 60_000);

describe('the public change poll', () => {
  it('moves the generation when another server records a change, and only then', async () => {
    await poll();
    const before = publicGeneration();
    await poll();
    expect(publicGeneration()).toBe(before);

    await recordPublicChange(db, 'claim', 'some-claim');
    await poll();
    const after = publicGeneration();
    expect(after).not.toBe(before);

    // A row committed late with a lower id (ids are handed out before commit) still counts.
    const { id } = await db.publicChange.findFirstOrThrow({ orderBy: { id: 'desc' } });
    await db.publicChange.create({ data: { id: id - 1000, entity: 'claim', slug: 'late' } });
    await poll();
    expect(publicGeneration()).not.toBe(after);
  });

  it('says why the database is unreachable, and lifts that when it answers again', async () => {
    const nowhere = createDb({ databaseUrl: 'postgresql://nobody@127.0.0.1:1/none', dataDir: os.tmpdir() });
    try {
      await pollPublicChanges(nowhere.db);
      expect(databaseState()).toMatchObject({ reachable: false, reason: 'The database server is not reachable.' });
    } finally {
      await nowhere.close();
    }
    await pollPublicChanges(db);
    expect(databaseState()).toEqual({ reachable: true });
  });
});
