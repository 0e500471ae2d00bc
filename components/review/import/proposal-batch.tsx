'use client';

import Link from 'next/link';
import { startTransition, useActionState, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { acceptProposalsAction } from '@/app/review/articles/[id]/actions';
import { FormMessage } from '@/components/ui/field';
import { idle } from '@/lib/actions/form-state';

// "Accept selected": the ticked proposals' own forms, as edited, sent together. Each is
// created (or refused) on the server as if accepted alone (lib/articles/accept.ts), and the
// answer lists each one, created with a link or refused with the reason.

const BOX = 'input[data-batch-box]';

type Props = { articleId: string; /** Whether any proposal is listed. */ any: boolean; children: ReactNode };

export function ProposalBatch({ articleId, any, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [state, dispatch, pending] = useActionState(acceptProposalsAction, idle);
  const [count, setCount] = useState(0);
  const results = useRef<HTMLDivElement>(null);
  // The answer may be far above the proposal whose box was pressed: bring it into view.
  useEffect(() => {
    if (state.status !== 'idle') results.current?.focus();
  }, [state]);
  const recount = useCallback(
    () => setCount(box.current?.querySelectorAll<HTMLInputElement>(`${BOX}:checked`).length ?? 0),
    [],
  );
  // Accepted proposals leave the list when the page is refreshed: count again then.
  useEffect(() => {
    const observer = new MutationObserver(recount);
    observer.observe(box.current!, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [recount]);

  function acceptSelected() {
    const batch = new FormData();
    batch.set('articleId', articleId);
    const ticked = [...(box.current?.querySelectorAll<HTMLInputElement>(`${BOX}:checked`) ?? [])];
    ticked.forEach((tick, i) => {
      const form = box.current?.querySelector<HTMLFormElement>(`form[data-batch="${CSS.escape(tick.value)}"]`);
      if (!form) return;
      for (const [name, value] of new FormData(form)) {
        if (typeof value === 'string' && !name.startsWith('$ACTION')) batch.append(`p${i}.${name}`, value);
      }
    });
    startTransition(() => dispatch(batch));
  }

  return (
    <div ref={box} onChange={recount} className="space-y-4">
      {any ? (
        <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-slate-300 bg-white py-2">
          <button
            type="button"
            onClick={acceptSelected}
            disabled={pending}
            className="rounded bg-slate-900 px-3 py-2 text-sm font-medium text-white disabled:opacity-60"
          >
            {pending ? 'Accepting…' : 'Accept selected'}
          </button>
          <p role="status" data-testid="batch-count" className="text-sm">
            {count === 0 ? 'No proposals selected.' : `${count} selected.`}
          </p>
        </div>
      ) : null}
      <div ref={results} tabIndex={-1} className="scroll-mt-16 space-y-2 focus:outline-none">
        <FormMessage state={state} />
        {state.items?.length ? (
          <ul aria-label="Result for each proposal" className="space-y-1 text-sm">
            {state.items.map((item) => (
              <li key={item.id} data-testid="accept-result" data-done={item.done}>
                <span className={item.done ? 'font-medium text-emerald-800' : 'font-medium text-red-800'}>
                  {item.done ? 'Created' : 'Refused'}
                </span>{' '}
                {item.done ? (
                  <>
                    <Link href={`/review/claims/${item.id}`}>{item.label}</Link>: {item.message}
                  </>
                ) : (
                  `${item.label}: ${item.message}`
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {children}
    </div>
  );
}

/** A proposal's box for "Accept selected". */
export function BatchBox({ proposalKey, label }: { proposalKey: string; label: string }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" data-batch-box value={proposalKey} className="size-4" />
      Select for “Accept selected”<span className="sr-only"> ({label})</span>
    </label>
  );
}
