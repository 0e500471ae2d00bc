'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Segment } from '@/lib/articles/review';
import { defaultStatement } from '@/lib/articles/statement';
import { caretSpan, step, textUnits, type Caret, type Unit, type Units } from '@/lib/articles/text-units';
import { ClaimDraftForm } from './proposal-form';
import { SHOW_SPAN_EVENT, goToProposal, type ShowSpan } from './proposal-jump';

type Props = {
  articleId: string;
  segments: Segment[];
  sources: { id: string; name: string }[];
  /** Open proposals are listed this many to a page: a span's proposal may be on another page. */
  perPage: number;
  /** A reader's report the claim is made from: it closes when the claim is made. */
  reportId?: string;
};
type Span = { start: number; end: number; text: string };

const markClass = {
  proposal: 'bg-yellow-200 cursor-pointer',
  claim: 'bg-emerald-100 underline decoration-emerald-800',
};

/**
 * The article text, with proposals and claims highlighted, rendered so that DOM text
 * offsets are body offsets (pre-wrap, nothing but the body's own text inside): selecting
 * text gives the span of a claim made by hand. The server checks the span again.
 *
 * Without a mouse, the text is a read-only text box whose arrow keys select by clause,
 * sentence or word, Shift extending, announced as they go; Enter makes a claim of the
 * selection, or goes to the proposal when the selection is one (docs/decisions/026).
 */
export function ArticleBody({ articleId, segments, sources, perPage, reportId }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [selection, setSelection] = useState<Span | null>(null);
  const [caret, setCaret] = useState<Caret | null>(null);
  const [said, say] = useState('');
  const body = useMemo(() => segments.map((s) => s.text).join(''), [segments]);
  const units = useRef<Units | null>(null);
  const byKey = useRef(false);
  const proposals = useMemo(
    () =>
      segments.flatMap((s) =>
        s.mark?.kind === 'proposal' ? [{ start: s.start, end: s.start + s.text.length, index: s.mark.index }] : [],
      ),
    [segments],
  );
  const proposalAt = useCallback(
    (start: number, end: number) => proposals.find((p) => p.start === start && p.end === end),
    [proposals],
  );

  function select() {
    const container = root.current;
    const sel = window.getSelection();
    if (!container || !sel || sel.isCollapsed || !sel.rangeCount) return;
    const range = sel.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
    let start = offsetOf(container, range.startContainer, range.startOffset);
    let end = offsetOf(container, range.endContainer, range.endOffset);
    while (start < end && /\s/.test(body[start]!)) start++;
    while (end > start && /\s/.test(body[end - 1]!)) end--;
    if (end <= start) return;
    byKey.current = false;
    setCaret({ anchor: start, focus: end });
    setSelection({ start, end, text: body.slice(start, end) });
  }

  // The keyboard's selection is shown as the page's own text selection, and announced.
  const show = useCallback(
    (next: Caret | null, note = '') => {
      setCaret(next);
      const sel = window.getSelection();
      if (!next || !root.current || !sel) {
        sel?.removeAllRanges();
        say(note || 'Nothing selected.');
        return;
      }
      const { start, end } = caretSpan(next);
      const range = document.createRange();
      range.setStart(...pointAt(root.current, start));
      range.setEnd(...pointAt(root.current, end));
      sel.removeAllRanges();
      sel.addRange(range);
      reveal(range, root.current);
      const proposal = proposalAt(start, end);
      const then = proposal
        ? `This is proposal ${proposal.index + 1}: Enter goes to it.`
        : 'Enter makes a claim of it.';
      say(`${note}Selected: “${body.slice(start, end)}”. ${then}`);
    },
    [body, proposalAt],
  );

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    const word = event.ctrlKey || event.altKey;
    const moves: Record<string, [Unit, 1 | -1]> = {
      ArrowRight: [word ? 'word' : 'clause', 1],
      ArrowLeft: [word ? 'word' : 'clause', -1],
      ArrowDown: ['sentence', 1],
      ArrowUp: ['sentence', -1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      units.current ??= textUnits(body);
      const next = step(units.current[move[0]], caret, move[1], event.shiftKey);
      show(next, next === caret ? `${move[1] === 1 ? 'End' : 'Start'} of the article. ` : '');
    } else if (event.key === 'Enter' && caret) {
      event.preventDefault();
      const { start, end } = caretSpan(caret);
      const proposal = proposalAt(start, end);
      if (proposal) goToProposal(proposal, perPage, (href) => router.push(href));
      else {
        byKey.current = true;
        setSelection({ start, end, text: body.slice(start, end) });
        say('');
      }
    } else if (event.key === 'Escape' && caret) {
      event.preventDefault();
      show(null, 'Selection cleared.');
    }
  }

  // A proposal's "Show in the article" comes back here with its span selected.
  useEffect(() => {
    const onShow = (event: Event) => {
      const { start, end } = (event as CustomEvent<ShowSpan>).detail;
      root.current?.focus({ preventScroll: true });
      show({ anchor: start, focus: end });
    };
    window.addEventListener(SHOW_SPAN_EVENT, onShow);
    return () => window.removeEventListener(SHOW_SPAN_EVENT, onShow);
  }, [show]);

  // A plain click (not a drag that selects) on a proposed span goes to its proposal.
  function onClick(event: React.MouseEvent<HTMLDivElement>) {
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-kind="proposal"]');
    if (!mark || !window.getSelection()?.isCollapsed) return;
    const proposal = proposalAt(Number(mark.dataset.start), Number(mark.dataset.end));
    if (proposal) goToProposal(proposal, perPage, (href) => router.push(href));
  }

  // The by-hand form opens with its statement focused, so a keyboard user goes on from there.
  useEffect(() => {
    if (selection && byKey.current) document.getElementById('by-hand-statement')?.focus();
  }, [selection]);

  return (
    <div className="space-y-4">
      <p id="article-keys" className="text-sm text-slate-700">
        Keyboard: in the text, <kbd>←</kbd> <kbd>→</kbd> select by clause, <kbd>Ctrl</kbd>+<kbd>←</kbd> <kbd>→</kbd> by
        word, <kbd>↑</kbd> <kbd>↓</kbd> by sentence; hold <kbd>Shift</kbd> to extend. <kbd>Enter</kbd> makes a claim of
        the selection, or goes to its proposal; <kbd>Esc</kbd> clears it.
      </p>
      <div
        ref={root}
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        aria-label="Article text"
        aria-describedby="article-keys"
        tabIndex={0}
        onMouseUp={select}
        onKeyDown={onKeyDown}
        onClick={onClick}
        data-testid="article-body"
        className="rounded border border-slate-300 bg-white p-4 font-serif text-lg leading-relaxed whitespace-pre-wrap focus:outline-2 focus:outline-offset-2 focus:outline-blue-700"
      >
        {segments.map((s) =>
          s.mark ? (
            <mark
              key={s.start}
              className={`${markClass[s.mark.kind]} text-slate-900`}
              data-kind={s.mark.kind}
              data-start={s.start}
              data-end={s.start + s.text.length}
            >
              {s.text}
            </mark>
          ) : (
            s.text
          ),
        )}
      </div>
      <p role="status" data-testid="article-selection" className="min-h-5 text-sm">
        {said}
      </p>
      {selection ? (
        <section aria-labelledby="by-hand-heading" className="space-y-3 rounded border border-slate-400 p-4">
          <h2 id="by-hand-heading" className="font-semibold">
            A claim from your selection
          </h2>
          <blockquote className="border-l-4 border-slate-400 pl-3 text-sm">{selection.text}</blockquote>
          <ClaimDraftForm
            key={`${selection.start}-${selection.end}`}
            articleId={articleId}
            idPrefix="by-hand"
            reportId={reportId}
            sources={sources}
            draft={{
              start: selection.start,
              end: selection.end,
              statement: defaultStatement(selection.text),
              kind: 'statement',
              claimantId: '',
              figures: [],
            }}
          />
        </section>
      ) : (
        <p className="text-sm text-slate-700">Select any text in the article to make a claim of it by hand.</p>
      )}
    </div>
  );
}

