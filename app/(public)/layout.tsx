import { headers } from 'next/headers';
import { ReportForm } from '@/components/public/report-form';
import { reportPage } from '@/lib/reports/schemas';

// Every reader's page ends with a way to report an error or suggest a claim. The page's
// path comes from proxy.ts (x-pathname); it is part of the address the page is kept under,
// so the form stays the same for every reader of that page.
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const page = reportPage((await headers()).get('x-pathname') ?? '');
  return (
    <>
      {children}
      {page && page !== '/report' ? (
        <aside aria-labelledby="report-heading" className="mt-16 border-t border-slate-200 pt-6">
          <details>
            <summary id="report-heading" className="cursor-pointer font-semibold">
              Report an error or suggest a claim to check
            </summary>
            <div className="mt-4">
              <ReportForm page={page} />
            </div>
          </details>
        </aside>
      ) : null}
    </>
  );
}
