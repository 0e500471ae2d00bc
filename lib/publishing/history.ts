import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { HistoryEntry } from './types';
import { publicHistoryActions } from './visibility';

// A claim's public history, from its audit trail (IFCN: corrections in the open). Only the
// date, the public note and the verdict change are read; who acted and why stay inside.

const snapshot = z.object({ verdict: z.string().optional() }).loose().nullable().catch(null);

const kinds = {
  'claim.publish': 'published',
  'claim.correct': 'corrected',
  'claim.retract': 'retracted',
} as const satisfies Record<(typeof publicHistoryActions)[number], HistoryEntry['kind']>;

export async function readHistory(claimId: string, publishedAt: Date): Promise<HistoryEntry[]> {
  const [events, verdicts] = await Promise.all([
    db.auditEvent.findMany({
      where: { entityType: 'claim', entityId: claimId, action: { in: [...publicHistoryActions] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { action: true, createdAt: true, publicNote: true, before: true, after: true },
    }),
    db.verdict.findMany({ select: { key: true, label: true } }),
  ]);
  const label = (key: string | undefined) => (key ? (verdicts.find((v) => v.key === key)?.label ?? key) : null);
  let published = false;
  const entries: HistoryEntry[] = events.map((event) => {
    let kind: HistoryEntry['kind'] = kinds[event.action as keyof typeof kinds];
    if (kind === 'published') kind = published ? 'republished' : 'published';
    if (kind === 'published') published = true;
    const before = label(snapshot.parse(event.before)?.verdict);
    const after = label(snapshot.parse(event.after)?.verdict);
    return {
      kind,
      at: event.createdAt.toISOString(),
      note: event.publicNote,
      verdictBefore: kind === 'corrected' ? before : null,
      verdictAfter: kind === 'retracted' ? null : after,
    };
  });
  // Claims published before the publish event existed (the demo seed) still show when.
  if (!published) {
    entries.unshift({
      kind: 'published',
      at: publishedAt.toISOString(),
      note: null,
      verdictBefore: null,
      verdictAfter: null,
    });
  }
  return entries;
}
