import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@node-rs/argon2'],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden(): the 403 page for a signed-in user whose role does not allow a page.
  experimental: { authInterrupts: true },
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
