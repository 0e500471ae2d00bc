import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseInput } from '@/lib/validation';
import { detectFileType } from './file-type';
import { fileEvidenceSchema, linkEvidenceSchema, MAX_FILE_BYTES, noteEvidenceSchema } from './schemas';
import { removeStored, sha256, storeBytes } from './storage';

// Adding evidence to a claim: a link, a note or a file. Everything is checked before
// anything is written; a refused upload leaves no row and no file.

async function insert(tx: DbTx, actor: ActorRef, data: Prisma.EvidenceUncheckedCreateInput) {
  const me = await authorize(tx, actor, 'evidence.add');
  if (!(await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true } }))) {
    throw new AppError('not_found', { userMessage: 'This claim no longer exists.' });
  }
  const evidence = await tx.evidence.create({ data: { ...data, createdById: me.id } });
  const { claimId: _claim, createdById: _by, createdAt: _at, id: _id, ...shown } = evidence;
  await recordAudit(tx, {
    actorId: me.id,
    action: 'evidence.add',
    entityType: 'claim',
    entityId: data.claimId,
    after: { evidenceId: evidence.id, ...JSON.parse(JSON.stringify(shown)) },
  });
  return evidence;
}

export async function addLinkEvidence(input: unknown, actor: ActorRef) {
  const data = parseInput(linkEvidenceSchema, input);
  return db.$transaction((tx) =>
    insert(tx, actor, { type: 'link', ...data, accessedAt: data.accessedAt ?? new Date() }),
  );
}

export async function addNoteEvidence(input: unknown, actor: ActorRef) {
  const data = parseInput(noteEvidenceSchema, input);
  return db.$transaction((tx) => insert(tx, actor, { type: 'note', ...data }));
}

export async function addFileEvidence(input: unknown, file: { name: string; bytes: Uint8Array }, actor: ActorRef) {
  const data = parseInput(fileEvidenceSchema, input);
  await authorize(db, actor, 'evidence.add');
  if (file.bytes.byteLength === 0) throw fileError('The file is empty.');
  if (file.bytes.byteLength > MAX_FILE_BYTES) {
    throw new AppError('too_large', {
      userMessage: 'Files can be at most 20 MB.',
      fieldErrors: { file: `This file is ${(file.bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB.` },
    });
  }
  const type = await detectFileType(file.name, file.bytes);
  if (!type.ok) throw fileError(type.message);
  const hash = sha256(file.bytes);
  const created = storeBytes(hash, file.bytes);
  try {
    return await db.$transaction((tx) =>
      insert(tx, actor, {
        type: 'file',
        claimId: data.claimId,
        stance: data.stance,
        isPublic: data.isPublic,
        title: data.title ?? file.name.slice(0, 300),
        fileSha256: hash,
        fileSize: file.bytes.byteLength,
        fileType: type.mime,
        fileName: file.name.slice(0, 255),
      }),
    );
  } catch (error) {
    // Only remove what this call wrote, and only if no row points at it.
    if (created && (await db.evidence.count({ where: { fileSha256: hash } })) === 0) removeStored(hash);
    throw error;
  }
}

function fileError(message: string) {
  return new AppError('invalid_input', { userMessage: message, fieldErrors: { file: message } });
}
