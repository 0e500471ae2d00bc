// Times shown to staff, in UTC whatever the server's time zone ("2 Dec 2026, 04:05 UTC"):
// the label says UTC, so the digits must be UTC too.
const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

export function formatUtcDateTime(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}
