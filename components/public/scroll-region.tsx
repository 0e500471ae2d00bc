/**
 * A wide table scrolls sideways on a phone; the scrolling box takes keyboard focus and has a
 * name, so it can be scrolled without a mouse (WCAG 2.1.1).
 */
export function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      {children}
    </div>
  );
}
