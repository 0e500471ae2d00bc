import 'server-only';
import { db } from '@/lib/db';
import type { Claimant, Proposal } from '@/lib/extraction';
import type { Relay } from '@/lib/extraction/relay';
import { articleProposals, knownSources } from './proposals';
import { REJECT_ACTION } from './reject';
import { defaultStatement } from './schemas';
import { isRecordId } from '@/lib/validation-text';
import { matchProposals, type ClaimMatch } from '@/lib/claims/matching';

// What the review desk shows of an article: its text with the detector's proposals and
// the claims already made. Proposals are read as stored at import (proposals.ts); those
// already made into claims, or rejected, are not proposed again.

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

export type ProposalView = Proposal & {
  statement: string;
  claimantId: string;
  /** The primary source the claimant relays ("citing the Observatory"), as detected at import (relay.ts). */
  relay?: Relay;
  /** Existing checks this proposal repeats (lib/claims/matching.ts). */
  matches: ClaimMatch[];
};

/** Proposals shown with their forms on one page: a long article may have thousands. */
export const PROPOSALS_PER_PAGE = 20;

/** An article for the review desk, with the `page`-th page of the proposals left to review (from 1). */
export async function loadArticleReview(id: string, page = 1) {
  if (!isRecordId(id)) return null;
  const article = await db.article.findUnique({
    where: { id },
    include: {
      claims: {
        orderBy: { spanStart: 'asc' },
        select: {
          id: true,
          spanStart: true,
          spanEnd: true,
          statement: true,
          articleChange: true,
          _count: { select: { figures: true } },
        },
      },
      versions: { orderBy: { number: 'desc' }, select: { number: true, how: true, createdAt: true } },
      appearances: {
        orderBy: { spanStart: 'asc' },
        select: { spanStart: true, spanEnd: true, claim: { select: { id: true, statement: true } } },
      },
    },
  });
  if (!article) return null;
  const [sources, rejections, detected] = await Promise.all([
    knownSources(),
    db.auditEvent.findMany({
      where: { action: REJECT_ACTION, entityType: 'article', entityId: id },
      select: { after: true },
    }),
    articleProposals(article),
  ]);
  const rejected = new Set(rejections.map((e) => spanKey(e.after as { start: number; end: number })));
  const claims = article.claims.map((c) => ({ ...c, start: c.spanStart, end: c.spanEnd }));
  // A span linked to an existing check is taken as much as one made a claim here.
  const appearances = article.appearances.map((a) => ({ ...a.claim, start: a.spanStart, end: a.spanEnd }));
  const open = detected.proposals
    .filter((p) => ![...claims, ...appearances].some((c) => overlaps(c, p)))
    .filter((p) => !rejected.has(spanKey(p)));
  const pageCount = Math.max(1, Math.ceil(open.length / PROPOSALS_PER_PAGE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const linked = linkClaimants(sources);
  const shownProposals = open.slice((current - 1) * PROPOSALS_PER_PAGE, current * PROPOSALS_PER_PAGE).map((p) => {
    const claimant = p.claimant && linked(p.claimant);
    // Sources added since the import are known by now: relink the relay's parties as the claimant is.
    const relay = p.relay && { ...p.relay, primary: linked(p.relay.primary), via: p.relay.via && linked(p.relay.via) };
    return {
      ...p,
      claimant,
      relay,
      statement: defaultStatement(p.text),
      claimantId: claimant?.sourceId ?? (claimant ? 'new' : ''),
    };
  });
  const matches = await matchProposals(
    id,
    // A figure is the same when its primary source is: the relayed one when the claimant relays it
    // (one not recorded yet has no figures to repeat; the outlet's own are not its figures).
    shownProposals.map((p) => ({
      ...p,
      sourceId: p.relay ? (p.relay.primary.sourceId ?? null) : (p.claimant?.sourceId ?? null),
    })),
  );
  const proposals: ProposalView[] = shownProposals.map((p) => ({ ...p, matches: matches.get(spanKey(p)) ?? [] }));
  // Every open proposal is highlighted in the text, whichever page lists it.
  const marks = [
    ...claims.map((c, index) => ({ start: c.start, end: c.end, kind: 'claim' as const, index })),
    ...appearances.map((a, index) => ({
      start: a.start,
      end: a.end,
      kind: 'claim' as const,
      index: claims.length + index,
    })),
    ...open.map((p, index) => ({ start: p.start, end: p.end, kind: 'proposal' as const, index })),
  ];
  const { proposals: _stored, appearances: _linked, ...shown } = article;
  return {
    article: shown,
    claims,
    appearances,
    proposals,
    proposalPages: { page: current, pageCount, total: open.length, first: (current - 1) * PROPOSALS_PER_PAGE + 1 },
    detectionNote: detected.note,
    sources: sources.map(({ id, name }) => ({ id, name })),
    segments: segments(article.body, marks),
  };
}

const spanKey = ({ start, end }: { start: number; end: number }) => `${start}-${end}`;

/**
 * Claimants as the sources stand now: proposals were stored at import, and a source made
 * since (from another proposal, say) is the one a "new" claimant of that name now means.
 */
function linkClaimants(sources: { id: string; name: string }[]) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const byName = new Map(sources.map((s) => [s.name.toLowerCase(), s]));
  return (claimant: Claimant): Claimant => {
    const source = (claimant.sourceId && byId.get(claimant.sourceId)) || byName.get(claimant.name.toLowerCase());
    return source ? { name: source.name, sourceId: source.id, isNew: false } : { name: claimant.name, isNew: true };
  };
}
