import 'server-only';
import { db } from '@/lib/db';

// What staff read in the reports inbox (/review/reports).

export const REPORTS_PER_PAGE = 50;

/** The article behind a public page a report came from, so staff can start a claim in it. */
async function articlesOf(pages: string[]) {
  const slugs = (prefix: string) =>
    pages.filter((p) => p.startsWith(prefix)).map((p) => decodeURIComponent(p.slice(prefix.length)));
  const [articles, claims] = await Promise.all([
    db.article.findMany({ where: { slug: { in: slugs('/articles/') } }, select: { id: true, slug: true } }),
    db.claim.findMany({ where: { slug: { in: slugs('/claims/') } }, select: { slug: true, articleId: true } }),
  ]);
  const byPage = new Map<string, string>();
  for (const a of articles) byPage.set(`/articles/${a.slug}`, a.id);
  for (const c of claims) byPage.set(`/claims/${c.slug}`, c.articleId);
  return byPage;
}

/** Open reports, newest first, a page at a time. */
export async function openReports(page = 1) {
  const [total, rows] = await Promise.all([
    db.readerReport.count({ where: { status: 'open' } }),
    db.readerReport.findMany({
      where: { status: 'open' },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * REPORTS_PER_PAGE,
      take: REPORTS_PER_PAGE,
      select: { id: true, page: true, message: true, link: true, email: true, createdAt: true },
    }),
  ]);
  const articles = await articlesOf(rows.map((r) => r.page));
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / REPORTS_PER_PAGE)),
    reports: rows.map((r) => ({ ...r, articleId: articles.get(r.page) ?? null })),
  };
}

export async function openReportCount() {
  return db.readerReport.count({ where: { status: 'open' } });
}

/** An open report, for the article page when a claim is being made from it. */
export async function openReport(id: string) {
  if (id.length > 64) return null;
  return db.readerReport.findFirst({ where: { id, status: 'open' }, select: { id: true, message: true, link: true } });
}
