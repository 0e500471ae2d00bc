import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, type SlowQuery } from '@/lib/db/client';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'slow-queries-'));
const reported: SlowQuery[] = [];
const handle = createDb({ dataDir, slowQueries: { ms: 200, report: (query) => reported.push(query) } });
afterAll(async () => {
  await handle.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('slow query reports', () => {
  it('report queries over the threshold through the driver adapter, without their parameters', async () => {
    await handle.db.$queryRawUnsafe('select 1 as warm'); // opening the database is not a slow query
    reported.length = 0;

    await handle.db.$queryRawUnsafe('select pg_sleep(0.3)::text as slept, $1::text as secret', 'hunter2-param');
    await handle.db.$queryRawUnsafe('select 2 as quick');

    expect(reported).toHaveLength(1);
    expect(reported[0]!.query).toContain('pg_sleep(0.3)');
    expect(reported[0]!.durationMs).toBeGreaterThanOrEqual(200);
    expect(JSON.stringify(reported)).not.toContain('hunter2-param');
  });
});
