// Where to send someone after signing in: only a path on this site. Browsers forgive a lot
// in a Location header (they drop tabs and newlines, read `\` as `/`, resolve `/./` and
// `/../`), so the value is checked as a browser would read it, then handed back in the
// form the URL parser wrote it, never as the visitor typed it.
const origin = 'http://callback.invalid';

// C0 and C1 controls, DEL, backslash, and anything outside a well-formed string.
const unsafe = /[\u0000-\u001f\u007f-\u009f\\]/;

/** A same-origin path (with its query and fragment), or `fallback`. */
export function safeCallbackUrl(value: unknown, fallback = '/review'): string {
  if (typeof value !== 'string' || value.length > 2048) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || unsafe.test(value) || !value.isWellFormed()) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search + url.hash;
  // `/.//evil.example` resolves to the path `//evil.example`, which a browser reads as a host.
  if (url.origin !== origin || !path.startsWith('/') || path.startsWith('//')) return fallback;
  return path;
}

/**
 * Auth.js's redirect callback: a path, or an absolute URL on this site, becomes a URL on
 * this site; anything else goes to `fallback`.
 */
export function safeRedirectUrl(url: string, baseUrl: string, fallback = '/review'): string {
  // Auth.js passes the site's origin as baseUrl.
  const { origin: site } = new URL(baseUrl);
  let candidate = url;
  if (!url.startsWith('/')) {
    try {
      const parsed = new URL(url);
      candidate = parsed.origin === site ? parsed.pathname + parsed.search + parsed.hash : fallback;
    } catch {
      candidate = fallback;
    }
  }
  return `${site}${safeCallbackUrl(candidate, fallback)}`;
}
