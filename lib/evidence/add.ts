import 'server-only';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseInput } from '@/lib/validation';
import { storableName } from '@/lib/validation-text';
import { pendingClaimCorrection } from '@/lib/workflow/corrections';
import { editClaim } from '@/lib/workflow/edit';
import { detectFileType } from './file-type';
import { fileEvidenceSchema, linkEvidenceSchema, MAX_FILE_BYTES, noteEvidenceSchema } from './schemas';
import { removeStored, sha256, storeBytes } from './storage';

// Adding evidence to a claim: a link, a note or a file. Everything is checked before
// anything is written; a refused upload leaves no row and no file.

/**
 * Evidence shown to readers is part of what the claim says: on an approved claim it sends
 * the claim back to review; on a published one it waits, internal, in the pending
 * correction until a second person publishes it (lib/workflow/corrections.ts). Internal
 * evidence may be added at any stage.
 */
async function insert(tx: DbTx, actor: ActorRef, data: Prisma.EvidenceUncheckedCreateInput) {
  const target = { id: data.claimId, permission: 'evidence.add' } as const;
  const edited = await editClaim(tx, target, actor, async (claim, me) => {
    const correction = data.isPublic && claim.stage === 'published' ? await pendingClaimCorrection(tx, claim.id) : null;
    if (data.isPublic && claim.stage === 'published' && !correction) {
      throw new AppError('conflict', {
        userMessage:
          'Readers see this check: evidence shown to them is added through a correction. Prepare one first, or attach this as internal evidence.',
      });
    }
    const evidence = await tx.evidence.create({
      data: { ...data, isPublic: correction ? false : data.isPublic, createdById: me.id },
    });
    if (correction) {
      await tx.correctionEvidence.create({
        data: { correctionId: correction.id, evidenceId: evidence.id, change: 'show', proposedById: me.id },
      });
    }
    const { claimId: _claim, createdById: _by, createdAt: _at, id: _id, ...shown } = evidence;
    return {
      // The pending correction changed: an editor's publish form must name the new version.
      data: correction ? {} : undefined,
      content: data.isPublic && !correction ? 'public evidence' : null,
      audit: {
        action: 'evidence.add',
        after: {
          evidenceId: evidence.id,
          ...JSON.parse(JSON.stringify(shown)),
          ...(correction ? { shownWithCorrection: correction.id } : {}),
        },
      },
      result: { ...evidence, shownWithCorrection: !!correction },
    };
  });
  return edited.result;
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
  // The browser's file name is untrusted text: a NUL or half an emoji would break the insert.
  const fileName = storableName(file.name, 255, `evidence-${hash.slice(0, 12)}`);
  const created = storeBytes(hash, file.bytes);
  try {
    return await db.$transaction((tx) =>
      insert(tx, actor, {
        type: 'file',
        claimId: data.claimId,
        stance: data.stance,
        isPublic: data.isPublic,
        title: data.title ?? fileName,
        fileSha256: hash,
        fileSize: file.bytes.byteLength,
        fileType: type.mime,
        fileName,
      }),
    );
  } catch (error) {
    // Only remove what this call wrote, and only if no row points at it.
    if (created && (await db.evidence.count({ where: { fileSha256: hash } })) === 0) removeStored(hash);
    throw error;
  }
}

function fileError(message: string) {
  return AppError.fields({ file: message }, message);
}
