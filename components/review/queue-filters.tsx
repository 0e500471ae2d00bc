import { claimKindLabels } from '@/lib/claims/kinds';
import { queueSorts, queueViews, type QueueQuery } from '@/lib/claims/queue';

type Options = {
  verdicts: { key: string; label: string }[];
  sources: { id: string; name: string }[];
  articles: { id: string; title: string }[];
  staff: { id: string; name: string }[];
};

// A plain GET form: filters live in the address, so a view can be bookmarked and shared,
// and it works without JavaScript.
export function QueueFilters({ query, options }: { query: QueueQuery; options: Options }) {
  const select = (name: string, label: string, value: string | undefined, items: [string, string][]) => (
    <label className="flex flex-col text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value ?? ''} className="rounded border border-slate-400 px-2 py-1">
        <option value="">Any</option>
        {items.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action="/review" className="flex flex-wrap items-end gap-3 rounded border border-slate-300 p-3">
      <input type="hidden" name="view" value={query.view} />
      <label className="flex flex-col text-sm">
        <span className="font-medium">Search statement and quote</span>
        <input
          type="search"
          name="q"
          defaultValue={query.q ?? ''}
          className="rounded border border-slate-400 px-2 py-1"
        />
      </label>
      {select(
        'verdict',
        'Verdict',
        query.verdict,
        options.verdicts.map((v) => [v.key, v.label]),
      )}
      {select('kind', 'Kind', query.kind, Object.entries(claimKindLabels))}
      {select(
        'claimant',
        'Claimant',
        query.claimant,
        options.sources.map((s) => [s.id, s.name]),
      )}
      {select(
        'article',
        'Article',
        query.article,
        options.articles.map((a) => [a.id, a.title]),
      )}
      {select('assignee', 'Assignee', query.assignee, [
        ['none', 'Nobody'],
        ...options.staff.map((u) => [u.id, u.name] as [string, string]),
      ])}
      <label className="flex flex-col text-sm">
        <span className="font-medium">Sort</span>
        <select name="sort" defaultValue={query.sort} className="rounded border border-slate-400 px-2 py-1">
          {Object.entries(queueSorts).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-white">
        Apply
      </button>
    </form>
  );
}

export function QueueViews({ query }: { query: QueueQuery }) {
  return (
    <nav aria-label="Queue views" className="flex flex-wrap gap-2">
      {Object.entries(queueViews).map(([view, { label }]) => (
        <a
          key={view}
          href={`/review?view=${view}`}
          aria-current={query.view === view ? 'page' : undefined}
          className="rounded-full border border-slate-400 px-3 py-1 text-sm no-underline aria-[current=page]:bg-slate-900 aria-[current=page]:text-white"
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
