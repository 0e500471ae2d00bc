import { etagOf, matchesEtag, PUBLIC_CACHE_CONTROL } from './whole-pages.mjs';

export { PUBLIC_CACHE_CONTROL };

// Answers of the public API: JSON that any site may read (CORS open for GET), errors in one
// shape, { error: { code, message, issues? } }, as docs/api.md describes.
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
};

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
