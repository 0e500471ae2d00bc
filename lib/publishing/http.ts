import { createHash } from 'node:crypto';

// Answers of the public API: JSON that any site may read (CORS open for GET), errors in one
// shape, { error: { code, message, issues? } }, as docs/api.md describes.
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
};

/**
 * Public answers (pages, the API, the feed, the embed): a browser asks again each time and
 * gets 304 while nothing changed; a shared cache (a CDN) keeps an answer a minute and may
 * serve it one more minute while it fetches anew, so without a purge (PURGE_URL,
 * lib/publishing/purge.ts) a retraction reaches every reader within two minutes.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=60';

/** Weak: the server may compress the body on the way out, and a weak tag still matches then. */
export function etagOf(body: string | Uint8Array): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): `W/` is ignored on both sides, `*` matches any. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const ours = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === ours);
}

/**
 * A public answer with its ETag and cache policy, or 304 with no body when the client
 * already holds this version (GET and HEAD only).
 */
export function cacheableAnswer(request: Request, body: string, headers: Record<string, string>): Response {
  const etag = etagOf(body);
  const caching: Record<string, string> = { ...headers, ETag: etag, 'Cache-Control': PUBLIC_CACHE_CONTROL };
  const conditional = request.method === 'GET' || request.method === 'HEAD';
  if (conditional && matchesEtag(request.headers.get('if-none-match'), etag)) {
    delete caching['Content-Type'];
    return new Response(null, { status: 304, headers: caching });
  }
  return new Response(body, { status: 200, headers: caching });
}

export function publicJson(request: Request, body: unknown): Response {
  return cacheableAnswer(request, JSON.stringify(body), { ...corsHeaders, 'Content-Type': 'application/json' });
}

export function publicError(status: 404 | 422, code: string, message: string, issues?: unknown): Response {
  return Response.json({ error: { code, message, ...(issues ? { issues } : {}) } }, { status, headers: corsHeaders });
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: corsHeaders });
}
