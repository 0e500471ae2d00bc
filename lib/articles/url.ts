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
  const tracking = [...url.searchParams.keys()].filter((key) => TRACKING.test(key));
  // (Only a query that held tracking is rewritten: URLSearchParams re-encodes what it keeps.)
  for (const key of tracking) url.searchParams.delete(key);
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url.toString();
}

/** Every form of a canonical address that names the same page: http or https, with or without "www.". */
export function addressesOf(canonical: string): string[] {
  const url = new URL(canonical);
  const bare = url.hostname.replace(/^www\./, '');
  const forms = new Set<string>();
  for (const protocol of ['https:', 'http:'])
    for (const host of [bare, `www.${bare}`]) {
      const form = new URL(canonical);
      form.protocol = protocol;
      form.hostname = host;
      forms.add(form.toString());
    }
  return [...forms];
}