/** The body offset of a DOM position: the length of the text nodes in `root` before it. */
function offsetOf(root: Node, node: Node, offset: number): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // A position between elements never splits a text node: count those that start before it.
  const point = document.createRange();
  point.setStart(node, offset);
  let total = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (text === node) return total + offset;
    if (node.nodeType !== Node.TEXT_NODE && point.comparePoint(text, 0) >= 0) return total;
    total += (text as Text).data.length;
  }
  return total;
}

/** The DOM position of a body offset: the text node holding it, and the offset inside. */
function pointAt(root: Node, offset: number): [Node, number] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let total = 0;
  let last: Text | null = null;
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    if (offset <= total + text.data.length) return [text, offset - total];
    total += text.data.length;
    last = text;
  }
  return last ? [last, last.data.length] : [root, 0];
}

/** Scrolls a selected range into view: in the article's own scrolling pane, then the page. */
function reveal(range: Range, root: HTMLElement) {
  let pane = root.parentElement;
  while (pane && !(pane.scrollHeight > pane.clientHeight && getComputedStyle(pane).overflowY !== 'visible')) {
    pane = pane.parentElement;
  }
  if (pane && pane !== document.documentElement) {
    const box = pane.getBoundingClientRect();
    const at = range.getBoundingClientRect();
    if (at.top < box.top || at.bottom > box.bottom) pane.scrollTop += at.top - box.top - box.height / 3;
  }
  const at = range.getBoundingClientRect();
  if (at.top < 0 || at.bottom > window.innerHeight) window.scrollBy(0, at.top - window.innerHeight / 3);
}
