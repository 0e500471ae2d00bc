// Answers of the public API: JSON that any site may read (CORS open for GET), errors in one
// shape, { error: { code, message, issues? } }, as docs/api.md describes.
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
};

export function publicJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: corsHeaders });
}

export function publicError(status: 404 | 422, code: string, message: string, issues?: unknown): Response {
  return publicJson({ error: { code, message, ...(issues ? { issues } : {}) } }, status);
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: corsHeaders });
}
