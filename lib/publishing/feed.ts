import 'server-only';
import { db } from '@/lib/db';
import { DEMO_LABEL } from './demo';
import { listPublicClaims } from './list';
import { absoluteUrl, paths, type Site } from './site';
import type { PublicClaimSummary } from './types';
import { publicHistoryActions } from './visibility';

// RSS 2.0 of our published checks, newest first. A correction changes the item's title
// and text, a retraction says so, so a reader's feed shows what the page shows.

export type FeedItem = PublicClaimSummary & { explanation: string | null; latestNote: string | null };

export async function listFeedItems(limit = 50): Promise<FeedItem[]> {
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
    return { ...c, explanation: row?.explanation ?? null, latestNote: (row && noteOf.get(row.id)) ?? null };
  });
}

// XML 1.0 has no place for most control characters, so they are dropped, not escaped.
const escapeXml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[<>&'"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch]!);

function itemTitle(item: FeedItem): string {
  const verdict = item.status === 'retracted' ? `Retracted (was ${item.verdict.label})` : item.verdict.label;
  return `${item.demo ? '[Demonstration] ' : ''}${verdict}: ${item.statement}`;
}

function itemDescription(item: FeedItem): string {
  const who = item.claimant ? ` (${item.claimant.name})` : '';
  return [
    item.demo ? `${DEMO_LABEL}.` : null,
    item.status === 'retracted' ? 'This check has been retracted.' : null,
    item.latestNote,
    `Verdict: ${item.verdict.label}. Claim${who}: “${item.quote}”, in “${item.article.title}”.`,
    item.explanation,
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function buildRss(items: FeedItem[], site: Site): string {
  const url = (path: string) => absoluteUrl(path, site.baseUrl);
  const lastBuild = items.reduce((latest, i) => (i.updatedAt > latest ? i.updatedAt : latest), '');
  const entries = items.map((item) => {
    const link = url(paths.claim(item.slug));
    return [
      '<item>',
      `<title>${escapeXml(itemTitle(item))}</title>`,
      `<link>${escapeXml(link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `<pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>`,
      `<category>${escapeXml(item.verdict.label)}</category>`,
      `<description>${escapeXml(itemDescription(item))}</description>`,
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(`${site.name}: fact checks`)}</title>`,
    `<link>${escapeXml(url('/'))}</link>`,
    `<atom:link href="${escapeXml(url(paths.feed()))}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(`Claim-by-claim fact checks published by ${site.name}.`)}</description>`,
    '<language>en</language>',
    lastBuild ? `<lastBuildDate>${new Date(lastBuild).toUTCString()}</lastBuildDate>` : '',
    ...entries,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
