import type { ArticleClaimMark } from '@/lib/publishing/articles';
import { segmentArticle } from '@/lib/publishing/segments';
import { paths } from '@/lib/publishing/site';
import { PublicLink } from './link';
import { StatusBadge } from './status-badge';

// The article verbatim, each published claim highlighted where it stands, with its verdict
// right after it as the link to its check. Plain HTML: it reads the same without JavaScript.
export function ArticleBody({ body, claims }: { body: string; claims: ArticleClaimMark[] }) {
  const bySlug = new Map(claims.map((c) => [c.slug, c]));
  const paragraphs = segmentArticle(
    body,
    claims.map((c) => ({ key: c.slug, start: c.spanStart, end: c.spanEnd })),
  );
  return (
    <div className="space-y-4 font-serif text-lg leading-relaxed">
      {paragraphs.map((segments, p) => (
        <p key={p}>
          {segments.map((segment, s) => {
            const anchors = segment.starts.map((slug) => (
              <span key={slug} id={`claim-${slug}`} className="scroll-mt-4" />
            ));
            const verdicts = segment.ends.map((slug) => <VerdictLink key={slug} claim={bySlug.get(slug)!} />);
            return (
              <span key={s}>
                {anchors}
                {segment.keys.length ? (
                  <mark className="rounded-sm bg-yellow-100 px-0.5 text-slate-950 underline decoration-yellow-600 decoration-2">
                    {segment.text}
                  </mark>
                ) : (
                  segment.text
                )}
                {verdicts}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}

function VerdictLink({ claim }: { claim: ArticleClaimMark }) {
  return (
    <PublicLink
      href={paths.claim(claim.slug)}
      className="mx-1 inline-block align-baseline font-sans no-underline"
      aria-label={`${claim.status === 'retracted' ? 'Retracted' : claim.verdict.label}: read the check of “${claim.statement}”`}
    >
      <StatusBadge status={claim.status} verdict={claim.verdict} />
    </PublicLink>
  );
}
