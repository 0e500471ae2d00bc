'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { proposalCardId } from './proposal-id';

// Between a highlighted span in the article and its proposal, both ways: a click (or Enter
// on the keyboard's selection) in the text moves the focus to the proposal; the proposal's
// "Show in the article" selects its span in the text and focuses the text again.

export const SHOW_SPAN_EVENT = 'article:show-span';
export type ShowSpan = { start: number; end: number };

/** Focuses the proposal of a span; one listed on another page is opened there (`open`: the router's push). */
export function goToProposal(
  proposal: { start: number; end: number; index: number },
  perPage: number,
  open: (href: string) => void,
) {
  const id = proposalCardId(proposal.start, proposal.end);
  const card = document.getElementById(id);
  if (card) {
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: 'start' });
    return;
  }
  open(`?proposals=${Math.floor(proposal.index / perPage) + 1}#${id}`);
}

/** On arriving at a page of proposals for one of them (`#proposal-card-…`), the focus is on it. */
export function FocusProposalFromHash() {
  const params = useSearchParams();
  useEffect(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    const target = hash ? document.getElementById(hash) : null;
    if (target?.matches('[data-proposal-card]')) target.focus();
  }, [params]);
  return null;
}

export function ShowInArticle({ start, end, label }: ShowSpan & { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.dispatchEvent(new CustomEvent<ShowSpan>(SHOW_SPAN_EVENT, { detail: { start, end } }))}
      className="text-sm text-blue-800 underline"
    >
      Show in the article<span className="sr-only"> ({label})</span>
    </button>
  );
}
