import { NextResponse } from 'next/server';
import { AppError, isAppError } from '@/lib/errors';
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

/**
 * The request's form, read only up to `maxBytes`: a larger Content-Length is refused before
 * a byte is read, and a body without one (chunked) is counted as it streams in and
 * abandoned at the limit. A body that is not a form is refused with a message.
 */
export async function readLimitedForm(request: Request, maxBytes: number, tooLarge: string): Promise<FormData> {
  const refuse = () => new AppError('too_large', { userMessage: tooLarge, fieldErrors: { file: tooLarge } });
  const declared = request.headers.get('content-length');
  if (declared !== null && !(Number(declared) <= maxBytes)) throw refuse();
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => {});
        throw refuse();
      }
      chunks.push(value);
    }
  }
  const contentType = request.headers.get('content-type') ?? '';
  try {
    return await new Response(new Blob(chunks as BlobPart[]), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new AppError('invalid_input', { userMessage: 'Send the upload as a form (multipart/form-data).' });
  }
}

/** Next's cap on a server action's body (next.config.ts `serverActions.bodySizeLimit`, 1 MB). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * A server action whose declared body is over Next's cap. Next would refuse it with a 500
 * and no message before any of our code runs; proxy.ts answers 413 with one instead.
 */
export function isOversizedAction(headers: Headers) {
  if (!headers.has('next-action')) return false;
  const declared = Number(headers.get('content-length') ?? 0);
  return declared > ACTION_BODY_LIMIT;
}
