import { DEMO_LABEL } from '@/lib/publishing/demo';

/** The demonstration label, in words, wherever demo content is shown. */
export function DemoNotice({ children }: { children?: React.ReactNode }) {
  return (
    <div role="note" className="rounded border-l-4 border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
      <p className="font-semibold">{DEMO_LABEL}</p>
      {children ? <p className="mt-1 text-sm">{children}</p> : null}
    </div>
  );
}

export function DemoTag() {
  return <p className="text-sm font-medium text-amber-900">{DEMO_LABEL}</p>;
}
