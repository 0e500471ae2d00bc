// The client's address, for counting failed sign-ins per address. Next.js fills in
// X-Forwarded-For from the socket only when the request has none, so behind no proxy a
// client can choose it: the per-account limit is the defence that cannot be dodged. In
// production put a reverse proxy in front that overwrites the header.
export function requestAddress(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || headers.get('x-real-ip') || null;
}
