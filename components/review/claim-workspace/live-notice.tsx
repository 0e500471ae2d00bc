'use client';

import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import type { ClaimVersion } from '@/lib/claims/live';
import { claimFormFor, keepDraft } from './claim-draft';

const every = 2_000;

/**
 * Tells the reviewer when someone else saves the claim they have open (lib/claims/live.ts),
 * with a reload that keeps their unsaved text in the form (claim-draft.ts).
 */
export function LiveNotice({ claimId, version }: { claimId: string; version: number }) {
  const [newer, setNewer] = useState<ClaimVersion | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(`/api/claims/${encodeURIComponent(claimId)}/version`, { cache: 'no-store' });
        if (response.ok) {
          const { data } = (await response.json()) as { data: ClaimVersion };
          // Your own saves redraw the page; only someone else's is news.
          if (!stopped && data.version > version && !data.byYou) setNewer(data);
        }
      } catch {
        // Offline for a moment: the next poll tries again.
      }
      if (!stopped) timer = setTimeout(poll, every);
    };
    timer = setTimeout(poll, every);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [claimId, version]);

  const reload = () => {
    const form = claimFormFor(claimId);
    if (form) keepDraft(form, claimId, version);
    window.location.reload();
  };

  return (
    <div role="status" aria-live="polite">
      {newer ? (
        <div className="flex flex-wrap items-center gap-3 rounded border border-sky-700 bg-sky-50 p-3 text-sm">
          <p>
            {newer.updatedBy} saved this claim at {format(new Date(newer.updatedAt), "d MMM yyyy 'at' HH:mm")}. Reload
            to see their changes; your unsaved text stays in the form.
          </p>
          <button type="button" onClick={reload} className="rounded border border-sky-800 px-2 py-1 font-medium">
            Reload the claim
          </button>
        </div>
      ) : null}
    </div>
  );
}
