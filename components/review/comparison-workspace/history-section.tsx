import { History } from '@/components/review/history';
import type { LoadedComparison } from '@/lib/comparisons/queries';

/** Every change to the comparison, oldest first. */
export function HistorySection({ history }: Pick<LoadedComparison, 'history'>) {
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-lg font-semibold">
        History
      </h2>
      <History events={history} />
    </section>
  );
}
