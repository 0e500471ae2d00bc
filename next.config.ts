import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@node-rs/argon2'],
  poweredByHeader: false,
  typedRoutes: false,
  // authInterrupts: forbidden(), the 403 page for a signed-in user whose role does not allow a page.
  experimental: {
    authInterrupts: true,
    // With proxy.ts present, Next buffers each request body for it and cuts the body at
    // this size (10 MB by default, which broke 20 MB evidence uploads with a 500). One
    // megabyte above the upload route's own limit (lib/evidence/schemas.ts
    // MAX_UPLOAD_BODY_BYTES), so that route always sees enough to refuse with a message.
    proxyClientMaxBodySize: '21mb',
    // Next's default, written out: proxy.ts answers a larger action with 413 and a message
    // (lib/http.ts ACTION_BODY_LIMIT), where Next itself would answer 500.
    serverActions: { bodySizeLimit: '1mb' },
  },
  // proxy.ts puts the security headers on every answer but Next's build files, which it
  // does not see (lib/security/headers.ts); these two are all that apply to a script or a stylesheet.
  async headers() {
    return [
      {
        source: '/_next/static/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
