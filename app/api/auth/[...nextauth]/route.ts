import { NextResponse, type NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { getCurrentUser } from '@/lib/auth/session';

export const { POST } = handlers;

// Auth.js's session endpoint would describe any well-signed token; one whose session has
// ended (lib/auth/session-epoch.ts) is answered as no session, like everywhere else.
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith('/session') && !(await getCurrentUser())) {
    return NextResponse.json(null, { headers: { 'Cache-Control': 'no-store' } });
  }
  return handlers.GET(request);
}
