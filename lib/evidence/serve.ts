import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { readStored } from './storage';

const inline = new Set(['image/png', 'image/jpeg', 'image/webp', 'application/pdf']);

/**
 * An evidence file for download. Public evidence on a published claim is open to anyone;
 * everything else only to signed-in staff.
 */
export async function evidenceFile(evidenceId: string, viewer: Actor | null) {
  const row = await db.evidence.findUnique({
    where: { id: evidenceId },
    include: { claim: { select: { stage: true } } },
  });
  if (!row || row.type !== 'file' || !row.fileSha256 || !row.fileType) {
    throw new AppError('not_found', { userMessage: 'No such file.' });
  }
  const open = row.isPublic && !row.removedAt && ['published', 'retracted'].includes(row.claim.stage);
  if (!open && !viewer) throw new AppError('not_found', { userMessage: 'No such file.' });
  return {
    bytes: readStored(row.fileSha256),
    contentType: row.fileType === 'text/plain' ? 'text/plain; charset=utf-8' : row.fileType,
    disposition: inline.has(row.fileType) ? 'inline' : 'attachment',
    fileName: row.fileName ?? `evidence-${row.id}`,
    isPublic: open,
  };
}
