import { connection } from 'next/server';
import { apiClaim } from '@/lib/publishing/api';
import { cachedClaim } from '@/lib/publishing/cache';
import { preflight, publicError, publicJson } from '@/lib/publishing/http';
import { isSlug, site } from '@/lib/publishing/site';

// GET /api/v1/claims/[slug]: one check with its figures, public evidence and history.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const claim = isSlug(slug) ? await cachedClaim(slug) : null;
  if (!claim) return publicError(404, 'not_found', 'No published check has this slug.');
  return publicJson(request, { data: apiClaim(claim, site) });
}

export const OPTIONS = preflight;
