import type { Metadata } from 'next';
import { PublicLink } from '@/components/public/link';
import { connection } from 'next/server';
import { env } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(env.PUBLIC_BASE_URL),
  title: { default: env.ORG_NAME, template: `%s · ${env.ORG_NAME}` },
  description: 'Claim-by-claim fact checks of news articles, with sources and corrections in the open.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders on request: Next.js puts the request's CSP nonce on its scripts only
  // then (proxy.ts, docs/decisions/005-security-headers.md). Public data stays cached.
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-slate-50">
          <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
            <PublicLink href="/" className="text-lg font-semibold text-slate-900 no-underline">
              {env.ORG_NAME}
            </PublicLink>
            <nav aria-label="Fact checks" className="flex gap-4">
              <PublicLink href="/claims">All checks</PublicLink>
              <PublicLink href="/comparisons">All comparisons</PublicLink>
              <PublicLink href="/corrections">Corrections</PublicLink>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
