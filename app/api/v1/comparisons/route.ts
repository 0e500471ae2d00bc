import { connection, type NextRequest } from 'next/server';
import { apiComparisonPage } from '@/lib/publishing/api';
import { cachedComparisonList } from '@/lib/publishing/cache';
import { comparisonFiltersQuery, parseComparisonFilters } from '@/lib/publishing/filters';
import { preflight, publicError, publicJson } from '@/lib/publishing/http';
import { site } from '@/lib/publishing/site';

// GET /api/v1/comparisons: published and retracted comparisons, filtered and paginated (docs/api.md).
export async function GET(request: NextRequest) {
  await connection();
  const parsed = parseComparisonFilters(request.nextUrl.searchParams);
  if (!parsed.success) {
    return publicError(422, 'invalid_input', 'The query string is not valid.', parsed.error.issues);
  }
  const page = await cachedComparisonList(parsed.data);
  return publicJson(
    request,
    apiComparisonPage(page, site, (n) => comparisonFiltersQuery(parsed.data, { page: n })),
  );
}

export const OPTIONS = preflight;
