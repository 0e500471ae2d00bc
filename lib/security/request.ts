// What proxy.ts decides about each request before the app sees it.

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The id logs and the answer carry: a reverse proxy's own id when it looks harmless, else a new one. */
export function requestId(incoming: string | null): string {
  return incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
}

export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request sent by a browser from another site: its Origin names another
 * host (or is "null", as from a sandboxed frame), or the browser says so in Sec-Fetch-Site.
 * Browsers send Origin on every cross-origin POST, so a request without it is not a
 * cross-site form or script, and non-browser clients (curl, load tests) carry no victim's
 * cookies. The host compared is the one Next.js compares for server actions.
 */
export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" or garbage
  }
}
