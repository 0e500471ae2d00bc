import { connection } from 'next/server';
import { ClaimKindLabel } from '@/components/claim-kind-label';
import { VerdictBadge } from '@/components/verdict-badge';
import { listArticlesWithClaims } from '@/lib/articles/queries';

export default async function HomePage() {
  // Rendered on request, never at build time: the build needs no database.
  await connection();
  const articles = await listArticlesWithClaims();

  if (articles.length === 0) {
    return (
      <section>
        <h1 className="text-2xl font-semibold">No articles yet</h1>
        <p className="mt-2 text-slate-700">Checked articles and their claims will appear here.</p>
      </section>
    );
  }

  return (
    <div className="space-y-12">
      {articles.map((article) => (
        <section key={article.id} aria-labelledby={`article-${article.id}`}>
          <h1 id={`article-${article.id}`} className="font-serif text-2xl font-semibold">
            {article.title}
          </h1>
          <p className="mt-1 text-slate-700">
            {article.publisher} · {article.claims.length} claims
          </p>
          <ol className="mt-6 space-y-4">
            {article.claims.map((claim) => (
              <li key={claim.id} className="rounded border border-slate-200 p-4" data-testid="claim">
                <blockquote className="font-serif text-lg">“{claim.quote}”</blockquote>
                <dl className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
                  <div className="flex gap-1">
                    <dt className="text-slate-600">Claimant:</dt>
                    <dd className="font-medium">{claim.claimant?.name ?? 'Not attributed'}</dd>
                  </div>
                  <div className="flex gap-1">
                    <dt className="text-slate-600">Kind:</dt>
                    <dd>
                      <ClaimKindLabel kind={claim.kind} />
                    </dd>
                  </div>
                  <div className="flex items-center gap-1">
                    <dt className="text-slate-600">Verdict:</dt>
                    <dd>
                      {claim.verdict ? (
                        <VerdictBadge label={claim.verdict.label} tone={claim.verdict.tone} />
                      ) : (
                        <span className="text-slate-700">Not yet checked</span>
                      )}
                    </dd>
                  </div>
                </dl>
                {claim.demo && claim.isPublic ? (
                  <p className="mt-2 text-sm text-amber-900">Demonstration check, not a real verdict</p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
