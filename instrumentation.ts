import type { Instrumentation } from 'next';

// Runs once when the server starts: refuse to serve without a way to sign sessions, then
// prepare the shutdown steps and the embedded database's backup socket (docs/operations.md).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { readAuthSecret } = await import('@/lib/auth/secret');
  readAuthSecret();
  const { startOperations } = await import('@/lib/ops/runtime');
  await startOperations();
}

// Errors of server components, server actions and route handlers, as one log line each with
// the request's id (never its headers: they carry the session cookie). One that says the
// database is unreachable turns on the 503 answer at once (lib/publishing/changes.ts).
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { noteRequestError } = await import('@/lib/publishing/changes');
  noteRequestError(error);
  const { log, loggablePath } = await import('@/lib/log');
  const requestId = request.headers['x-request-id'];
  log.error(
    {
      err: error,
      requestId: typeof requestId === 'string' ? requestId : undefined,
      method: request.method,
      path: loggablePath(request.path),
      route: context.routePath,
      kind: context.routeType,
    },
    'request failed',
  );
};
