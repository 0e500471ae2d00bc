import type { PublicArticle } from '@/lib/publishing/articles';
import { DEMO_ARTICLE_NOTICE } from '@/lib/publishing/demo';
import { paths } from '@/lib/publishing/site';
import { ArticleBody } from './article-body';
import { ArticleChanges, ArticleUpdatedNotice } from './article-changes';
import { DateText } from './date-text';
import { DemoNotice } from './demo-notice';
import { PublicLink } from './link';
import { Section } from './section';
import { StatusBadge } from './status-badge';

export function ArticleView({ article }: { article: PublicArticle }) {
  const demo = article.claims.filter((c) => c.demo).length;
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">Annotated article</p>
        <h1 className="font-serif text-3xl font-semibold">{article.title}</h1>
        <p className="text-slate-700">
          {article.publisher}
          {article.publishedAt ? (
            <>
              {' · '}
              <DateText iso={article.publishedAt} />
            </>
          ) : null}
          {article.url && /^https?:\/\//.test(article.url) ? (
            <>
              {' · '}
              <a href={article.url} rel="noopener noreferrer">
                Original article
              </a>
            </>
          ) : null}
        </p>
        {article.sourceLine ? <p className="text-sm text-slate-700">{article.sourceLine}</p> : null}
        <p>
          The{' '}
          {article.claims.length === 1
            ? 'claim we have checked is'
            : `${article.claims.length} claims we have checked are`}{' '}
          <mark className="rounded-sm bg-yellow-100 px-0.5 underline decoration-yellow-600 decoration-2">
            highlighted
          </mark>
          , each followed by our verdict, which links to the check.
        </p>
        {article.updated ? <ArticleUpdatedNotice updated={article.updated} /> : null}
        {demo ? <DemoNotice>{DEMO_ARTICLE_NOTICE}</DemoNotice> : null}
      </header>

      <Section id="text" title="The article">
        <ArticleBody body={article.body} claims={article.claims} />
      </Section>

      <ArticleChanges claims={article.claims} />

      <Section id="checks" title="Checks in this article">
        <ul className="space-y-2">
          {article.claims.map((c) => (
            <li key={c.slug} className="flex flex-wrap items-center gap-2">
              <StatusBadge status={c.status} verdict={c.verdict} />
              <PublicLink href={paths.claim(c.slug)}>{c.statement}</PublicLink>
              {c.demo ? <span className="text-sm text-amber-900">(demonstration)</span> : null}
            </li>
          ))}
        </ul>
      </Section>

      {article.comparisons.length ? (
        <Section id="comparisons" title="Comparisons with its figures">
          <ul className="space-y-2">
            {article.comparisons.map((c) => (
              <li key={c.slug}>
                <PublicLink href={paths.comparison(c.slug)}>{c.question}</PublicLink>
                {c.status === 'retracted' ? <span className="text-sm text-slate-700"> (retracted)</span> : null}
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <PublicLink href={paths.comparisons()}>All comparisons</PublicLink>
          </p>
        </Section>
      ) : null}
    </article>
  );
}
