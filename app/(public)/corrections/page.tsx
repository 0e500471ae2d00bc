import type { Metadata } from 'next';
import { DateText } from '@/components/public/date-text';
import { FollowLink } from '@/components/public/follow-link';
import { PublicLink } from '@/components/public/link';
import { PolicyText } from '@/components/public/policy-text';
import { Section } from '@/components/public/section';
import { cachedCorrections, cachedPolicy } from '@/lib/publishing/cache';
import { correctionHeadline, correctionPath } from '@/lib/publishing/corrections';
import { listingMetadata, withFeed } from '@/lib/publishing/metadata';
import { paths } from '@/lib/publishing/site';

export const metadata: Metadata = withFeed(
  listingMetadata(
    'Corrections',
    'Our corrections policy, and every correction and retraction we have published, newest first.',
    paths.corrections(),
  ),
  paths.correctionsFeed(),
  'Corrections and retractions',
);

// The policy (edited by an admin) and every published correction and retraction. Served
// whole from the page store (docs/decisions/017); each correction or policy edit replaces it.
export default async function CorrectionsPage() {
  const [policy, corrections] = await Promise.all([cachedPolicy(), cachedCorrections()]);
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Corrections policy</h1>
      </header>
      <PolicyText text={policy} />
      <Section id="corrections" title="Corrections and retractions">
        <p className="mb-4">
          <FollowLink href={paths.correctionsFeed()}>Follow corrections (RSS)</FollowLink>
        </p>
        {corrections.length === 0 ? (
          <p>We have not corrected or retracted any published check.</p>
        ) : (
          <ol className="space-y-4" aria-label="Newest first">
            {corrections.map((c) => (
              <li key={c.id} id={c.id} className="border-l-4 border-amber-700 pl-4" data-testid="correction">
                <p>
                  <span className="font-semibold">{c.kind === 'retracted' ? 'Retracted' : 'Corrected'}</span> on{' '}
                  <DateText iso={c.at} />:{' '}
                  <PublicLink href={correctionPath(c.check)}>{correctionHeadline(c)}</PublicLink>
                </p>
                {c.verdictBefore && c.verdictAfter ? (
                  <p className="text-slate-700">
                    Verdict changed from {c.verdictBefore} to {c.verdictAfter}.
                  </p>
                ) : null}
                {c.note ? <p className="mt-1 text-slate-800">{c.note}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </div>
  );
}
