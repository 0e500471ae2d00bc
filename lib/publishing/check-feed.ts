import 'server-only';
import { db } from '@/lib/db';
import { DEMO_LABEL } from './demo';
import { readHistory } from './history';
import { rssDocument } from './rss';
import { paths, type Site } from './site';
import { publicClaimWhere, publicComparisonWhere } from './visibility';

// One check's own feed, so a reader or another newsroom can follow it: a list of dated
// events, each from an event source. A source reads only what readers may see. The claim's
// sources are its public history (published, corrected, retracted); a new kind of event
// (a new appearance of the claim in another article) is one more function in
// `claimEventSources`, returning CheckEvents.

export type CheckEvent = {
  /** Stable per event, so a feed reader shows each once. */
  id: string;
  kind: 'published' | 'republished' | 'corrected' | 'retracted' | 'appearance';
  at: string;
  /** What happened, in one line. */
  summary: string;
  /** The note written for readers, if any. */
  note: string | null;
  /** Where the event is seen, when not on the check's own page (an appearance's article). */
  link?: string;
};

export type FollowedCheck = {
  type: 'claim' | 'comparison';
  id: string;
  slug: string;
  title: string;
  demo: boolean;
  publishedAt: Date;
};

export type EventSource = (check: FollowedCheck) => Promise<CheckEvent[]>;

/** Publication, corrections and retraction, from the claim's public history. */
const claimHistoryEvents: EventSource = async (check) =>
  (await readHistory(check.id, check.publishedAt)).map((entry, i) => ({
    id: `${entry.kind}-${entry.at}-${i}`,
    kind: entry.kind,
    at: entry.at,
    summary:
      entry.kind === 'corrected'
        ? entry.verdictBefore && entry.verdictAfter && entry.verdictBefore !== entry.verdictAfter
          ? `Corrected: verdict changed from ${entry.verdictBefore} to ${entry.verdictAfter}`
          : 'Corrected'
        : entry.kind === 'retracted'
          ? 'Retracted: the verdict no longer stands'
          : `${entry.kind === 'republished' ? 'Published again' : 'Published'}${entry.verdictAfter ? ` with the verdict ${entry.verdictAfter}` : ''}`,
    note: entry.note,
  }));

const comparisonActions = {
  'comparison.publish': 'published',
  'comparison.correct': 'corrected',
  'comparison.retract': 'retracted',
} as const;

/** Publication, corrections and retraction of a comparison, from its audit trail. */
const comparisonHistoryEvents: EventSource = async (check) => {
  const events = await db.auditEvent.findMany({
    where: { entityType: 'comparison', entityId: check.id, action: { in: Object.keys(comparisonActions) } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, action: true, createdAt: true, publicNote: true },
  });
  let published = false;
  const entries: CheckEvent[] = events.map((e) => {
    let kind: CheckEvent['kind'] = comparisonActions[e.action as keyof typeof comparisonActions];
    if (kind === 'published') kind = published ? 'republished' : 'published';
    if (kind === 'published') published = true;
    const summary = {
      published: 'Published',
      republished: 'Published again',
      corrected: 'Corrected',
      retracted: 'Retracted: the reading no longer stands',
      appearance: '',
    }[kind];
    return { id: e.id, kind, at: e.createdAt.toISOString(), summary, note: e.publicNote };
  });
  // Comparisons published before the publish event existed (the demo seed) still show when.
  if (!published) {
    entries.unshift({
      id: 'published',
      kind: 'published',
      at: check.publishedAt.toISOString(),
      summary: 'Published',
      note: null,
    });
  }
  return entries;
};

/** Each time another article was found repeating the claim (lib/claims/appearances.ts), dated when we linked it. */
const claimAppearanceEvents: EventSource = async (check) => {
  const appearances = await db.appearance.findMany({
    where: { claimId: check.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, createdAt: true, article: { select: { slug: true, title: true, publisher: true } } },
  });
  return appearances.map((a) => ({
    id: a.id,
    kind: 'appearance',
    at: a.createdAt.toISOString(),
    summary: `Also reported by ${a.article.publisher} (${a.article.title})`,
    note: null,
    link: paths.article(a.article.slug),
  }));
};

/** Add a source here to put a new kind of event in every claim's feed. */
export const claimEventSources: EventSource[] = [claimHistoryEvents, claimAppearanceEvents];
export const comparisonEventSources: EventSource[] = [comparisonHistoryEvents];

/** A public claim or comparison to follow, or null when readers cannot see it. */
export async function findFollowedCheck(type: FollowedCheck['type'], slug: string): Promise<FollowedCheck | null> {
  if (type === 'claim') {
    const c = await db.claim.findFirst({
      where: { slug, ...publicClaimWhere },
      select: { id: true, slug: true, statement: true, demo: true, publishedAt: true, createdAt: true },
    });
    return (
      c && { type, id: c.id, slug: c.slug, title: c.statement, demo: c.demo, publishedAt: c.publishedAt ?? c.createdAt }
    );
  }
  const c = await db.comparison.findFirst({
    where: { slug, ...publicComparisonWhere },
    select: { id: true, slug: true, question: true, demo: true, publishedAt: true, createdAt: true },
  });
  return (
    c && { type, id: c.id, slug: c.slug, title: c.question, demo: c.demo, publishedAt: c.publishedAt ?? c.createdAt }
  );
}

/** Every event of the check, newest first. */
export async function checkEvents(check: FollowedCheck): Promise<CheckEvent[]> {
  const sources = check.type === 'claim' ? claimEventSources : comparisonEventSources;
  const lists = await Promise.all(sources.map((source) => source(check)));
  return lists.flat().sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

export function checkPath(check: Pick<FollowedCheck, 'type' | 'slug'>): string {
  return check.type === 'claim' ? paths.claim(check.slug) : paths.comparison(check.slug);
}

export function checkFeedPath(check: Pick<FollowedCheck, 'type' | 'slug'>): string {
  return check.type === 'claim' ? paths.claimFeed(check.slug) : paths.comparisonFeed(check.slug);
}

export function buildCheckRss(check: FollowedCheck, events: CheckEvent[], site: Site): string {
  const page = checkPath(check);
  const prefix = check.demo ? '[Demonstration] ' : '';
  return rssDocument(
    {
      title: `${site.name}: ${check.title}`,
      link: page,
      selfLink: checkFeedPath(check),
      description: `What happens to this ${check.type === 'claim' ? 'check' : 'comparison'}: its publication, corrections, retraction and new appearances.`,
      items: events.map((event) => ({
        title: `${prefix}${event.summary}: ${check.title}`,
        link: event.link ?? page,
        guid: `${site.baseUrl}${page}#${event.kind}-${event.id}`,
        date: event.at,
        categories: [event.kind],
        description: [check.demo ? `${DEMO_LABEL}.` : null, event.summary + '.', event.note]
          .filter(Boolean)
          .join('\n\n'),
      })),
    },
    site,
  );
}
