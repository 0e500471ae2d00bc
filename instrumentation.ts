// Runs once when the server starts: refuse to serve without a way to sign sessions, then
// prepare the shutdown steps and the embedded database's backup socket (docs/operations.md).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { readAuthSecret } = await import('@/lib/auth/secret');
  readAuthSecret();
  const { startOperations } = await import('@/lib/ops/runtime');
  await startOperations();
}
