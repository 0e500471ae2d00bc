import { formatUtcDateTime } from '@/lib/dates';
import { CommentForm } from '@/components/review/comments';
import { AddFileForm, AddLinkForm, AddNoteForm } from '@/components/review/evidence-forms';
import { EvidenceList } from '@/components/review/evidence-list';
import { History } from '@/components/review/history';
import { Markdown } from '@/components/review/markdown';
import { TabSet } from '@/components/ui/tabs';
import type { Workspace } from '@/lib/claims/workspace';

/** Evidence, comments and history, one tab each. */
export function ActivityTabs({ ws }: { ws: Workspace }) {
  const { claim } = ws;
  const correction = claim.corrections[0] ?? null;
  return (
    <TabSet
      label="Evidence, comments and history"
      tabs={[
        {
          id: 'evidence',
          title: `Evidence (${claim.evidence.filter((e) => !e.removedAt).length})`,
          content: (
            <div className="space-y-6">
              <EvidenceList
                claimId={claim.id}
                evidence={claim.evidence}
                pending={Object.fromEntries(correction?.evidence.map((e) => [e.evidenceId, e.change]) ?? [])}
              />
              <div className="grid gap-6 md:grid-cols-3">
                <section aria-labelledby="add-link">
                  <h3 id="add-link" className="mb-2 font-semibold">
                    Attach a link
                  </h3>
                  <AddLinkForm claimId={claim.id} />
                </section>
                <section aria-labelledby="add-file">
                  <h3 id="add-file" className="mb-2 font-semibold">
                    Attach a file
                  </h3>
                  <AddFileForm claimId={claim.id} />
                </section>
                <section aria-labelledby="add-note">
                  <h3 id="add-note" className="mb-2 font-semibold">
                    Attach a note
                  </h3>
                  <AddNoteForm claimId={claim.id} />
                </section>
              </div>
            </div>
          ),
        },
        {
          id: 'comments',
          title: `Comments (${claim.comments.length})`,
          content: (
            <div className="space-y-4">
              <ol className="space-y-3">
                {claim.comments.map((c) => (
                  <li key={c.id} className="rounded border border-slate-200 p-3 text-sm">
                    <p className="font-medium">
                      {c.author?.name ?? 'Former user'} ·{' '}
                      <time dateTime={c.createdAt.toISOString()}>{formatUtcDateTime(c.createdAt)}</time>
                    </p>
                    <Markdown>{c.body}</Markdown>
                  </li>
                ))}
              </ol>
              <CommentForm claimId={claim.id} />
            </div>
          ),
        },
        { id: 'history', title: 'History', content: <History events={ws.history} /> },
      ]}
    />
  );
}
