import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AddFigures } from '@/components/review/comparison-workspace/add-figures';
import { ComparisonHeader } from '@/components/review/comparison-workspace/header';
import { HistorySection } from '@/components/review/comparison-workspace/history-section';
import { QuestionSection } from '@/components/review/comparison-workspace/question-section';
import { AutomaticReading, OurReading } from '@/components/review/comparison-workspace/readings';
import { SideBySide } from '@/components/review/comparison-workspace/side-by-side';
import { WorkflowSection } from '@/components/review/comparison-workspace/workflow-section';
import { requireUser } from '@/lib/auth/session';
import { loadComparison, searchFigures } from '@/lib/comparisons/queries';
import { stages } from '@/lib/workflow/stages';
import { comparisonCorrectionAction, comparisonMoveAction } from '../actions';
import { searchText } from '@/lib/validation-text';

export const metadata: Metadata = { title: 'Comparison' };

export default async function ComparisonWorkspace({ params, searchParams }: PageProps<'/review/comparisons/[id]'>) {
  const user = await requireUser();
  const { id } = await params;
  const loaded = await loadComparison(id);
  if (!loaded) notFound();
  const { comparison, figures } = loaded;
  // What readers see changes only through a correction; until then the figures can be searched and added.
  const editable = !stages[comparison.stage].public;
  const q = searchText((await searchParams).q) ?? '';
  const found =
    editable && q
      ? await searchFigures(
          q,
          figures.map((f) => f.id),
        )
      : [];

  return (
    <div className="space-y-8">
      <ComparisonHeader comparison={comparison} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section className="space-y-8">
          <SideBySide
            comparison={comparison}
            figures={figures}
            editable={editable}
            overTimeDays={loaded.overTime.days}
          />
          <AutomaticReading automatic={loaded.automatic} overTime={loaded.overTime} />
          <OurReading comparison={comparison} editable={editable} />
          {editable ? <AddFigures comparison={comparison} q={q} found={found} /> : null}
        </section>
        <aside className="space-y-6">
          <WorkflowSection
            comparison={comparison}
            figures={figures}
            user={user}
            moveAction={comparisonMoveAction}
            correctionAction={comparisonCorrectionAction}
          />
          {editable ? <QuestionSection comparison={comparison} /> : null}
          <HistorySection history={loaded.history} />
        </aside>
      </div>
    </div>
  );
}
