// The verdict as text with a colour beside it, never colour alone.
const tones: Record<string, string> = {
  positive: 'bg-emerald-100 text-emerald-900 ring-emerald-700',
  negative: 'bg-red-100 text-red-900 ring-red-700',
  mixed: 'bg-amber-100 text-amber-950 ring-amber-700',
  disputed: 'bg-violet-100 text-violet-900 ring-violet-700',
  neutral: 'bg-slate-100 text-slate-900 ring-slate-600',
};

export function VerdictBadge({ label, tone }: { label: string; tone: string }) {
  return (
    <span
      className={`inline-flex items-center rounded px-2 py-0.5 text-sm font-medium ring-1 ring-inset ${tones[tone] ?? tones.neutral}`}
    >
      {label}
    </span>
  );
}
