import type { Metadata } from 'next';
import { PublicLink } from '@/components/public/link';
import { ReportForm } from '@/components/public/report-form';
import { readReportResult, type RefusedField } from '@/lib/reports/result';
import { REPORTS_PER_HOUR } from '@/lib/reports/send';

// The report form on its own page, and the answer to a report sent from any public page
// (app/(public)/report/send/route.ts sends the reader here). The address says everything
// the page shows, so it is the same for every reader and can be kept whole.

export const metadata: Metadata = {
  title: 'Report an error or suggest a claim',
  robots: { index: false, follow: false },
};

const refusedField: Record<RefusedField, string> = {
  message: 'Tell us what is wrong or what we should check, in plain text of at most 2,000 characters.',
  link: 'The link must be a web address starting with http:// or https://.',
  email: 'The e-mail address does not look like one (name@example.org), or leave it empty.',
  page: 'The report did not say which page it was about. Please send it again from that page.',
};

export default async function ReportPage({ searchParams }: PageProps<'/report'>) {
  const result = readReportResult(await searchParams);
  const back = result.page ? (
    <p>
      <PublicLink href={result.page}>Back to the page you were reading</PublicLink>
    </p>
  ) : null;

  if (result.sent) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-semibold">Thank you: your report has reached our desk</h1>
        <p>
          Our staff read every report. If you left your e-mail, we will write when we have dealt with it, and delete the
          address then.
        </p>
        {back}
      </section>
    );
  }

  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Report an error or suggest a claim to check</h1>
      {result.refused === 'limit' ? (
        <p role="alert" className="rounded border-l-4 border-red-800 bg-red-50 px-3 py-2">
          Your report was not sent: we take at most {REPORTS_PER_HOUR} reports an hour from one address.
          {result.after ? ` Please try again after ${result.after} UTC.` : ' Please try again later.'}
        </p>
      ) : null}
      {result.refused === 'invalid' ? (
        <p role="alert" className="rounded border-l-4 border-red-800 bg-red-50 px-3 py-2">
          Your report was not sent. {result.field ? refusedField[result.field] : 'Please check it and send it again.'}
        </p>
      ) : null}
      {result.page ? (
        <>
          <p>
            About the page <PublicLink href={result.page}>{result.page}</PublicLink>. No account needed.
          </p>
          <ReportForm page={result.page} idPrefix="report-page" />
        </>
      ) : (
        <p>
          Use the form at the foot of the page you would like to report on: it says which page it is about.{' '}
          <PublicLink href="/">Go to the front page</PublicLink>.
        </p>
      )}
    </section>
  );
}
