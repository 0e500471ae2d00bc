'use client';

import { useActionState } from 'react';
import { chooseViewAction } from '@/app/review/actions';
import { FormMessage } from '@/components/ui/field';
import { idle } from '@/lib/actions/form-state';

/** The desk's views: picking one remembers it for this person (lib/claims/queue.ts). */
export function QueueViews({ views, current }: { views: { view: string; label: string }[]; current: string }) {
  const [state, action] = useActionState(chooseViewAction, idle);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <nav aria-label="Queue views" className="flex flex-wrap gap-2">
        {views.map(({ view, label }) => (
          <button
            key={view}
            type="submit"
            name="view"
            value={view}
            aria-current={current === view ? 'page' : undefined}
            className="rounded-full border border-slate-400 px-3 py-1 text-sm aria-[current=page]:bg-slate-900 aria-[current=page]:text-white"
          >
            {label}
          </button>
        ))}
      </nav>
    </form>
  );
}
