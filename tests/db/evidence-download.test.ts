import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/evidence/[id]/route';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { sha256, storeBytes } from '@/lib/evidence/storage';
import { createClaim, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// GET /api/evidence/{id} as a shared cache (a CDN, a newsroom proxy) meets it: a public
// file may be stored but is revalidated on every reuse, so that once it is removed or made
// internal the cache gets a 404 instead of serving it on.

let viewer: Actor | null = null;
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => viewer }));

beforeEach(async () => {
  await resetDb();
  viewer = null;
});

/** A public text file on a published claim. */
async function publicFile() {
  const claim = await createClaim({ stage: 'published' });
  const bytes = new TextEncoder().encode(`A public note ${Math.random()}\n`);
  storeBytes(sha256(bytes), bytes);
  const evidence = await db.evidence.create({
    data: {
      claimId: claim.id,
      type: 'file',
      stance: 'supports',
      isPublic: true,
      fileSha256: sha256(bytes),
      fileSize: bytes.byteLength,
      fileType: 'text/plain',
      fileName: 'note.txt',
    },
  });
  return { id: evidence.id, etag: `"${sha256(bytes)}"`, text: new TextDecoder().decode(bytes) };
}

function download(id: string, headers: Record<string, string> = {}) {
  return GET(new Request(`http://localhost/api/evidence/${id}`, { headers }), { params: Promise.resolve({ id }) });
}

describe('public evidence files and caches', () => {
  it('may be stored, must be revalidated on every reuse, and revalidate with a 304 and no bytes', async () => {
    const file = await publicFile();
    const first = await download(file.id);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect(first.headers.get('etag')).toBe(file.etag);
    expect(await first.text()).toBe(file.text);

    for (const ifNoneMatch of [file.etag, `W/${file.etag}`, `"other", ${file.etag}`]) {
      const again = await download(file.id, { 'If-None-Match': ifNoneMatch });
      expect(again.status).toBe(304);
      expect(again.headers.get('cache-control')).toBe('public, no-cache');
      expect(await again.text()).toBe('');
    }
    expect((await download(file.id, { 'If-None-Match': '"other"' })).status).toBe(200);
  });

  it.each([
    ['removed', { removedAt: new Date(), removedReason: 'Wrong document' }],
    ['made internal', { isPublic: false }],
  ])('answers 404 to a cache revalidating a file since %s', async (_label, change) => {
    const file = await publicFile();
    expect((await download(file.id)).status).toBe(200);
    // However it came about (removal, a published correction), the row says so.
    await db.evidence.update({ where: { id: file.id }, data: change });
    for (const headers of [{}, { 'If-None-Match': file.etag }] as Record<string, string>[]) {
      const answer = await download(file.id, headers);
      expect(answer.status).toBe(404);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(await answer.text()).not.toContain(file.text);
    }
  });

  it('still serves staff a removed file, never to be stored, and never a 304', async () => {
    const file = await publicFile();
    await db.evidence.update({ where: { id: file.id }, data: { removedAt: new Date() } });
    viewer = await createUser('reviewer');
    const answer = await download(file.id, { 'If-None-Match': file.etag });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(answer.headers.get('etag')).toBeNull();
    expect(await answer.text()).toBe(file.text);
  });
});
