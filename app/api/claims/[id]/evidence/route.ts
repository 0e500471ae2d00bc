import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth/actor';
import { getCurrentUser } from '@/lib/auth/session';
import { claimPublicity } from '@/lib/claims/workspace';
import { db } from '@/lib/db';
import { revalidatePublishedClaim } from '@/lib/publishing/revalidate';
import { addFileEvidence } from '@/lib/evidence/add';
import { MAX_UPLOAD_BODY_BYTES } from '@/lib/evidence/schemas';
import { AppError } from '@/lib/errors';
import { errorResponse, isSameOrigin, readLimitedForm } from '@/lib/http';

// File uploads come here rather than through a server action: an action's body is capped
// well below the 20 MB evidence limit. Who is asking is checked before a byte of the body
// is read; the body is read only up to the limit (next.config.ts lets proxy.ts pass it whole).
export async function POST(request: Request, { params }: RouteContext<'/api/claims/[id]/evidence'>) {
  const { id } = await params;
  try {
    if (!isSameOrigin(request)) throw new AppError('forbidden', { userMessage: 'Cross-site request refused.' });
    const actor = await getCurrentUser();
    await authorize(db, actor, 'evidence.add');
    const form = await readLimitedForm(request, MAX_UPLOAD_BODY_BYTES, 'Files can be at most 20 MB.');
    const file = form.get('file');
    if (!(file instanceof File)) {
      throw new AppError('invalid_input', { userMessage: 'Choose a file.', fieldErrors: { file: 'Choose a file.' } });
    }
    const evidence = await addFileEvidence(
      { claimId: id, stance: form.get('stance'), isPublic: form.get('isPublic') ?? '', title: form.get('title') ?? '' },
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      actor,
    );
    const publicity = await claimPublicity(id);
    if (publicity?.isPublic) await revalidatePublishedClaim(publicity);
    return NextResponse.json({ id: evidence.id, message: 'File attached.' }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
