import { VerdictBadge } from '@/components/verdict-badge';
import type { PublicStatus } from '@/lib/publishing/types';

/** The verdict, or for a retracted check the word "Retracted" before the verdict it withdrew. */
export function StatusBadge({ status, verdict }: { status: PublicStatus; verdict: { label: string; tone: string } }) {
  if (status === 'retracted') {
    return (
      <span className="inline-flex items-center gap-2">
        <span className="rounded bg-slate-900 px-2 py-0.5 text-sm font-semibold text-white">Retracted</span>
        <span className="text-sm text-slate-700">
          (was <s>{verdict.label}</s>)
        </span>
      </span>
    );
  }
  return <VerdictBadge label={verdict.label} tone={verdict.tone} />;
}
