import { NextResponse } from 'next/server';

// The answer while the database is down: 503 with a message, JSON under /api/ and a small
// page elsewhere, and Retry-After so that clients and load balancers come back. Given by
// proxy.ts once the server knows (lib/ops/database-state.ts), by route handlers whose
// query failed that way (lib/http.ts), and by scripts/serve.mjs in place of any other
// 5xx while the database is down (a page whose query failed mid-render, say).
// /api/health is left to answer for itself, with the reason.

export const RETRY_AFTER_SECONDS = 5;

export function answersWhileDown(pathname: string) {
  return pathname === '/api/health';
}

export type UnavailableAnswer = { status: 503; headers: Record<string, string>; body: string };

/** `reason` says what is wrong with the database, in words a reader may see (lib/ops/unreachable.ts). */
export function unavailableAnswer(pathname: string, reason: string): UnavailableAnswer {
  const headers = { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' };
  const message = `${reason} Please try again in a minute.`;
  if (pathname.startsWith('/api/')) {
    return {
      status: 503,
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ error: 'unavailable', message, fieldErrors: {} }),
    };
  }
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Temporarily unavailable</h1>
<p>${escapeHtml(message)}</p>
<p>Nothing you saved before this is lost.</p>
</body></html>
`;
  return { status: 503, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' }, body: html };
}

export function unavailableResponse(pathname: string, reason: string) {
  const { status, headers, body } = unavailableAnswer(pathname, reason);
  return new NextResponse(body, { status, headers });
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
