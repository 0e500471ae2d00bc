// Times shown to staff, in UTC whatever the server's time zone ("2 Dec 2026, 04:05 UTC"):
// the label says UTC, so the digits must be UTC too. Written out here rather than through
// Intl, whose short month names change with Node's ICU data ("Sep" or "Sept").
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

export function formatUtcDateTime(date: Date): string {
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return `${day}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}
