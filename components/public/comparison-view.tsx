import type { ReactNode } from 'react';
import type { PublicComparison } from '@/lib/publishing/comparison';
import { sourcesSentence } from './appearance-list';
import { DEMO_COMPARISON_NOTICE } from '@/lib/publishing/demo';
import { figureAsWritten, figureRange } from '@/lib/publishing/figures';
import { paths } from '@/lib/publishing/site';
import { DateText } from './date-text';
import { DemoNotice } from './demo-notice';
import { FollowLink } from './follow-link';
import { FigureTable, ScopeCells, scopeColumns } from './figures-table';
import { PublicLink } from './link';
import { Section } from './section';

const readings: Record<PublicComparison['reviewerReading'], string> = {
  consistent: 'Consistent: the figures can all be true at once',
  differ_in_scope: 'They differ in scope: they count different things',
  conflict: 'In conflict: they cannot all be true',
  undetermined: 'Undetermined',
};

const columns = ['Source', 'As reported', 'Range', 'What happened', 'Who', ...scopeColumns, 'Part of'];

/**
 * `chart` (the ranges on one axis) goes right under the table of the same figures;
 * `overTime` (each source's figures along the days they cover) in a section of its own.
 */
export function ComparisonView({
  comparison,
  chart,
  overTime,
}: {
  comparison: PublicComparison;
  chart?: ReactNode;
  overTime?: ReactNode;
}) {
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        {comparison.demo ? <DemoNotice>{DEMO_COMPARISON_NOTICE}</DemoNotice> : null}
        {comparison.status === 'retracted' ? (
          <p role="note" className="rounded border-l-4 border-slate-900 bg-slate-100 px-4 py-3 font-semibold">
            We retracted this comparison; its reading no longer stands.{' '}
            <PublicLink href={paths.corrections()} className="font-normal">
              How we correct and retract
            </PublicLink>
          </p>
        ) : null}
        <p className="text-sm text-slate-700">Comparison of figures</p>
        <h1 className="font-serif text-3xl font-semibold">{comparison.question}</h1>
        {comparison.publishedAt ? (
          <p className="text-sm text-slate-700">
            Published <DateText iso={comparison.publishedAt} />
          </p>
        ) : null}
        {comparison.notices.length ? (
          <ul aria-label="Corrections and retraction" className="space-y-2">
            {comparison.notices.map((n, i) => (
              <li key={i} className="rounded border-l-4 border-amber-700 bg-amber-50 px-4 py-2">
                <span className="font-semibold">{n.kind === 'retraction' ? 'Retracted' : 'Corrected'}</span>{' '}
                <DateText iso={n.at} />: {n.note}
              </li>
            ))}
          </ul>
        ) : null}
        {comparison.notices.some((n) => n.kind === 'correction') ? (
          <p className="text-sm">
            <PublicLink href={paths.corrections()}>Our corrections policy</PublicLink>, and every correction we have
            published.
          </p>
        ) : null}
        <p className="text-sm">
          <FollowLink href={paths.comparisonFeed(comparison.slug)}>Follow this comparison (RSS)</FollowLink>
        </p>
      </header>

      <Section id="figures" title="The figures side by side">
        <FigureTable label="Each source’s figure with what it counts" columns={columns}>
          {comparison.members.map((m, i) => (
            <tr key={i} className="border-b border-slate-200 align-top">
              <th scope="row" className="px-2 py-1 font-medium">
                {m.claimSlug ? <PublicLink href={paths.claim(m.claimSlug)}>{m.source}</PublicLink> : m.source}
              </th>
              <td className="px-2 py-1">{figureAsWritten(m)}</td>
              <td className="px-2 py-1">{figureRange(m)}</td>
              <td className="px-2 py-1">{m.outcome}</td>
              <td className="px-2 py-1">{m.victimGroup}</td>
              <ScopeCells figure={m} />
              <td className="px-2 py-1">{m.partOf ?? '—'}</td>
            </tr>
          ))}
        </FigureTable>
        {chart ? <div className="mt-6">{chart}</div> : null}
      </Section>

      {overTime ? (
        <Section id="over-time" title="The figures over time">
          {overTime}
        </Section>
      ) : null}

      <Section id="reviewer" title="Our reading">
        <p className="font-semibold">{readings[comparison.reviewerReading]}</p>
        {comparison.reviewerNote ? <p className="mt-1">{comparison.reviewerNote}</p> : null}
      </Section>

      <Section id="automatic" title="The automatic reading">
        <p>
          Worked out from the ranges and scopes alone:{' '}
          <span className="font-semibold">{readings[comparison.automatic.reading]}</span>.
        </p>
        <p className="mt-1" data-testid="independent-sources">
          Sources: {sourcesSentence(comparison.automatic.independentSources)} Outlets relaying one source count once.
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {[...comparison.automatic.reasons, ...comparison.overTime.reasons].map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
