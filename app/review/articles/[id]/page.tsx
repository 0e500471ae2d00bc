import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/review/import/article-body';
import { NewVersionForm } from '@/components/review/import/new-version-form';
import { ProposalBatch } from '@/components/review/import/proposal-batch';
import { ProposalCard } from '@/components/review/import/proposal-card';
import { FocusProposalFromHash } from '@/components/review/import/proposal-jump';
import { PROPOSALS_PER_PAGE, loadArticleReview } from '@/lib/articles/review';
import { requireUser } from '@/lib/auth/session';
import { openReport } from '@/lib/reports/inbox';
import { ReportText } from '@/components/review/report-text';

export const metadata: Metadata = { title: 'Article and proposed claims' };

const versionHow: Record<string, string> = {
  import: 'imported',
  reimport: 'imported again from its address',
  paste: 'pasted as a new version',
};

export default async function ArticleReviewPage({ params, searchParams }: PageProps<'/review/articles/[id]'>) {
  await requireUser();
  const { id } = await params;
  const { proposals: asked, report: reportId } = await searchParams;
  const review = await loadArticleReview(id, typeof asked === 'string' ? Number(asked) : 1);
  if (!review) notFound();
  // A claim started from a reader's report (/review/reports): each form here carries it.
  const report = typeof reportId === 'string' ? await openReport(reportId) : null;
  const { article, claims, proposals, sources, proposalPages: pages } = review;
  const pageHref = (page: number) =>
    `/review/articles/${article.id}?proposals=${page}${report ? `&report=${report.id}` : ''}#proposals-heading`;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{article.title}</h1>
        <p className="text-sm text-slate-700">
          {article.publisher}
          {article.url ? (
            <>
              {' · '}
              <a href={article.url} rel="noopener noreferrer nofollow">
                original
              </a>
            </>
          ) : null}
        </p>
        <p className="text-sm text-slate-700">
          <mark className="bg-yellow-200 text-slate-900">Yellow</mark>: a proposed claim.{' '}
          <mark className="bg-emerald-100 text-slate-900 underline decoration-emerald-800">Green</mark>: already a
          claim.
        </p>
      </header>

      {report ? (
        <aside aria-labelledby="report-heading" className="rounded border-l-4 border-sky-700 bg-sky-50 px-4 py-3">
          <h2 id="report-heading" className="font-semibold">
            Making a claim from a reader&rsquo;s report
          </h2>
          <ReportText report={report} />
          <p className="text-sm">
            Accept a proposal or select the words in the article: the report closes with the claim.
          </p>
        </aside>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        {/* The article stays in view while its proposals scroll past (issue 19). */}
        <section
          aria-labelledby="text-heading"
          className="space-y-3 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2"
        >
          <h2 id="text-heading" className="text-lg font-semibold">
            The article
          </h2>
          <ArticleBody
            articleId={article.id}
            segments={review.segments}
            sources={sources}
            perPage={PROPOSALS_PER_PAGE}
            reportId={report?.id}
          />
        </section>

        <div className="space-y-8">
          <section aria-labelledby="claims-heading" className="space-y-2">
            <h2 id="claims-heading" className="text-lg font-semibold">
              Claims ({claims.length + review.appearances.length})
            </h2>
            {claims.length + review.appearances.length === 0 ? <p className="text-sm">None yet.</p> : null}
            <ul className="space-y-1">
              {claims.map((c) => (
                <li key={c.id}>
                  <Link href={`/review/claims/${c.id}`}>{c.statement}</Link>{' '}
                  <span className="text-sm text-slate-700">· {c._count.figures} figures</span>
                  {c.articleChange ? (
                    <span className="ml-1 rounded bg-orange-100 px-1 text-sm text-orange-950">
                      · the article changed here
                    </span>
                  ) : null}
                </li>
              ))}
              {review.appearances.map((a) => (
                <li key={`${a.start}-${a.end}`}>
                  <Link href={`/review/claims/${a.id}`}>{a.statement}</Link>{' '}
                  <span className="text-sm text-slate-700">· repeated here, checked from another article</span>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="versions-heading" className="space-y-2">
            <h2 id="versions-heading" className="text-lg font-semibold">
              Versions ({Math.max(1, article.versions.length)})
            </h2>
            {article.versions.length ? (
              <ul className="text-sm">
                {article.versions.map((v) => (
                  <li key={v.number}>
                    Version {v.number}: {versionHow[v.how] ?? v.how},{' '}
                    {v.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm">Only the text as first imported.</p>
            )}
            <NewVersionForm articleId={article.id} />
          </section>

          <section aria-labelledby="proposals-heading" className="space-y-4">
            <h2 id="proposals-heading" className="text-lg font-semibold">
              Proposed claims ({pages.total})
            </h2>
            {pages.pageCount > 1 ? (
              <nav aria-label="Pages of proposals" className="flex items-center gap-4 text-sm">
                {pages.page > 1 ? <Link href={pageHref(pages.page - 1)}>Previous proposals</Link> : null}
                <span>
                  {pages.first}–{pages.first + proposals.length - 1} of {pages.total}
                </span>
                {pages.page < pages.pageCount ? <Link href={pageHref(pages.page + 1)}>Next proposals</Link> : null}
              </nav>
            ) : null}
            {review.detectionNote ? <p className="text-sm">{review.detectionNote}</p> : null}
            {pages.total === 0 && !review.detectionNote ? <p className="text-sm">No proposals left.</p> : null}
            {/* Kept when the last proposals are accepted: it holds their results. */}
            <ProposalBatch articleId={article.id} any={proposals.length > 0}>
              <FocusProposalFromHash />
              {proposals.map((p, i) => (
                <ProposalCard
                  key={`${p.start}-${p.end}`}
                  articleId={article.id}
                  proposal={p}
                  number={pages.first + i}
                  sources={sources}
                  reportId={report?.id}
                />
              ))}
            </ProposalBatch>
          </section>
        </div>
      </div>
    </div>
  );
}
