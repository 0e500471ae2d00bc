import { ReadingForm } from '@/components/review/comparison-forms';
import type { LoadedComparison } from '@/lib/comparisons/queries';
import { readingLabels } from '@/lib/comparisons/schemas';

/** What the ranges and scopes alone say, with its reasons. */
export function AutomaticReading({ automatic, overTime }: Pick<LoadedComparison, 'automatic' | 'overTime'>) {
  return (
    <section aria-labelledby="automatic-heading" className="space-y-2">
      <h2 id="automatic-heading" className="text-lg font-semibold">
        The automatic reading
      </h2>
      <p>
        From the ranges and scopes alone: <strong>{readingLabels[automatic.reading]}</strong>.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {[...automatic.reasons, ...overTime.reasons].map((reason, i) => (
          <li key={i}>{reason}</li>
        ))}
      </ul>
    </section>
  );
}

/** The reviewer's reading of the figures and its note: a form until published, fixed after. */
export function OurReading({ comparison, editable }: Pick<LoadedComparison, 'comparison'> & { editable: boolean }) {
  return (
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
        <ReadingForm
          comparisonId={comparison.id}
          version={comparison.version}
          reading={comparison.reviewerReading}
          note={comparison.reviewerNote ?? ''}
        />
      ) : (
        <>
          <p className="font-semibold">{readingLabels[comparison.reviewerReading]}</p>
          {comparison.reviewerNote ? <p>{comparison.reviewerNote}</p> : null}
          <p className="text-sm">A published reading changes only through a correction.</p>
        </>
      )}
    </section>
  );
}
