import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ComparisonChart } from '@/components/public/comparison-chart';
import { AddFigureForm, MemberControls, QuestionForm, ReadingForm } from '@/components/review/comparison-forms';
import { History } from '@/components/review/history';
import { WorkflowPanel } from '@/components/review/workflow-panel';
import { roleCan } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { loadComparison, searchFigures } from '@/lib/comparisons/queries';
import { readingLabels } from '@/lib/comparisons/schemas';
import { formatRange } from '@/lib/figures';
import { figureAsWritten } from '@/lib/publishing/figures';
import { paths } from '@/lib/publishing/site';
import { comparisonMoveBlocker, correctionBlocker, movePermission, moves, movesFrom } from '@/lib/workflow/rules';
import { stages } from '@/lib/workflow/stages';
import { PendingCorrection } from '@/components/review/pending-correction';
import { format } from 'date-fns';
import { comparisonCorrectionAction, comparisonMoveAction } from '../actions';

export const metadata: Metadata = { title: 'Comparison' };

export default async function ComparisonWorkspace({ params, searchParams }: PageProps<'/review/comparisons/[id]'>) {
  const user = await requireUser();
  const { id } = await params;
  const loaded = await loadComparison(id);
  if (!loaded) notFound();
  const { comparison, figures, automatic, history } = loaded;
  const q = String((await searchParams).q ?? '')
    .trim()
    .slice(0, 200);
  const editable = !stages[comparison.stage].public;
  const found =
    editable && q
      ? await searchFigures(
          q,
          figures.map((f) => f.id),
        )
      : [];
  const item = { comparisonId: comparison.id, version: comparison.version };
  const correction = comparison.corrections[0] ?? null;
  const state = { ...comparison, members: figures.length, correctionPending: !!correction };
  const options = movesFrom(comparison.stage).map((m) => ({
    move: m,
    label: moves[m].label,
    blocker: comparisonMoveBlocker(m, state, user.id),
    allowedForRole: roleCan(user.role, movePermission('comparison', m)),
  }));
  const describe = (f: (typeof figures)[number]) => `${f.source}: ${formatRange(f)} ${f.victimGroup} ${f.outcome}`;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">
          <Link href="/review/comparisons">Comparisons</Link> · {stages[comparison.stage].label}
          {comparison.demo ? ' · demonstration' : ''}
        </p>
        <h1 className="text-2xl font-semibold">{comparison.question}</h1>
        {stages[comparison.stage].public ? (
          <p>
            <Link href={paths.comparison(comparison.slug)}>The public page</Link>
          </p>
        ) : null}
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section className="space-y-8">
          <section aria-labelledby="figures-heading" className="space-y-3">
            <h2 id="figures-heading" className="text-lg font-semibold">
              The figures side by side
            </h2>
            {figures.length === 0 ? <p>No figures yet: find some below.</p> : null}
            {figures.length ? (
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-left text-sm">
                  <caption className="sr-only">Each figure with what it counts, in the order readers see them</caption>
                  <thead>
                    <tr className="border-b">
                      {['Source', 'As reported', 'Range', 'What', 'Period', 'Place', 'Cause', 'Claim'].map((c) => (
                        <th key={c} scope="col" className="px-2 py-1">
                          {c}
                        </th>
                      ))}
                      {editable ? (
                        <th scope="col" className="px-2 py-1">
                          Order
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {figures.map((f, i) => (
                      <tr key={f.id} className="border-b align-top" data-testid="comparison-member">
                        <th scope="row" className="px-2 py-1 font-medium">
                          {f.source}
                        </th>
                        <td className="px-2 py-1">{figureAsWritten(f)}</td>
                        <td className="px-2 py-1">{formatRange(f)}</td>
                        <td className="px-2 py-1">
                          {f.victimGroup} {f.outcome}
                        </td>
                        <td className="px-2 py-1">{f.periodText ?? '—'}</td>
                        <td className="px-2 py-1">{f.place ?? '—'}</td>
                        <td className="px-2 py-1">{f.cause ?? '—'}</td>
                        <td className="px-2 py-1">
                          <Link href={`/review/claims/${f.claim.id}`}>{f.claim.statement}</Link>
                          <span className="block text-slate-600">
                            {f.claim.article.title} · {stages[f.claim.stage].label}
                          </span>
                        </td>
                        {editable ? (
                          <td className="px-2 py-1">
                            <MemberControls
                              {...item}
                              figureId={f.id}
                              label={describe(f)}
                              first={i === 0}
                              last={i === figures.length - 1}
                            />
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {figures.length ? (
              <ComparisonChart
                id="comparison-chart"
                rows={figures.map((f) => ({
                  label: f.source,
                  min: f.min,
                  max: f.max,
                  outcome: f.outcome,
                  victimGroup: f.victimGroup,
                }))}
              />
            ) : null}
          </section>

          <section aria-labelledby="automatic-heading" className="space-y-2">
            <h2 id="automatic-heading" className="text-lg font-semibold">
              The automatic reading
            </h2>
            <p>
              From the ranges and scopes alone: <strong>{readingLabels[automatic.reading]}</strong>.
            </p>
            <ul className="list-disc space-y-1 pl-6">
              {automatic.reasons.map((reason, i) => (
                <li key={i}>{reason}</li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="reading-heading" className="space-y-3">
            <h2 id="reading-heading" className="text-lg font-semibold">
              Our reading
            </h2>
            {comparison.readingSetBy ? (
              <p className="text-sm text-slate-700">
                Set by {comparison.readingSetBy.name}: {readingLabels[comparison.reviewerReading]}.
              </p>
            ) : null}
            {editable ? (
              <ReadingForm {...item} reading={comparison.reviewerReading} note={comparison.reviewerNote ?? ''} />
            ) : (
              <>
                <p className="font-semibold">{readingLabels[comparison.reviewerReading]}</p>
                {comparison.reviewerNote ? <p>{comparison.reviewerNote}</p> : null}
                <p className="text-sm">A published reading changes only through a correction.</p>
              </>
            )}
          </section>

          {editable ? (
            <section aria-labelledby="add-heading" className="space-y-3">
              <h2 id="add-heading" className="text-lg font-semibold">
                Add figures from any claim
              </h2>
              <form method="get" className="flex flex-wrap items-end gap-2">
                <label className="flex flex-col text-sm">
                  <span className="font-medium">Find figures by source, claim, article, place or who was counted</span>
                  <input
                    type="search"
                    name="q"
                    defaultValue={q}
                    className="rounded border border-slate-400 px-2 py-1"
                  />
                </label>
                <button type="submit" className="rounded border border-slate-700 px-3 py-1">
                  Find
                </button>
              </form>
              {q && found.length === 0 ? <p>No other figures match “{q}”.</p> : null}
              {found.length ? (
                <ul className="space-y-2" aria-label="Figures found">
                  {found.map((f) => {
                    const label = `${f.claim.claimant?.name ?? 'Unattributed'}: ${formatRange(f)} ${f.victimGroup} ${f.outcome}`;
                    return (
                      <li key={f.id} className="flex flex-wrap items-start justify-between gap-2 border-b pb-2 text-sm">
                        <div>
                          <p className="font-medium">{label}</p>
                          <p className="text-slate-700">
                            {[f.periodText, f.place, f.cause].filter(Boolean).join(' · ') || 'No scope given'} —{' '}
                            {f.claim.article.title}
                          </p>
                        </div>
                        <AddFigureForm {...item} figureId={f.id} label={label} />
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </section>
          ) : null}
        </section>

        <aside className="space-y-6">
          <section aria-labelledby="workflow-heading" className="space-y-2">
            <h2 id="workflow-heading" className="text-lg font-semibold">
              Workflow
            </h2>
            {correction ? (
              <PendingCorrection
                action={comparisonCorrectionAction}
                hidden={item}
                preparedBy={correction.preparedBy?.name ?? 'a former user'}
                preparedAt={format(correction.createdAt, "d MMM yyyy, HH:mm 'UTC'")}
                changes={[
                  {
                    what: 'Our reading',
                    now: readingLabels[comparison.reviewerReading],
                    after: readingLabels[correction.reviewerReading ?? comparison.reviewerReading],
                  },
                  {
                    what: 'Note on the reading',
                    now: comparison.reviewerNote ?? '—',
                    after: correction.reviewerNote ?? comparison.reviewerNote ?? '—',
                  },
                ]}
                publicNote={correction.publicNote}
                reason={correction.reason}
                publishBlocker={
                  roleCan(user.role, 'comparison.correct')
                    ? correctionBlocker({ preparedById: correction.preparedById, contributorIds: [] }, user.id)
                    : 'Your role cannot publish a correction; an editor can.'
                }
                canDiscard={correction.preparedById === user.id || roleCan(user.role, 'comparison.correct')}
              />
            ) : null}
            <WorkflowPanel
              moveAction={comparisonMoveAction}
              hidden={item}
              options={options}
              correction={{ kind: 'reading', reading: comparison.reviewerReading, note: comparison.reviewerNote ?? '' }}
            />
          </section>
          {editable ? (
            <section aria-labelledby="question-heading" className="space-y-2">
              <h2 id="question-heading" className="text-lg font-semibold">
                The question
              </h2>
              <QuestionForm {...item} question={comparison.question} />
            </section>
          ) : null}
          <section aria-labelledby="history-heading" className="space-y-2">
            <h2 id="history-heading" className="text-lg font-semibold">
              History
            </h2>
            <History events={history} />
          </section>
        </aside>
      </div>
    </div>
  );
}
