import { describe, expect, it } from 'vitest';
import { isHttps, securityHeaders } from './headers';
import { isCrossSiteWrite, newNonce, requestId } from './request';

const page = { pathname: '/review/claims/x', nonce: 'bm9uY2U=', https: false, dev: false };
const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

describe('security headers', () => {
  it('allows page scripts only with the request nonce and forbids framing', () => {
    const headers = securityHeaders(page);
    const csp = headers['Content-Security-Policy']!;
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Strict-Transport-Security']).toBeUndefined();
  });

  it('gives public pages, the API and the feed no script at all, and no nonce', () => {
    for (const pathname of [
      '/',
      '/claims',
      '/claims/x',
      '/articles/x',
      '/comparisons',
      '/comparisons/x',
      '/api/v1/claims',
      '/api/v1/comparisons',
      '/feed.xml',
    ]) {
      const csp = securityHeaders({ ...page, pathname })['Content-Security-Policy']!;
      expect(directive(csp, 'script-src'), pathname).toBe("script-src 'none'");
      expect(csp, pathname).not.toContain('nonce');
      expect(directive(csp, 'frame-ancestors'), pathname).toBe("frame-ancestors 'none'");
    }
    // Next's development server reloads pages with its scripts.
    const dev = securityHeaders({ ...page, pathname: '/claims/x', dev: true })['Content-Security-Policy']!;
    expect(directive(dev, 'script-src')).toContain("'nonce-bm9uY2U='");
  });

  it('lets any site frame the embed, which may run no script', () => {
    const headers = securityHeaders({ ...page, pathname: '/embed/claims/x' });
    const csp = headers['Content-Security-Policy']!;
    expect(directive(csp, 'frame-ancestors')).toBe('frame-ancestors *');
    expect(directive(csp, 'default-src')).toBe("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(headers['X-Frame-Options']).toBeUndefined();
  });

  it('leaves evidence files their own sandboxing policy', () => {
    const headers = securityHeaders({ ...page, pathname: '/api/evidence/abc' });
    expect(headers['Content-Security-Policy']).toBeUndefined();
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('sends HSTS and upgrades requests only over https', () => {
    const headers = securityHeaders({ ...page, https: true });
    expect(headers['Strict-Transport-Security']).toBe('max-age=31536000');
    expect(headers['Content-Security-Policy']).toContain('upgrade-insecure-requests');
  });

  it('lets the single sign-on form post to the identity provider', () => {
    const csp = securityHeaders({ ...page, ssoOrigin: 'https://id.example.org' })['Content-Security-Policy']!;
    expect(directive(csp, 'form-action')).toBe("form-action 'self' https://id.example.org");
  });

  it('knows https from the address, the reverse proxy or PUBLIC_BASE_URL', () => {
    const http = new URL('http://127.0.0.1:3000/');
    expect(isHttps(http, null, 'http://localhost:3000')).toBe(false);
    expect(isHttps(http, 'http', 'http://localhost:3000')).toBe(false);
    expect(isHttps(http, 'https, http', 'http://localhost:3000')).toBe(true);
    expect(isHttps(http, null, 'https://checks.example.org')).toBe(true);
    expect(isHttps(new URL('https://checks.example.org/'), null, 'http://localhost:3000')).toBe(true);
  });
});

describe('request ids and nonces', () => {
  it('keeps a harmless incoming id and replaces anything else', () => {
    expect(requestId('abc-123.def_456')).toBe('abc-123.def_456');
    for (const bad of [null, '', 'a b', 'x\ninjected', '<script>', 'a'.repeat(200), '-leading']) {
      const id = requestId(bad);
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('makes a fresh base64 nonce each time', () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});

describe('cross-site writes', () => {
  const h = (entries: Record<string, string>) => new Headers({ host: 'checks.example.org', ...entries });

  it('refuses a post whose Origin is another site, "null", or that the browser calls cross-site', () => {
    expect(isCrossSiteWrite('POST', h({ origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSiteWrite('DELETE', h({ origin: 'null' }))).toBe(true);
    expect(isCrossSiteWrite('PUT', h({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isCrossSiteWrite('PATCH', h({ 'sec-fetch-site': 'same-site', origin: 'https://a.example.org' }))).toBe(true);
  });

  it('lets through our own pages, reads, and clients that are not browsers', () => {
    expect(isCrossSiteWrite('POST', h({ origin: 'https://checks.example.org', 'sec-fetch-site': 'same-origin' }))).toBe(
      false,
    );
    expect(isCrossSiteWrite('GET', h({ origin: 'https://evil.example' }))).toBe(false);
    expect(isCrossSiteWrite('POST', h({}))).toBe(false);
  });

  it('compares with the host the reverse proxy forwarded', () => {
    const forwarded = new Headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'checks.example.org' });
    expect(isCrossSiteWrite('POST', new Headers([...forwarded, ['origin', 'https://checks.example.org']]))).toBe(false);
    expect(isCrossSiteWrite('POST', new Headers([...forwarded, ['origin', 'http://127.0.0.1:3000']]))).toBe(true);
  });
});
