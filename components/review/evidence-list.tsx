import { format } from 'date-fns';
import { RemoveEvidence } from './evidence-forms';

type Evidence = {
  id: string;
  type: 'link' | 'file' | 'note';
  stance: 'supports' | 'refutes' | 'context';
  isPublic: boolean;
  url: string | null;
  title: string | null;
  publisher: string | null;
  accessedAt: Date | null;
  archiveUrl: string | null;
  note: string | null;
  fileName: string | null;
  fileSize: number | null;
  fileType: string | null;
  createdAt: Date;
  removedAt: Date | null;
  removedReason: string | null;
  createdBy: { name: string } | null;
  removedBy: { name: string } | null;
};

const stanceLabels = { supports: 'Supports', refutes: 'Refutes', context: 'Context' };

/** What the pending correction does to a piece of evidence once it is published. */
export type PendingEvidence = Record<string, 'show' | 'remove'>;

const pendingWords = {
  show: 'Shown to readers once the pending correction is published',
  remove: 'Taken off the public page once the pending correction is published',
};

export function EvidenceList({
  claimId,
  evidence,
  pending = {},
}: {
  claimId: string;
  evidence: Evidence[];
  pending?: PendingEvidence;
}) {
  if (evidence.length === 0) return <p>No evidence attached yet.</p>;
  return (
    <ul className="space-y-3" aria-label="Evidence">
      {evidence.map((e) => {
        const title = e.title ?? e.url ?? e.fileName ?? 'Note';
        return (
          <li
            key={e.id}
            data-testid="evidence"
            className={`rounded border p-3 text-sm ${e.removedAt ? 'border-dashed border-slate-300 text-slate-600' : 'border-slate-300'}`}
          >
            <p className="flex flex-wrap items-center gap-2">
              <span className="rounded bg-slate-100 px-1.5 font-medium">{stanceLabels[e.stance]}</span>
              <span>{e.isPublic ? 'Public' : 'Internal'}</span>
              {e.type === 'link' && e.url ? (
                <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                  {title}
                </a>
              ) : e.type === 'file' ? (
                <a href={`/api/evidence/${e.id}`}>
                  {title} ({e.fileType}, {Math.ceil((e.fileSize ?? 0) / 1024)} KB)
                </a>
              ) : (
                <span className="font-medium">Note</span>
              )}
              {e.removedAt ? <span className="font-semibold">Removed</span> : null}
            </p>
            {pending[e.id] && !e.removedAt ? <p className="mt-1 font-medium">{pendingWords[pending[e.id]!]}</p> : null}
            {e.note ? <p className="mt-1 whitespace-pre-wrap">{e.note}</p> : null}
            <p className="mt-1 text-slate-600">
              {e.publisher ? `${e.publisher} · ` : ''}
              {e.accessedAt ? `accessed ${format(e.accessedAt, 'd MMM yyyy')} · ` : ''}
              {e.archiveUrl ? (
                <>
                  <a href={e.archiveUrl} rel="noopener noreferrer nofollow" target="_blank">
                    archived copy
                  </a>{' '}
                  ·{' '}
                </>
              ) : null}
              added by {e.createdBy?.name ?? 'a former user'} on {format(e.createdAt, 'd MMM yyyy')}
            </p>
            {e.removedAt ? (
              <p className="mt-1">
                Removed by {e.removedBy?.name ?? 'a former user'} on {format(e.removedAt, 'd MMM yyyy')}:{' '}
                {e.removedReason}
              </p>
            ) : pending[e.id] === 'remove' ? null : (
              <div className="mt-2">
                <RemoveEvidence claimId={claimId} evidenceId={e.id} title={title} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
