import { NextResponse } from 'next/server';
import type { DatabaseState } from './database-state';

// What proxy.ts answers while the database is down (lib/ops/database-state.ts): 503 with
// a message, JSON under /api/ and a small page elsewhere, and Retry-After so that clients
// and load balancers come back. /api/health is left to answer for itself, with the reason.

export const RETRY_AFTER_SECONDS = 5;

export function answersWhileDown(pathname: string) {
  return pathname === '/api/health';
}

export function unavailableResponse(pathname: string, state: Extract<DatabaseState, { reachable: false }>) {
  const headers = { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' };
  const message = `${state.reason} Please try again in a minute.`;
  if (pathname.startsWith('/api/')) {
    return NextResponse.json({ error: 'unavailable', message, fieldErrors: {} }, { status: 503, headers });
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
  return new NextResponse(html, { status: 503, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
