/** What a reader sent: their words as plain text, and their link if any (never followed for rank). */
export function ReportText({ report }: { report: { message: string; link: string | null } }) {
  return (
    <>
      <p className="break-words whitespace-pre-wrap">{report.message}</p>
      {report.link ? (
        <p className="text-sm break-all">
          Link:{' '}
          <a href={report.link} rel="noopener noreferrer nofollow">
            {report.link}
          </a>
        </p>
      ) : null}
    </>
  );
}
