import type { HistoryEntry } from '@/lib/publishing/types';
import { DateText } from './date-text';

const headings: Record<HistoryEntry['kind'], string> = {
  published: 'Published',
  republished: 'Published again',
  corrected: 'Corrected',
  retracted: 'Retracted',
};

/** Publication, corrections and retraction, oldest first, with the notes we wrote for readers. */
export function ClaimHistory({ history }: { history: HistoryEntry[] }) {
  return (
    <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
      {history.map((entry, i) => (
        <li key={i}>
          <p>
            <span className="font-semibold">{headings[entry.kind]}</span> on <DateText iso={entry.at} />
            {entry.kind === 'corrected' && entry.verdictBefore && entry.verdictAfter
              ? `: verdict changed from ${entry.verdictBefore} to ${entry.verdictAfter}`
              : entry.kind !== 'retracted' && entry.verdictAfter
                ? ` with the verdict ${entry.verdictAfter}`
                : null}
          </p>
          {entry.note ? <p className="mt-1 text-slate-800">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
