import { getPublicClaim } from '@/lib/publishing/claim';
import { embedHtml, embedNotFoundHtml } from '@/lib/publishing/embed';
import { isSlug, site } from '@/lib/publishing/site';

// The embeddable card (the only route other sites may frame: next.config.ts headers).
// Rendered on first request and kept in the full route cache until revalidatePublishedClaim.
export const dynamic = 'force-static';
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const claim = isSlug(slug) ? await getPublicClaim(slug) : null;
  const headers = { 'Content-Type': 'text/html; charset=utf-8' };
  if (!claim) return new Response(embedNotFoundHtml(site), { status: 404, headers });
  return new Response(embedHtml(claim, site), { headers });
}
