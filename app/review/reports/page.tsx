import { formatUtcDateTime } from '@/lib/dates';
import type { Metadata } from 'next';
import Link from 'next/link';
import { DismissReportForm, LinkReportForm } from '@/components/review/report-actions';
import { requireUser } from '@/lib/auth/session';
import { openReports } from '@/lib/reports/inbox';
import { ReportText } from '@/components/review/report-text';

export const metadata: Metadata = { title: 'Reports from readers' };

// Readers' reports, newest first: what they say, the page they came from, and the three
// ways to close one (lib/reports/triage.ts). The e-mail is shown only while a report is open.
export default async function ReportsInbox({ searchParams }: PageProps<'/review/reports'>) {
  await requireUser();
  const asked = Number((await searchParams).page);
  const page = Number.isInteger(asked) && asked > 1 ? Math.min(asked, 10_000) : 1;
  const { reports, total, pageCount } = await openReports(page);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">Reports from readers</h1>
      <p className="max-w-prose">
        What readers sent from the form on our public pages, newest first. Dismiss a report with a reason, link it to
        the claim or comparison that answers it, or start a claim from it. Closing a report deletes the reader&rsquo;s
        e-mail address.
      </p>
      <p>
        {total} open {total === 1 ? 'report' : 'reports'}
        {pageCount > 1 ? ` · page ${page} of ${pageCount}` : ''}
      </p>
      {reports.length === 0 ? <p>No open reports.</p> : null}
      <ol className="space-y-6">
        {reports.map((report) => (
          <li key={report.id}>
            <article
              aria-labelledby={`report-${report.id}`}
              data-testid="report"
              className="space-y-3 rounded border border-slate-300 p-4"
            >
              <h2 id={`report-${report.id}`} className="text-base font-semibold">
                From <a href={report.page}>{report.page}</a>,{' '}
                <time dateTime={report.createdAt.toISOString()}>{formatUtcDateTime(report.createdAt)}</time>
              </h2>
              <ReportText report={report} />
              <p className="text-sm">
                {report.email ? (
                  <>
                    Reply to: <a href={`mailto:${report.email}`}>{report.email}</a> (deleted when the report is closed)
                  </>
                ) : (
                  'No e-mail left.'
                )}
              </p>
              <div className="grid gap-4 md:grid-cols-3">
                <DismissReportForm reportId={report.id} />
                <LinkReportForm reportId={report.id} />
                <div className="space-y-2 text-sm">
                  {report.articleId ? (
                    <p>
                      <Link href={`/review/articles/${report.articleId}?report=${report.id}`}>
                        Start a claim from this report
                      </Link>{' '}
                      in the article it came from; the report closes when the claim is made.
                    </p>
                  ) : (
                    <p>
                      To start a claim, <Link href="/review/articles/new">import the article</Link> it is about, then
                      link this report to the claim.
                    </p>
                  )}
                </div>
              </div>
            </article>
          </li>
        ))}
      </ol>
      {pageCount > 1 ? (
        <nav aria-label="Pages of reports" className="flex gap-4">
          {page > 1 ? <Link href={`/review/reports?page=${page - 1}`}>Newer reports</Link> : null}
          {page < pageCount ? <Link href={`/review/reports?page=${page + 1}`}>Older reports</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
