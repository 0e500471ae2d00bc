import { NextResponse } from 'next/server';
import { getCurrentUser } from '@/lib/auth/session';
import { claimPublicity } from '@/lib/claims/workspace';
import { revalidatePublishedClaim } from '@/lib/publishing/revalidate';
import { addFileEvidence } from '@/lib/evidence/add';
import { MAX_FILE_BYTES } from '@/lib/evidence/schemas';
import { AppError } from '@/lib/errors';
import { errorResponse, isSameOrigin } from '@/lib/http';

// File uploads come here rather than through a server action: an action's body is capped
// well below the 20 MB evidence limit.
export async function POST(request: Request, { params }: RouteContext<'/api/claims/[id]/evidence'>) {
  const { id } = await params;
  try {
    if (!isSameOrigin(request)) throw new AppError('forbidden', { userMessage: 'Cross-site request refused.' });
    const size = Number(request.headers.get('content-length') ?? 0);
    if (size > MAX_FILE_BYTES + 64 * 1024) {
      throw new AppError('too_large', {
        userMessage: 'Files can be at most 20 MB.',
        fieldErrors: { file: 'Files can be at most 20 MB.' },
      });
    }
    const form = await request.formData();
    const file = form.get('file');
    if (!(file instanceof File)) {
      throw new AppError('invalid_input', { userMessage: 'Choose a file.', fieldErrors: { file: 'Choose a file.' } });
    }
    const evidence = await addFileEvidence(
      { claimId: id, stance: form.get('stance'), isPublic: form.get('isPublic') ?? '', title: form.get('title') ?? '' },
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      await getCurrentUser(),
    );
    const publicity = await claimPublicity(id);
    if (publicity?.isPublic) await revalidatePublishedClaim(publicity);
    return NextResponse.json({ id: evidence.id, message: 'File attached.' }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
