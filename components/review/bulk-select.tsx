'use client';

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

// Selection of claims in the queue: each row's checkbox (focusable, Space toggles), a
// "select all on this page" box, and shift-click (or Shift+Space on a focused box) to
// select a range from the last box clicked. The checkboxes belong to the bulk form by their `form` attribute, so the table
// stays server-rendered and the form sends exactly what is ticked.
export function BulkSelect({ form, children }: { form: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const last = useRef<number | null>(null);
  // Space on a focused box clicks it (on the key's release), but that click does not say
  // Shift was held: the key press does, and the click that follows reads it once.
  const shiftSpace = useRef(false);
  const [count, setCount] = useState(0);
  const [total, setTotal] = useState(0);

  const items = useCallback(
    () => [...(box.current?.querySelectorAll<HTMLInputElement>(`input[form="${form}"][name="claim"]`) ?? [])],
    [form],
  );
  const recount = useCallback(() => {
    const all = items();
    const ticked = all.filter((i) => i.checked).length;
    setCount(ticked);
    setTotal(all.length);
    const every = box.current?.querySelector<HTMLInputElement>('[data-select-all]');
    if (every) {
      every.checked = ticked > 0 && ticked === all.length;
      every.indeterminate = ticked > 0 && ticked < all.length;
    }
  }, [items]);
  // After a bulk action the table is rendered afresh and rows may leave the view: recount then.
  useEffect(() => {
    const observer = new MutationObserver(recount);
    observer.observe(box.current!, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [recount]);

  const onClick = (event: React.MouseEvent<HTMLDivElement>) => {
    const target = event.target as HTMLInputElement;
    const range = event.shiftKey || shiftSpace.current;
    shiftSpace.current = false;
    if (target.matches('[data-select-all]')) {
      for (const item of items()) item.checked = target.checked;
      last.current = null;
    } else if (target.matches(`input[form="${form}"][name="claim"]`)) {
      const all = items();
      const at = all.indexOf(target);
      if (range && last.current !== null) {
        const [from, to] = at < last.current ? [at, last.current] : [last.current, at];
        for (const item of all.slice(from, to + 1)) item.checked = target.checked;
      }
      last.current = at;
    } else {
      return;
    }
    recount();
  };

  return (
    // Clicks on the checkboxes inside bubble here (Space on a focused box clicks it too).
    <div
      ref={box}
      onClick={onClick}
      onKeyDown={(event) => {
        if (event.key === ' ') shiftSpace.current = event.shiftKey;
      }}
    >
      <p role="status" className="mb-2 text-sm" data-testid="bulk-count">
        {count === 0 ? 'No claims selected.' : `${count} of ${total} on this page selected.`}
      </p>
      {children}
    </div>
  );
}

/** The "select all on this page" box, for the table's header. */
export function SelectAll() {
  return <input type="checkbox" data-select-all aria-label="Select all on this page" className="size-4" />;
}
