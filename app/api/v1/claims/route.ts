import { connection, type NextRequest } from 'next/server';
import { apiClaimPage } from '@/lib/publishing/api';
import { cachedClaimList } from '@/lib/publishing/cache';
import { filtersQuery, parseClaimFilters } from '@/lib/publishing/filters';
import { preflight, publicError, publicJson } from '@/lib/publishing/http';
import { site } from '@/lib/publishing/site';

// GET /api/v1/claims: published and retracted checks, filtered and paginated (docs/api.md).
export async function GET(request: NextRequest) {
  await connection();
  const parsed = parseClaimFilters(request.nextUrl.searchParams);
  if (!parsed.success) {
    return publicError(422, 'invalid_input', 'The query string is not valid.', parsed.error.issues);
  }
  const page = await cachedClaimList(parsed.data);
  return publicJson(
    request,
    apiClaimPage(page, site, (n) => filtersQuery(parsed.data, { page: n })),
  );
}

export const OPTIONS = preflight;
