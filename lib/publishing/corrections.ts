import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { text } from '@/lib/validation-text';
import { DEMO_LABEL } from './demo';
import { rssDocument, type RssItem } from './rss';
import { paths, type Site } from './site';
import { publicClaimWhere, publicComparisonWhere } from './visibility';

// Every published correction and retraction, of claims and comparisons, newest first, with
// the note written for readers (IFCN: corrections in the open). Read from the audit trail's
// `*.correct` and `*.retract` events, which exist only once an editor has published them:
// a pending or discarded correction has other events. Only the date, the public note and
// the verdict change are read; who acted and why stay inside.

export const correctionActions = [
  'claim.correct',
  'claim.retract',
  'comparison.correct',
  'comparison.retract',
] as const;

export type PublicCorrection = {
  /** The audit event's id: stable, so a feed reader sees each correction once. */
  id: string;
  kind: 'corrected' | 'retracted';
  at: string;
  note: string | null;
  check: { type: 'claim' | 'comparison'; slug: string; title: string; demo: boolean };
  /** A claim's verdict before and after a correction that changed it. */
  verdictBefore: string | null;
  verdictAfter: string | null;
};

const snapshot = z.object({ verdict: text().optional() }).loose().nullable().catch(null);

/**
 * The corrections of items readers can see, newest first. Corrections are few (a handful a
 * month in a busy newsroom), so the public filter runs on the items they name.
 */
export async function listPublicCorrections(): Promise<PublicCorrection[]> {
  const events = await db.auditEvent.findMany({
    where: { action: { in: [...correctionActions] } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      createdAt: true,
      publicNote: true,
      before: true,
      after: true,
    },
  });
  const ids = (type: string) => [...new Set(events.filter((e) => e.entityType === type).map((e) => e.entityId))];
  const [claims, comparisons, verdicts] = await Promise.all([
    db.claim.findMany({
      where: { id: { in: ids('claim') }, ...publicClaimWhere },
      select: { id: true, slug: true, statement: true, demo: true },
    }),
    db.comparison.findMany({
      where: { id: { in: ids('comparison') }, ...publicComparisonWhere },
      select: { id: true, slug: true, question: true, demo: true },
    }),
    db.verdict.findMany({ select: { key: true, label: true } }),
  ]);
  const checks = new Map<string, PublicCorrection['check']>([
    ...claims.map((c) => [c.id, { type: 'claim', slug: c.slug, title: c.statement, demo: c.demo }] as const),
    ...comparisons.map((c) => [c.id, { type: 'comparison', slug: c.slug, title: c.question, demo: c.demo }] as const),
  ]);
  const label = (key: string | undefined) => (key ? (verdicts.find((v) => v.key === key)?.label ?? key) : null);
  return events.flatMap((event) => {
    const check = checks.get(event.entityId);
    if (!check || check.type !== event.entityType) return [];
    const kind = event.action.endsWith('.retract') ? ('retracted' as const) : ('corrected' as const);
    const before = label(snapshot.parse(event.before)?.verdict);
    const after = label(snapshot.parse(event.after)?.verdict);
    const changed = kind === 'corrected' && check.type === 'claim' && before && after && before !== after;
    return [
      {
        id: event.id,
        kind,
        at: event.createdAt.toISOString(),
        note: event.publicNote,
        check,
        verdictBefore: changed ? before : null,
        verdictAfter: changed ? after : null,
      },
    ];
  });
}

export function correctionPath(check: PublicCorrection['check']): string {
  return check.type === 'claim' ? paths.claim(check.slug) : paths.comparison(check.slug);
}

/** One line saying what happened, for the page and the feed. */
export function correctionHeadline(c: PublicCorrection): string {
  const what = c.check.type === 'claim' ? 'check' : 'comparison';
  const verb = c.kind === 'retracted' ? `Retracted ${what}` : `Corrected ${what}`;
  return `${c.check.demo ? '[Demonstration] ' : ''}${verb}: ${c.check.title}`;
}

export function buildCorrectionsRss(corrections: PublicCorrection[], site: Site): string {
  const items: RssItem[] = corrections.map((c) => ({
    title: correctionHeadline(c),
    link: correctionPath(c.check),
    guid: `${site.baseUrl}${paths.corrections()}#${c.id}`,
    date: c.at,
    categories: [c.kind === 'retracted' ? 'Retraction' : 'Correction'],
    description: [
      c.check.demo ? `${DEMO_LABEL}.` : null,
      c.verdictBefore && c.verdictAfter ? `Verdict changed from ${c.verdictBefore} to ${c.verdictAfter}.` : null,
      c.note,
    ]
      .filter(Boolean)
      .join('\n\n'),
  }));
  return rssDocument(
    {
      title: `${site.name}: corrections and retractions`,
      link: paths.corrections(),
      selfLink: paths.correctionsFeed(),
      description: `Every correction and retraction ${site.name} has published, newest first.`,
      items,
    },
    site,
  );
}
