// One article, one address: the same page is shared with campaign tags, a fragment, a
// trailing slash, with or without "www." and over http or https. Importing any of those
// forms finds the article already imported (a new version of it, docs/decisions/022)
// rather than making a second copy of it with its own checks.

// Query parameters that say how a reader arrived, never which page: analytics campaign
// tags and the click identifiers of ad and social platforms.
const TRACKING =
  /^(?:utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|smid|ref_src)$/i;

/**
 * The address as we keep it: without a fragment, tracking parameters or a trailing slash
 * after a path; host in lower case (the URL parser's own). The scheme and "www." are kept
 * as given, since some sites answer on one only: `addressesOf` matches across them.
 */
export function canonicalArticleUrl(address: string): string {
  const url = new URL(address);
  url.hash = '';
  // The pairs are dropped from the query as written: URLSearchParams would re-encode the rest
  // ("?12345" would become "?12345=", "%20" a "+"), and a page may be named by exactly that.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING.test(decodeKey(pair.split('=')[0]!)));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url.toString();
}

function decodeKey(key: string) {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/**
 * Every form of a canonical address that names the same page: http or https, with or without
 * "www.", and with the trailing slash an address kept before addresses were canonical may have.
 */
export function addressesOf(canonical: string): string[] {
  const url = new URL(canonical);
  const bare = url.hostname.replace(/^www\./, '');
  const paths = url.pathname === '/' ? ['/'] : [url.pathname, `${url.pathname}/`];
  const forms = new Set<string>();
  for (const protocol of ['https:', 'http:'])
    for (const host of [bare, `www.${bare}`])
      for (const pathname of paths) {
        const form = new URL(canonical);
        form.protocol = protocol;
        form.hostname = host;
        form.pathname = pathname;
        forms.add(form.toString());
      }
  return [...forms];
}
