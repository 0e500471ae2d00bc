import { format } from 'date-fns';
import type { Metadata } from 'next';
import Link from 'next/link';
import { NewComparisonForm } from '@/components/review/comparison-forms';
import { requireUser } from '@/lib/auth/session';
import { listComparisons } from '@/lib/comparisons/queries';
import { readingLabels } from '@/lib/comparisons/schemas';
import type { Stage } from '@/lib/generated/prisma/enums';
import { stageOrder, stages } from '@/lib/workflow/stages';

export const metadata: Metadata = { title: 'Comparisons' };

export default async function Comparisons({ searchParams }: PageProps<'/review/comparisons'>) {
  await requireUser();
  const asked = (await searchParams).stage;
  const stage = stageOrder.find((s) => s === asked) as Stage | undefined;
  const comparisons = await listComparisons(stage);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">Comparisons of figures</h1>
      <p className="max-w-prose">
        A comparison sets figures from different claims and articles side by side, answers one question, and is
        published like a claim: a reviewer gives our reading, an editor approves, and another editor publishes it.
      </p>
      <details className="rounded border border-slate-300 p-3">
        <summary className="cursor-pointer font-medium">Start a comparison</summary>
        <div className="mt-3 max-w-xl">
          <NewComparisonForm />
        </div>
      </details>
      <nav aria-label="Comparisons by stage" className="flex flex-wrap gap-3 text-sm">
        <Link href="/review/comparisons" aria-current={stage ? undefined : 'page'}>
          All
        </Link>
        {stageOrder.map((s) => (
          <Link key={s} href={`/review/comparisons?stage=${s}`} aria-current={stage === s ? 'page' : undefined}>
            {stages[s].label}
          </Link>
        ))}
      </nav>
      {comparisons.length === 0 ? (
        <p>No comparisons {stage ? `are ${stages[stage].label.toLowerCase()}` : 'yet'}.</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Comparisons, last changed first</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2">
                Question
              </th>
              <th scope="col">Figures</th>
              <th scope="col">Our reading</th>
              <th scope="col">Stage</th>
              <th scope="col">Last changed</th>
            </tr>
          </thead>
          <tbody>
            {comparisons.map((c) => (
              <tr key={c.id} className="border-b align-top" data-testid="comparison-row">
                <td className="py-2 pr-3">
                  <Link href={`/review/comparisons/${c.id}`} className="font-medium">
                    {c.question}
                  </Link>
                  {c.demo ? <span className="ml-2 text-slate-600">(demonstration)</span> : null}
                </td>
                <td className="pr-3">{c._count.members}</td>
                <td className="pr-3">{readingLabels[c.reviewerReading].split(':')[0]}</td>
                <td className="pr-3">{stages[c.stage].label}</td>
                <td>
                  <time dateTime={c.updatedAt.toISOString()}>{format(c.updatedAt, 'd MMM yyyy, HH:mm')}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
