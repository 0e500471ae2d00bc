import { NextResponse } from 'next/server';
import { getCurrentUser } from '@/lib/auth/session';
import { getEditableClaim } from '@/lib/claims/editable';
import { updateClaim } from '@/lib/claims/update';
import { AppError } from '@/lib/errors';
import { errorResponse, isSameOrigin } from '@/lib/http';

// The claim form as JSON, for staff tools and the fault test (docs/api.md, "Staff API"):
// the same session cookie, the same domain call and the same version check as the
// workspace's save. A save names the version it read; if someone saved in between, the
// answer is 409 with "changed by NAME at TIME".

export async function GET(_request: Request, { params }: RouteContext<'/api/claims/[id]'>) {
  const { id } = await params;
  try {
    return NextResponse.json({ data: await getEditableClaim(id, await getCurrentUser()) }, noStore);
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PUT(request: Request, { params }: RouteContext<'/api/claims/[id]'>) {
  const { id } = await params;
  try {
    if (!isSameOrigin(request)) throw new AppError('forbidden', { userMessage: 'Cross-site request refused.' });
    const body: unknown = await request.json().catch(() => null);
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw new AppError('invalid_input', { userMessage: 'Send the claim as a JSON object.' });
    }
    const saved = await updateClaim({ ...body, claimId: id }, await getCurrentUser());
    return NextResponse.json({ data: saved, message: 'Saved.' }, noStore);
  } catch (error) {
    return errorResponse(error);
  }
}

const noStore = { headers: { 'Cache-Control': 'no-store' } };
