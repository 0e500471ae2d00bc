import type { PublicArticle } from '@/lib/publishing/articles';
import { paths } from '@/lib/publishing/site';
import { DateText } from './date-text';
import { PublicLink } from './link';
import { Section } from './section';

// The publisher edited the article after we published checks of it (lib/articles/versions.ts):
// when, and for each check whose quoted words changed, the words as we checked them and now.

export function ArticleUpdatedNotice({ updated }: { updated: NonNullable<PublicArticle['updated']> }) {
  return (
    <p className="rounded border border-sky-300 bg-sky-50 p-3 text-slate-900">
      The publisher changed this article after our check. The text below is the version of <DateText iso={updated.at} />{' '}
      (version {updated.version}).
    </p>
  );
}

export function ArticleChanges({ claims }: { claims: PublicArticle['claims'] }) {
  const changed = claims.filter((c) => c.change);
  if (!changed.length) return null;
  return (
    <Section id="changes" title="What changed in the checked words">
      <ul className="space-y-4">
        {changed.map((c) => (
          <li key={c.slug} className="space-y-1">
            <p>
              <PublicLink href={paths.claim(c.slug)}>{c.statement}</PublicLink>
              <span className="text-sm text-slate-700">
                {' '}
                · changed <DateText iso={c.change!.at} />
              </span>
            </p>
            <p>
              When we checked it: <del className="bg-red-50 text-red-900">{c.change!.from}</del>
            </p>
            <p>
              {c.change!.now ? (
                <>
                  Now: <ins className="bg-green-50 text-green-900 no-underline">{c.change!.now}</ins>
                </>
              ) : (
                'Now: these words are no longer in the article.'
              )}
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
