// Runs once when the server starts: refuse to serve without a way to sign sessions.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { readAuthSecret } = await import('@/lib/auth/secret');
  readAuthSecret();
}
