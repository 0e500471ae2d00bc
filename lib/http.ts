import { NextResponse } from 'next/server';
import { isAppError } from '@/lib/errors';
import { unavailableResponse } from '@/lib/ops/unavailable';
import { isUnreachable, unreachableReason } from '@/lib/ops/unreachable';

/**
 * Route handlers answer refusals as JSON with the AppError's status and message, and a
 * query that found the database unreachable (PostgreSQL stopped while the request was in
 * flight) as 503 with the reason, like every request after it. Anything else is a bug:
 * rethrown, for Next's 500 and the error log.
 */
export function errorResponse(error: unknown) {
  if (isUnreachable(error)) return unavailableResponse('/api/', unreachableReason(error));
  if (!isAppError(error)) throw error;
  return NextResponse.json(
    { error: error.code, message: error.userMessage, fieldErrors: error.fieldErrors ?? {} },
    // An answer about this request only (a refusal, a file not or no longer public): never stored.
    { status: error.status, headers: { 'Cache-Control': 'no-store' } },
  );
}

/**
 * A state-changing request must come from our own pages: browsers send Origin on POST,
 * and a cross-site form or script gets a 403 (server actions do the same check).
 */
export function isSameOrigin(request: Request) {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
