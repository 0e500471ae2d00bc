import { NextResponse } from 'next/server';
import { getCurrentUser } from '@/lib/auth/session';
import { claimVersion } from '@/lib/claims/live';
import { errorResponse } from '@/lib/http';

// The workspace's poll (lib/claims/live.ts): the claim's saved version and who saved it.
export async function GET(_request: Request, { params }: RouteContext<'/api/claims/[id]/version'>) {
  const { id } = await params;
  try {
    const data = await claimVersion(id, await getCurrentUser());
    return NextResponse.json({ data }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
