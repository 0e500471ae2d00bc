import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { MAX_FILE_BYTES, MAX_UPLOAD_BODY_BYTES } from '@/lib/evidence/schemas';
import nextConfig from '@/next.config';
import { createClaim, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// Issue 13, finding 7: POST /api/claims/[id]/evidence took any body before asking who was
// sending it, and a file above 10 MB came back as a 500 with an empty body. Now: sign-in
// and role first, a 20 MB file accepted, anything larger refused with a message.

const current = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; role: 'reviewer' },
}));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { POST } = await import('@/app/api/claims/[id]/evidence/route');

const MiB = 1024 * 1024;
const headers = { origin: 'http://localhost:3000', host: 'localhost:3000' };

/** A streamed body of `size` bytes that notes whether anyone read it. */
function watchedBody(size: number, chunk = 256 * 1024) {
  const state = { read: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.read >= size) return controller.close();
      const n = Math.min(chunk, size - state.read);
      state.read += n;
      controller.enqueue(new Uint8Array(n).fill(97));
    },
  });
  return { stream, state };
}

async function post(claimId: string, init: { body: BodyInit; headers?: Record<string, string> }) {
  const request = new Request(`http://localhost:3000/api/claims/${claimId}/evidence`, {
    method: 'POST',
    body: init.body,
    headers: { ...headers, ...init.headers },
    duplex: 'half',
  } as RequestInit);
  const response = await POST(request, { params: Promise.resolve({ id: claimId }) } as never);
  return { status: response.status, body: (await response.json()) as { message?: string; id?: string } };
}

function fileForm(size: number, name = 'notes.txt') {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(size).fill(97)], name, { type: 'text/plain' }));
  form.set('stance', 'supports');
  return form;
}

beforeEach(async () => {
  await resetDb();
  current.user = null;
});

describe('evidence uploads', () => {
  it('asks who is sending before reading a byte of the body', async () => {
    const claim = await createClaim();
    const { stream, state } = watchedBody(21 * MiB);
    const answer = await post(claim.id, {
      body: stream,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect(answer).toEqual({ status: 401, body: expect.objectContaining({ message: 'Please sign in first.' }) });
    // The stream may be primed with one chunk, never drained.
    expect(state.read).toBeLessThanOrEqual(256 * 1024);
    expect(await db.evidence.count()).toBe(0);
  });

  it('accepts a 20 MB file', async () => {
    const [claim, user] = [await createClaim(), await createUser()];
    current.user = { id: user.id, email: user.email, name: user.name, role: 'reviewer' };
    const answer = await post(claim.id, { body: fileForm(MAX_FILE_BYTES) });
    expect(answer).toEqual({ status: 201, body: expect.objectContaining({ message: 'File attached.' }) });
    expect(await db.evidence.findFirstOrThrow()).toMatchObject({ fileSize: MAX_FILE_BYTES, type: 'file' });
  });

  it('refuses a 21 MB upload by its declared length, with a message and without reading it', async () => {
    const [claim, user] = [await createClaim(), await createUser()];
    current.user = { id: user.id, email: user.email, name: user.name, role: 'reviewer' };
    const { stream, state } = watchedBody(21 * MiB);
    const answer = await post(claim.id, {
      body: stream,
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(21 * MiB) },
    });
    expect(answer).toEqual({ status: 413, body: expect.objectContaining({ message: 'Files can be at most 20 MB.' }) });
    expect(state.read).toBeLessThanOrEqual(256 * 1024);
    expect(await db.evidence.count()).toBe(0);
  });

  it('stops reading a 21 MB upload sent without a length at the limit, with a message', async () => {
    const [claim, user] = [await createClaim(), await createUser()];
    current.user = { id: user.id, email: user.email, name: user.name, role: 'reviewer' };
    const { stream, state } = watchedBody(21 * MiB);
    const answer = await post(claim.id, {
      body: stream,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect(answer).toEqual({ status: 413, body: expect.objectContaining({ message: 'Files can be at most 20 MB.' }) });
    expect(state.read).toBeLessThan(MAX_UPLOAD_BODY_BYTES + MiB);
    expect(await db.evidence.count()).toBe(0);
  });

  it('answers a body that is not a form with a message, not a 500', async () => {
    const [claim, user] = [await createClaim(), await createUser()];
    current.user = { id: user.id, email: user.email, name: user.name, role: 'reviewer' };
    for (const [body, type] of [
      ['{"file": 1}', 'application/json'],
      ['--x\r\nbroken', 'multipart/form-data; boundary=x'],
      ['file=x', 'application/x-www-form-urlencoded'],
    ]) {
      const answer = await post(claim.id, { body: body!, headers: { 'content-type': type! } });
      expect(answer.status).toBe(422);
      expect(answer.body.message).toMatch(/form|Choose a file/);
    }
  });

  it('lets the whole upload through proxy.ts (Next cuts bodies there at 10 MB unless told)', () => {
    const limit = nextConfig.experimental?.proxyClientMaxBodySize;
    const bytes = typeof limit === 'number' ? limit : Number(/^(\d+)mb$/i.exec(String(limit))?.[1] ?? 0) * MiB;
    expect(bytes).toBeGreaterThanOrEqual(MAX_UPLOAD_BODY_BYTES);
  });
});
