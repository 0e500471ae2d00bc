import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { isOversizedAction } from '@/lib/http';
import { log, loggablePath } from '@/lib/log';
import { databaseState } from '@/lib/ops/database-state';
import { answersWhileDown, unavailableResponse } from '@/lib/ops/unavailable';
import { isHttps, securityHeaders } from '@/lib/security/headers';
import { isCrossSiteWrite, newNonce, requestId } from '@/lib/security/request';

const ssoOrigin = env.OIDC_ISSUER ? new URL(env.OIDC_ISSUER).origin : undefined;

// Runs before every answer except Next's build files: refuses cross-site writes, answers
// 503 while the database is down, gives the request an id and a CSP nonce, and puts the
// security headers on the answer.
export function proxy(request: NextRequest) {
  const id = requestId(request.headers.get('x-request-id'));
  const { pathname, search } = request.nextUrl;
  const context = {
    pathname,
    nonce: newNonce(),
    https: isHttps(request.nextUrl, request.headers.get('x-forwarded-proto'), env.PUBLIC_BASE_URL),
    dev: env.NODE_ENV === 'development',
    ssoOrigin,
  };
  const headers = securityHeaders(context);

  let response: NextResponse;
  const database = databaseState();
  if (isCrossSiteWrite(request.method, request.headers)) {
    log.warn(
      { requestId: id, method: request.method, path: loggablePath(pathname), origin: request.headers.get('origin') },
      'cross-site request refused',
    );
    response = NextResponse.json(
      { error: 'forbidden', message: 'Cross-site request refused.', fieldErrors: {} },
      { status: 403 },
    );
  } else if (isOversizedAction(request.headers)) {
    response = NextResponse.json(
      { error: 'too_large', message: 'This form is too large to send: at most 1 MB.', fieldErrors: {} },
      { status: 413 },
    );
  } else if (!database.reachable && !answersWhileDown(pathname)) {
    response = unavailableResponse(pathname, database.reason);
  } else {
    const forward = new Headers(request.headers);
    forward.set('x-request-id', id);
    // Tells server components which address was asked for, so `requireUser()` can send an
    // anonymous visitor to /login and back again afterwards.
    forward.set('x-pathname', pathname + search);
    // Next.js takes the nonce for its scripts from the request's policy.
    if (headers['Content-Security-Policy']) forward.set('content-security-policy', headers['Content-Security-Policy']);
    response = NextResponse.next({ request: { headers: forward } });
  }
  response.headers.set('x-request-id', id);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
