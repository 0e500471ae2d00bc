import { NextResponse, type NextRequest } from 'next/server';

// Tells server components which address was asked for, so `requireUser()` can send an
// anonymous visitor to /login and back again afterwards.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set('x-pathname', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/review/:path*', '/account/:path*'] };
