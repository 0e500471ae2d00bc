// Dates as readers read them ("26 November 2026"), in UTC so the cached page does not
// depend on the server's time zone; the machine-readable value stays in dateTime.
const long = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  return long.format(new Date(iso));
}

export function DateText({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDate(iso)}</time>;
}
