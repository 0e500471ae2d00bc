import { ClaimKindLabel } from '@/components/claim-kind-label';
import { AppearanceList, sourcesSentence } from './appearance-list';
import { sourceKindLabels } from '@/lib/claims/kinds';
import { DEMO_NOTICE } from '@/lib/publishing/demo';
import { paths } from '@/lib/publishing/site';
import type { PublicClaim } from '@/lib/publishing/types';
import { ClaimHistory } from './claim-history';
import { DateText } from './date-text';
import { DemoNotice } from './demo-notice';
import { EvidenceList } from './evidence-list';
import { Explanation } from './explanation';
import { FollowLink } from './follow-link';
import { FiguresTable } from './figures-table';
import { PublicLink } from './link';
import { ReuseCheck } from './reuse-check';
import { Section } from './section';
import { StatusBadge } from './status-badge';

export function ClaimView({ claim }: { claim: PublicClaim }) {
  const retraction = claim.history.findLast((h) => h.kind === 'retracted');
  const correction = claim.history.findLast((h) => h.kind === 'corrected');
  return (
    <article className="space-y-8">
      <header className="space-y-4">
        {claim.demo ? <DemoNotice>{DEMO_NOTICE}</DemoNotice> : null}
        {claim.status === 'retracted' && retraction ? (
          <div role="note" className="rounded border-l-4 border-slate-900 bg-slate-100 px-4 py-3">
            <p className="font-semibold">
              We retracted this check on <DateText iso={retraction.at} />. Its verdict no longer stands.
            </p>
            {retraction.note ? <p className="mt-1">{retraction.note}</p> : null}
            <p className="mt-1">
              <PublicLink href={paths.corrections()}>How we correct and retract checks</PublicLink>
            </p>
          </div>
        ) : claim.status === 'published' && correction ? (
          <div role="note" className="rounded border-l-4 border-amber-700 bg-amber-50 px-4 py-3">
            <p className="font-semibold">
              We corrected this check on <DateText iso={correction.at} />
              {correction.verdictBefore && correction.verdictAfter
                ? `: the verdict changed from ${correction.verdictBefore} to ${correction.verdictAfter}.`
                : '.'}
            </p>
            {correction.note ? <p className="mt-1">{correction.note}</p> : null}
            <p className="mt-1">
              <PublicLink href={`${paths.claim(claim.slug)}#history-heading`}>Its history</PublicLink>
              {' · '}
              <PublicLink href={paths.corrections()}>Our corrections policy</PublicLink>
            </p>
          </div>
        ) : null}
        <p className="text-sm text-slate-700">
          Fact check · <ClaimKindLabel kind={claim.kind} />
        </p>
        <h1 className="font-serif text-3xl font-semibold">{claim.statement}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-slate-700">Our verdict:</span>
          <StatusBadge status={claim.status} verdict={claim.verdict} />
        </div>
        <p className="text-slate-800">{claim.verdict.description}</p>
        <p className="text-sm">
          <FollowLink href={paths.claimFeed(claim.slug)}>Follow this check (RSS)</FollowLink>
        </p>
      </header>

      <Section id="said" title="What was said">
        <blockquote className="border-l-4 border-slate-300 pl-4 font-serif text-xl">“{claim.quote}”</blockquote>
        <p className="mt-2">
          In <PublicLink href={paths.article(claim.article.slug)}>{claim.article.title}</PublicLink> (
          {claim.article.publisher}
          {claim.article.publishedAt ? (
            <>
              , <DateText iso={claim.article.publishedAt} />
            </>
          ) : null}
          ).{' '}
          <PublicLink href={paths.claimInArticle(claim.article.slug, claim.slug)}>
            See the quote in the article
          </PublicLink>
          {claim.article.url && /^https?:\/\//.test(claim.article.url) ? (
            <>
              {' · '}
              <a href={claim.article.url} rel="noopener noreferrer">
                Original article
              </a>
            </>
          ) : null}
        </p>
        <AppearanceList claim={claim} />
      </Section>

      <Section id="who" title="Who made the claim">
        {claim.claimant ? (
          <p>
            <span className="font-semibold">{claim.claimant.name}</span> ({sourceKindLabels[claim.claimant.kind]})
            {claim.claimant.description ? `: ${claim.claimant.description}` : null}
          </p>
        ) : (
          <p>The article does not say who made this claim.</p>
        )}
        {claim.attribution ? (
          <p className="mt-1">
            How the article attributes it: <q>{claim.attribution}</q>
          </p>
        ) : null}
        <p className="mt-1" data-testid="independent-sources">
          Sources: {sourcesSentence(claim.independentSources)}
          {claim.appearances.length ? ' Outlets that relay a source are not counted again.' : null}
        </p>
      </Section>

      <Section id="found" title="What we found">
        {claim.explanation ? <Explanation text={claim.explanation} /> : <p>No explanation has been published.</p>}
      </Section>

      {claim.figures.length ? (
        <Section id="figures" title="The figures">
          <FiguresTable figures={claim.figures} />
          {claim.comparisons.length ? (
            <ul className="mt-3 list-disc pl-6">
              {claim.comparisons.map((c) => (
                <li key={c.slug}>
                  Compared with other sources: <PublicLink href={paths.comparison(c.slug)}>{c.question}</PublicLink>
                </li>
              ))}
            </ul>
          ) : null}
        </Section>
      ) : null}

      <Section id="evidence" title="Evidence">
        {claim.evidence.length ? (
          <EvidenceList evidence={claim.evidence} />
        ) : (
          <p>No public evidence is attached to this check.</p>
        )}
      </Section>

      <Section id="history" title="Corrections and history">
        <ClaimHistory history={claim.history} />
        <p className="mt-3 text-sm">
          <PublicLink href={paths.corrections()}>Our corrections policy</PublicLink>, and every correction we have
          published.
        </p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-700">Published</dt>
          <dd>
            <DateText iso={claim.publishedAt} />
          </dd>
          <dt className="text-slate-700">Last updated</dt>
          <dd>
            <DateText iso={claim.updatedAt} />
          </dd>
        </dl>
      </Section>

      <ReuseCheck claim={claim} />
    </article>
  );
}
