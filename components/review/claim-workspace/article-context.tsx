import type { Workspace } from '@/lib/claims/workspace';

/** The paragraph of the article the claim comes from, its span marked. */
export function ArticleContext({ context }: { context: Workspace['context'] }) {
  return (
    <section aria-labelledby="context-heading" className="rounded border border-slate-300 bg-slate-50 p-4">
      <h2 id="context-heading" className="text-sm font-semibold text-slate-700">
        In the article
      </h2>
      <p className="mt-2 font-serif text-lg">
        {context.before}
        <mark className="bg-yellow-200 px-0.5">{context.span}</mark>
        {context.after}
      </p>
    </section>
  );
}
