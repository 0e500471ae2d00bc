import { QuestionForm } from '@/components/review/comparison-forms';
import type { LoadedComparison } from '@/lib/comparisons/queries';

/** The question the figures answer, editable until the comparison is published. */
export function QuestionSection({ comparison }: Pick<LoadedComparison, 'comparison'>) {
  return (
    <section aria-labelledby="question-heading" className="space-y-2">
      <h2 id="question-heading" className="text-lg font-semibold">
        The question
      </h2>
      <QuestionForm comparisonId={comparison.id} version={comparison.version} question={comparison.question} />
    </section>
  );
}
