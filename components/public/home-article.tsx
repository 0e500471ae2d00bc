import { ClaimKindLabel } from '@/components/claim-kind-label';
import type { HomeArticle } from '@/lib/publishing/articles';
import { paths } from '@/lib/publishing/site';
import { DemoTag } from './demo-notice';
import { PublicLink } from './link';
import { StatusBadge } from './status-badge';

/** An article on the front page: every claim we found in it, checked or not yet. */
export function HomeArticleSection({ article }: { article: HomeArticle }) {
  return (
    <section aria-labelledby={`article-${article.slug}`}>
      <h2 id={`article-${article.slug}`} className="font-serif text-2xl font-semibold">
        {article.title}
      </h2>
      <p className="mt-1 text-slate-700">
        {article.publisher} · {article.claims.length} claims, {article.publicCount} checked ·{' '}
        <PublicLink href={paths.article(article.slug)}>Read the annotated article</PublicLink>
      </p>
      <ol className="mt-6 space-y-4">
        {article.claims.map((claim, i) => (
          <li key={i} className="rounded border border-slate-200 p-4" data-testid="claim">
            <blockquote className="font-serif text-lg">“{claim.quote}”</blockquote>
            <dl className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
              <div className="flex gap-1">
                <dt className="text-slate-600">Claimant:</dt>
                <dd className="font-medium">{claim.claimant ?? 'Not attributed'}</dd>
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
                  {claim.check ? (
                    <StatusBadge status={claim.check.status} verdict={claim.check.verdict} />
                  ) : (
                    <span className="text-slate-700">Not yet checked</span>
                  )}
                </dd>
              </div>
            </dl>
            {claim.check ? (
              <div className="mt-2 flex flex-wrap items-center gap-x-4">
                <PublicLink href={paths.claim(claim.check.slug)}>
                  Read the check<span className="sr-only"> of “{claim.check.statement}”</span>
                </PublicLink>
                {claim.check.demo ? <DemoTag /> : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
