'use client';

import { useRef, useState } from 'react';
import type { Segment } from '@/lib/articles/review';
import { defaultStatement } from '@/lib/articles/statement';
import { ClaimDraftForm } from './proposal-form';

type Props = {
  articleId: string;
  segments: Segment[];
  sources: { id: string; name: string }[];
  /** A reader's report the claim is made from: it closes when the claim is made. */
  reportId?: string;
};

const markClass = { proposal: 'bg-yellow-200', claim: 'bg-emerald-100 underline decoration-emerald-800' };

/**
 * The article text, with proposals and claims highlighted, rendered so that DOM text
 * offsets are body offsets (pre-wrap, nothing but the body's own text inside): selecting
 * text gives the span of a claim made by hand. The server checks the span again.
 */
export function ArticleBody({ articleId, segments, sources, reportId }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<{ start: number; end: number; text: string } | null>(null);

  function select() {
    const container = root.current;
    const sel = window.getSelection();
    if (!container || !sel || sel.isCollapsed || !sel.rangeCount) return;
    const range = sel.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
    const body = container.textContent ?? '';
    let start = offsetOf(container, range.startContainer, range.startOffset);
    let end = offsetOf(container, range.endContainer, range.endOffset);
    while (start < end && /\s/.test(body[start]!)) start++;
    while (end > start && /\s/.test(body[end - 1]!)) end--;
    if (end > start) setSelection({ start, end, text: body.slice(start, end) });
  }

  return (
    <div className="space-y-4">
      <div
        ref={root}
        onMouseUp={select}
        onKeyUp={select}
        data-testid="article-body"
        className="rounded border border-slate-300 bg-white p-4 font-serif text-lg leading-relaxed whitespace-pre-wrap"
      >
        {segments.map((s) =>
          s.mark ? (
            <mark key={s.start} className={`${markClass[s.mark.kind]} text-slate-900`} data-kind={s.mark.kind}>
              {s.text}
            </mark>
          ) : (
            s.text
          ),
        )}
      </div>
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
