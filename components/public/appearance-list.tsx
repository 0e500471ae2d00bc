import { paths } from '@/lib/publishing/site';
import type { PublicClaim } from '@/lib/publishing/types';
import { DateText } from './date-text';
import { PublicLink } from './link';

// Where else the claim was made (decision 021): each later article, who it names and whom
// they relay, with a link to the words in our annotated copy of that article.

export function sourcesSentence(count: number) {
  if (count === 0) return 'No named primary source.';
  return count === 1 ? '1 independent primary source.' : `${count} independent primary sources.`;
}

export function AppearanceList({ claim }: { claim: PublicClaim }) {
  if (claim.appearances.length === 0) return null;
  return (
    <div className="mt-4">
      <h3 className="font-semibold">Also reported by</h3>
      <ul className="mt-1 list-disc space-y-1 pl-6" data-testid="appearances">
        {claim.appearances.map((a) => (
          <li key={a.article.slug + a.quote}>
            {a.article.publisher}
            {a.claimant ? (
              <>
                , naming {a.claimant}
                {a.cites ? <>, citing {a.cites}</> : null}
              </>
            ) : null}
            {a.reportedAt ? (
              <>
                {' '}
                on <DateText iso={a.reportedAt} />
              </>
            ) : null}
            : <PublicLink href={paths.claimInArticle(a.article.slug, claim.slug)}>{a.article.title}</PublicLink>
            {a.article.url && /^https?:\/\//.test(a.article.url) ? (
              <>
                {' · '}
                <a href={a.article.url} rel="noopener noreferrer">
                  original
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
