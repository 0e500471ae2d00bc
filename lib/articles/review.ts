import 'server-only';
import { db } from '@/lib/db';
import { extractClaims, type Proposal } from '@/lib/extraction';
import { REJECT_ACTION } from './reject';
import { defaultStatement } from './schemas';

// What the review desk shows of an article: its text with the detector's proposals and
// the claims already made. Proposals are computed on each view from the stored body;
// those already made into claims, or rejected, are not proposed again.

export async function listArticles() {
  return db.article.findMany({
    orderBy: { createdAt: 'desc' },
    select: { id: true, title: true, publisher: true, createdAt: true, _count: { select: { claims: true } } },
  });
}

export type Segment = { text: string; start: number; mark?: { kind: 'proposal' | 'claim'; index: number } };

/** The body cut into plain text and highlighted spans; overlapping spans keep the first. */
export function segments(
  body: string,
  spans: { start: number; end: number; kind: 'proposal' | 'claim'; index: number }[],
) {
  const out: Segment[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > body.length || span.end <= span.start) continue;
    if (span.start > at) out.push({ text: body.slice(at, span.start), start: at });
    out.push({
      text: body.slice(span.start, span.end),
      start: span.start,
      mark: { kind: span.kind, index: span.index },
    });
    at = span.end;
  }
  if (at < body.length) out.push({ text: body.slice(at), start: at });
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export type ProposalView = Proposal & { statement: string; claimantId: string };

export async function loadArticleReview(id: string) {
  const article = await db.article.findUnique({
    where: { id },
    include: {
      claims: {
        orderBy: { spanStart: 'asc' },
        select: { id: true, spanStart: true, spanEnd: true, statement: true, _count: { select: { figures: true } } },
      },
    },
  });
  if (!article) return null;
  const [sources, rejections] = await Promise.all([
    db.source.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, aliases: true } }),
    db.auditEvent.findMany({
      where: { action: REJECT_ACTION, entityType: 'article', entityId: id },
      select: { after: true },
    }),
  ]);
  const rejected = rejections.map((e) => e.after as { start: number; end: number });
  const claims = article.claims.map((c) => ({ ...c, start: c.spanStart, end: c.spanEnd }));
  const proposals: ProposalView[] = extractClaims(article.body, { knownSources: sources, publisher: article.publisher })
    .filter((p) => !claims.some((c) => overlaps(c, p)))
    .filter((p) => !rejected.some((r) => r.start === p.start && r.end === p.end))
    .map((p) => ({
      ...p,
      statement: defaultStatement(p.text),
      claimantId: p.claimant?.sourceId ?? (p.claimant ? 'new' : ''),
    }));
  const marks = [
    ...claims.map((c, index) => ({ start: c.start, end: c.end, kind: 'claim' as const, index })),
    ...proposals.map((p, index) => ({ start: p.start, end: p.end, kind: 'proposal' as const, index })),
  ];
  return {
    article,
    claims,
    proposals,
    sources: sources.map(({ id, name }) => ({ id, name })),
    segments: segments(article.body, marks),
  };
}
