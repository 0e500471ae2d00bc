import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ComparisonChart } from '@/components/public/comparison-chart';
import { ComparisonView } from '@/components/public/comparison-view';
import { FiguresOverTime } from '@/components/public/time-chart';
import { cachedComparison } from '@/lib/publishing/cache';
import { figureAsWritten } from '@/lib/publishing/figures';
import { comparisonMetadata } from '@/lib/publishing/metadata';
import { isSlug } from '@/lib/publishing/site';

type Props = { params: Promise<{ slug: string }> };

// Rendered on each request like every page (app/layout.tsx), from data kept in the cache
// until a publication drops it (lib/publishing/revalidate.ts).
const load = cache((slug: string) => (isSlug(slug) ? cachedComparison(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const comparison = await load((await params).slug);
  return comparison ? comparisonMetadata(comparison) : { title: 'Comparison not found' };
}

export default async function ComparisonPage({ params }: Props) {
  const comparison = await load((await params).slug);
  if (!comparison) notFound();
  const rows = comparison.members.map(({ source, min, max, outcome, victimGroup }) => ({
    label: source,
    min,
    max,
    outcome,
    victimGroup,
  }));
  // Figures carry no id in the public model: their place in the comparison names them.
  const timed = comparison.members.map((m, i) => ({ ...m, id: `member-${i}`, asWritten: figureAsWritten(m) }));
  return (
    <ComparisonView
      comparison={comparison}
      chart={rows.length ? <ComparisonChart rows={rows} /> : null}
      overTime={comparison.overTime.days >= 2 ? <FiguresOverTime figures={timed} /> : null}
    />
  );
}
