// The security headers proxy.ts puts on every answer (docs/decisions/005-security-headers.md).
// Framework-free: the proxy passes in what it knows about the request.
import { isKeptWhole } from '@/lib/publishing/whole-pages.mjs';

export type HeaderContext = {
  pathname: string;
  /** Fresh per request; Next.js reads it back from the request's CSP and puts it on its scripts. */
  nonce: string;
  https: boolean;
  dev: boolean;
  /** Where the single sign-on form sends the browser (form-action must allow it). */
  ssoOrigin?: string;
};

const policy = (directives: string[][]) => directives.map((d) => d.join(' ')).join('; ');

/**
 * Scripts only with this request's nonce ('strict-dynamic' lets them load Next's chunks).
 * Styles allow 'unsafe-inline': React style attributes and Radix's scroll lock need it, and
 * a nonce in style-src would make browsers ignore 'unsafe-inline'.
 */
function pagePolicy({ nonce, https, dev, ssoOrigin }: HeaderContext, scripts = true) {
  return policy([
    ['default-src', "'self'"],
    scripts
      ? ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])]
      : ['script-src', "'none'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'", ...(ssoOrigin ? [ssoOrigin] : [])],
    ['frame-ancestors', "'none'"],
    ...(https ? [['upgrade-insecure-requests']] : []),
  ]);
}

/** The embeddable card: no script at all, its own inline styles, framed by any site. */
const embedPolicy = policy([
  ['default-src', "'none'"],
  ['style-src', "'unsafe-inline'"],
  ['img-src', "'self'", 'data:'],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', '*'],
]);

export const isEmbed = (pathname: string) => pathname.startsWith('/embed/');
// Evidence files answer with their own sandboxing policy (app/api/evidence/[id]/route.ts).
const ownsPolicy = (pathname: string) => pathname.startsWith('/api/evidence/');

/**
 * Public pages, the API and the feed run no script: they are kept whole and served to
 * every reader alike (lib/publishing/whole-pages.mjs, docs/decisions/017), so they carry
 * no nonce either. Under `next dev` they keep Next's scripts (its reloading needs them).
 */
export function contentSecurityPolicy(context: HeaderContext): string | null {
  if (ownsPolicy(context.pathname)) return null;
  if (isEmbed(context.pathname)) return embedPolicy;
  return pagePolicy(context, context.dev || !isKeptWhole(context.pathname));
}

export function securityHeaders(context: HeaderContext): Record<string, string> {
  const csp = contentSecurityPolicy(context);
  return {
    ...(csp ? { 'Content-Security-Policy': csp } : {}),
    // For browsers older than frame-ancestors.
    ...(isEmbed(context.pathname) ? {} : { 'X-Frame-Options': 'DENY' }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Browsers ignore it on plain http, so it is only ever sent where it can take effect.
    ...(context.https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}

/**
 * Served over https: the address the server saw, the scheme the reverse proxy reports
 * (X-Forwarded-Proto; a forged value only adds HSTS to an http answer, which browsers
 * ignore), or the operator's PUBLIC_BASE_URL.
 */
export function isHttps(url: URL, forwardedProto: string | null, publicBaseUrl: string) {
  const proto = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  return url.protocol === 'https:' || proto === 'https' || publicBaseUrl.startsWith('https:');
}
