import 'server-only';
import { db } from '@/lib/db';
import { DEMO_LABEL } from './demo';
import { listPublicClaims, listPublicComparisons, type PublicComparisonSummary } from './list';
import { rssDocument, type RssItem } from './rss';
import { paths, type Site } from './site';
import type { PublicClaimSummary } from './types';
import { publicComparisonNoticeActions, publicHistoryActions } from './visibility';

// RSS 2.0 of our published checks and comparisons, newest first. A correction changes the
// item's title and text, a retraction says so, so a reader's feed shows what the page shows.

export type ClaimFeedItem = PublicClaimSummary & {
  type: 'claim';
  explanation: string | null;
  latestNote: string | null;
};
export type ComparisonFeedItem = PublicComparisonSummary & { type: 'comparison'; latestNote: string | null };
export type FeedItem = ClaimFeedItem | ComparisonFeedItem;

/** The newest `limit` of both, by first publication. */
export async function listFeedItems(limit = 50): Promise<FeedItem[]> {
  const [claims, comparisons] = await Promise.all([claimFeedItems(limit), comparisonFeedItems(limit)]);
  const when = (item: FeedItem) => item.publishedAt ?? '';
  return [...claims, ...comparisons].sort((a, b) => when(b).localeCompare(when(a))).slice(0, limit);
}

async function claimFeedItems(limit: number): Promise<ClaimFeedItem[]> {
  const { claims } = await listPublicClaims({ perPage: limit });
  const rows = await db.claim.findMany({
    where: { slug: { in: claims.map((c) => c.slug) } },
    select: { id: true, slug: true, explanation: true },
  });
  const notes = await db.auditEvent.findMany({
    where: {
      entityType: 'claim',
      entityId: { in: rows.map((r) => r.id) },
      action: { in: [...publicHistoryActions] },
      publicNote: { not: null },
    },
    orderBy: { createdAt: 'asc' },
    select: { entityId: true, publicNote: true },
  });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const noteOf = new Map(notes.map((n) => [n.entityId, n.publicNote]));
  return claims.map((c) => {
    const row = bySlug.get(c.slug);
    return {
      ...c,
      type: 'claim' as const,
      explanation: row?.explanation ?? null,
      latestNote: (row && noteOf.get(row.id)) ?? null,
    };
  });
}

async function comparisonFeedItems(limit: number): Promise<ComparisonFeedItem[]> {
  const { comparisons } = await listPublicComparisons({ perPage: limit });
  const rows = await db.comparison.findMany({
    where: { slug: { in: comparisons.map((c) => c.slug) } },
    select: { id: true, slug: true },
  });
  const notes = await db.auditEvent.findMany({
    where: {
      entityType: 'comparison',
      entityId: { in: rows.map((r) => r.id) },
      action: { in: [...publicComparisonNoticeActions] },
      publicNote: { not: null },
    },
    orderBy: { createdAt: 'asc' },
    select: { entityId: true, publicNote: true },
  });
  const idOf = new Map(rows.map((r) => [r.slug, r.id]));
  const noteOf = new Map(notes.map((n) => [n.entityId, n.publicNote]));
  return comparisons.map((c) => ({
    ...c,
    type: 'comparison' as const,
    latestNote: noteOf.get(idOf.get(c.slug) ?? '') ?? null,
  }));
}

function claimItem(item: ClaimFeedItem): RssItem {
  const verdict = item.status === 'retracted' ? `Retracted (was ${item.verdict.label})` : item.verdict.label;
  const who = item.claimant ? ` (${item.claimant.name})` : '';
  const link = paths.claim(item.slug);
  return {
    title: `${item.demo ? '[Demonstration] ' : ''}${verdict}: ${item.statement}`,
    link,
    guid: link,
    date: item.publishedAt,
    updated: item.updatedAt,
    categories: [item.verdict.label],
    description: [
      item.demo ? `${DEMO_LABEL}.` : null,
      item.status === 'retracted' ? 'This check has been retracted.' : null,
      item.latestNote,
      `Verdict: ${item.verdict.label}. Claim${who}: “${item.quote}”, in “${item.article.title}”.`,
      item.explanation,
    ]
      .filter(Boolean)
      .join('\n\n'),
  };
}

function comparisonItem(item: ComparisonFeedItem): RssItem {
  const link = paths.comparison(item.slug);
  const status = item.status === 'retracted' ? 'Retracted comparison' : 'Comparison';
  return {
    title: `${item.demo ? '[Demonstration] ' : ''}${status}: ${item.question}`,
    link,
    guid: link,
    date: item.publishedAt ?? new Date(0).toISOString(),
    categories: ['Comparison'],
    description: [
      item.demo ? `${DEMO_LABEL}.` : null,
      item.status === 'retracted' ? 'This comparison has been retracted.' : null,
      item.latestNote,
      `${item.figureCount} figures from ${item.sources.join(', ')}${item.places.length ? `, in ${item.places.join(', ')}` : ''}, side by side.`,
    ]
      .filter(Boolean)
      .join('\n\n'),
  };
}

export function buildRss(items: FeedItem[], site: Site): string {
  return rssDocument(
    {
      title: `${site.name}: fact checks`,
      link: paths.home(),
      selfLink: paths.feed(),
      description: `Claim-by-claim fact checks and comparisons of figures published by ${site.name}.`,
      items: items.map((item) => (item.type === 'claim' ? claimItem(item) : comparisonItem(item))),
    },
    site,
  );
}
