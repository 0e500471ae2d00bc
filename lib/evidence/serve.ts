import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { readStored } from './storage';
import { isRecordId } from '@/lib/validation-text';
import { isPublicStage } from '@/lib/workflow/stages';

const inline = new Set(['image/png', 'image/jpeg', 'image/webp', 'application/pdf']);

// Public evidence may be stored by shared caches (a CDN, a newsroom proxy) but never
// served from them unasked: `no-cache` makes every reuse a revalidation, which costs one
// lookup and a 304 while the file is still public, and answers 404 once it was removed or
// made internal, so a removal takes effect at once. The ETag is the file's SHA-256: the
// bytes of an evidence file never change. See docs/decisions/.
export const PUBLIC_CACHE = 'public, no-cache';
export const PRIVATE_CACHE = 'private, no-store';

/**
 * An evidence file for download. Public evidence on a published claim is open to anyone;
 * everything else only to signed-in staff.
 */
async function evidenceFile(evidenceId: string, viewer: Actor | null) {
  if (!isRecordId(evidenceId)) throw new AppError('not_found', { userMessage: 'No such file.' });
  const row = await db.evidence.findUnique({
    where: { id: evidenceId },
    include: { claim: { select: { stage: true } } },
  });
  if (!row || row.type !== 'file' || !row.fileSha256 || !row.fileType) {
    throw new AppError('not_found', { userMessage: 'No such file.' });
  }
  const open = row.isPublic && !row.removedAt && isPublicStage(row.claim.stage);
  if (!open && !viewer) throw new AppError('not_found', { userMessage: 'No such file.' });
  const sha256 = row.fileSha256;
  return {
    read: () => readStored(sha256),
    etag: `"${sha256}"`,
    contentType: row.fileType === 'text/plain' ? 'text/plain; charset=utf-8' : row.fileType,
    disposition: inline.has(row.fileType) ? 'inline' : 'attachment',
    fileName: row.fileName ?? `evidence-${row.id}`,
    isPublic: open,
  };
}

/** The file as an HTTP answer: 304 when a cache already holds these bytes, else the bytes. */
export async function evidenceResponse(evidenceId: string, viewer: Actor | null, ifNoneMatch: string | null) {
  const file = await evidenceFile(evidenceId, viewer);
  const headers: Record<string, string> = {
    'Cache-Control': file.isPublic ? PUBLIC_CACHE : PRIVATE_CACHE,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  };
  if (file.isPublic) headers.ETag = file.etag;
  if (file.isPublic && matches(ifNoneMatch, file.etag)) return new Response(null, { status: 304, headers });
  const bytes = file.read();
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...headers,
      'Content-Type': file.contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `${file.disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    },
  });
}

/** If-None-Match: a list of entity tags, weak or strong, or `*` (RFC 9110 §13.1.2). */
function matches(ifNoneMatch: string | null, etag: string) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}
