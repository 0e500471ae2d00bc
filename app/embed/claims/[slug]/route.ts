import { connection } from 'next/server';
import { cachedClaim } from '@/lib/publishing/cache';
import { embedHtml, embedNotFoundHtml } from '@/lib/publishing/embed';
import { cacheableAnswer } from '@/lib/publishing/http';
import { isSlug, site } from '@/lib/publishing/site';

// The embeddable card (the only route other sites may frame: next.config.ts headers).
// Rendered per request from the cached claim, like the claim page, so that a publication
// through any app server shows here too (docs/decisions/007-public-changes-across-servers.md).
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const claim = isSlug(slug) ? await cachedClaim(slug) : null;
  const headers = { 'Content-Type': 'text/html; charset=utf-8' };
  if (!claim) return new Response(embedNotFoundHtml(site), { status: 404, headers });
  return cacheableAnswer(request, embedHtml(claim, site), headers);
}
