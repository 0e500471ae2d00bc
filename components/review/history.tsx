import { formatUtcDateTime } from '@/lib/dates';

type Event = {
  id: string;
  action: string;
  createdAt: Date;
  reason: string | null;
  publicNote: string | null;
  before: unknown;
  after: unknown;
  actor: { name: string } | null;
};

const actionLabels: Record<string, string> = {
  'claim.create': 'created the claim',
  'claim.update': 'edited the claim',
  'claim.verdict': 'set the verdict',
  'claim.assign': 'changed the assignee',
  'claim.submit': 'sent it for review',
  'claim.withdraw': 'sent it back to draft',
  'claim.approve': 'approved it',
  'claim.publish': 'published it',
  'claim.correct': 'published a correction',
  'claim.reopen': 'sent it back to review',
  'claim.prepareCorrection': 'prepared a correction',
  'claim.discardCorrection': 'discarded the pending correction',
  'claim.retract': 'retracted it',
  'claim.comment': 'commented',
  'evidence.add': 'attached evidence',
  'evidence.remove': 'removed evidence',
  'evidence.removeProposed': 'proposed taking evidence off the public page',
  'comparison.create': 'started the comparison',
  'comparison.question': 'changed the question',
  'comparison.addFigure': 'added a figure',
  'comparison.removeFigure': 'removed a figure',
  'comparison.reorder': 'moved a figure',
  'comparison.reading': 'set the reading',
  'comparison.submit': 'sent it for review',
  'comparison.withdraw': 'sent it back to draft',
  'comparison.approve': 'approved it',
  'comparison.publish': 'published it',
  'comparison.correct': 'published a correction',
  'comparison.reopen': 'sent it back to review',
  'comparison.prepareCorrection': 'prepared a correction',
  'comparison.discardCorrection': 'discarded the pending correction',
  'comparison.retract': 'retracted it',
};

function show(value: unknown) {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A claim's or comparison's audit trail: who, when, what changed from what to what, and why. */
export function History({ events }: { events: Event[] }) {
  if (events.length === 0) return <p>No history yet.</p>;
  return (
    <ol className="space-y-3" aria-label="History">
      {events.map((e) => {
        const before = (e.before ?? {}) as Record<string, unknown>;
        const after = (e.after ?? {}) as Record<string, unknown>;
        const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => f !== 'evidenceId');
        return (
          <li key={e.id} className="border-l-2 border-slate-300 pl-3 text-sm" data-testid="history-event">
            <p>
              <strong>{e.actor?.name ?? 'The system'}</strong> {actionLabels[e.action] ?? e.action}{' '}
              <time dateTime={e.createdAt.toISOString()} className="text-slate-600">
                {formatUtcDateTime(e.createdAt)}
              </time>
            </p>
            {fields.length ? (
              <ul className="mt-1">
                {fields.map((f) => (
                  <li key={f}>
                    {f}: {f in before ? `${show(before[f])} → ` : ''}
                    {show(after[f])}
                  </li>
                ))}
              </ul>
            ) : null}
            {e.reason ? <p className="mt-1">Reason: {e.reason}</p> : null}
            {e.publicNote ? <p className="mt-1">Public note: {e.publicNote}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
