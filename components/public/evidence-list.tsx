import type { PublicEvidence } from '@/lib/publishing/types';
import { DateText } from './date-text';
import { stanceLabels } from './labels';

// Only http(s) links are shown as links; anything else stays text (no javascript: URLs).
const safeHref = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

export function EvidenceList({ evidence }: { evidence: PublicEvidence[] }) {
  return (
    <ul className="space-y-3">
      {evidence.map((e, i) => {
        const href = safeHref(e.url);
        const archive = safeHref(e.archiveUrl);
        const title = e.title ?? e.fileName ?? e.url ?? 'Note';
        return (
          <li key={i} className="rounded border border-slate-200 p-3">
            <p className="text-sm font-medium text-slate-700">{stanceLabels[e.stance]}</p>
            <p className="mt-1">
              {href ? (
                <a href={href} rel="noopener noreferrer nofollow">
                  {title}
                </a>
              ) : (
                <span className="font-medium">{title}</span>
              )}
              {e.publisher ? <span className="text-slate-700"> · {e.publisher}</span> : null}
            </p>
            {e.note ? <p className="mt-1 text-slate-800">{e.note}</p> : null}
            <p className="mt-1 text-sm text-slate-700">
              {e.accessedAt ? (
                <>
                  Accessed <DateText iso={e.accessedAt} />
                </>
              ) : null}
              {archive ? (
                <>
                  {e.accessedAt ? ' · ' : null}
                  <a href={archive} rel="noopener noreferrer nofollow">
                    Archived copy
                  </a>
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
