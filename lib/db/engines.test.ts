import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedPaths, openEmbedded } from './engines';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the embedded database', () => {
  it('opens with a 16 MB buffer pool, and leaves its postgresql.conf as it was', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'engines-'));
    dirs.push(dataDir);
    const conf = path.join(embeddedPaths(dataDir).dbDir, 'postgresql.conf');
    const open = async () => {
      const embedded = await openEmbedded(dataDir);
      try {
        return (await embedded.pglite.query<Record<string, string>>('SHOW shared_buffers')).rows[0]!.shared_buffers;
      } finally {
        await embedded.close();
      }
    };
    expect(await open()).toBe('16MB');
    const written = fs.readFileSync(conf, 'utf8');
    expect(written).toMatch(/^timezone = /m);
    expect(written).toMatch(/^default_text_search_config = 'pg_catalog.english'/m);
    expect(await open()).toBe('16MB');
    expect(fs.readFileSync(conf, 'utf8')).toBe(written);
  });
});
