import 'server-only';
import { db } from '@/lib/db';
import { isRecordId } from '@/lib/validation-text';
import { isPublicStage } from '@/lib/workflow/stages';

/** The line of the article that holds the span, with the span's position inside it. */
export function paragraphAround(body: string, start: number, end: number) {
  const from = body.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  const next = body.indexOf('\n', end);
  const to = next === -1 ? body.length : next;
  return { before: body.slice(from, start), span: body.slice(start, end), after: body.slice(end, to) };
}

/** A pending correction with who prepared it and the evidence it shows or takes off. */
export const pendingCorrectionInclude = {
  preparedBy: { select: { name: true } },
  evidence: {
    include: {
      evidence: { select: { title: true, url: true, fileName: true, note: true } },
      proposedBy: { select: { name: true } },
    },
  },
} as const;

/** Everything the claim workspace shows, internal material included (staff only). */
export async function loadWorkspace(claimId: string) {
  if (!isRecordId(claimId)) return null;
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    include: {
      article: { select: { id: true, slug: true, title: true, publisher: true, body: true } },
      claimant: true,
      verdict: true,
      assignee: { select: { id: true, name: true } },
      verdictSetBy: { select: { id: true, name: true } },
      figures: {
        orderBy: { position: 'asc' },
        include: {
          partOf: true,
          comparisons: { include: { comparison: { select: { id: true, question: true, stage: true } } } },
        },
      },
      evidence: {
        orderBy: { createdAt: 'asc' },
        include: { createdBy: { select: { name: true } }, removedBy: { select: { name: true } } },
      },
      comments: { orderBy: { createdAt: 'asc' }, include: { author: { select: { name: true } } } },
      corrections: { where: { status: 'pending' }, include: pendingCorrectionInclude },
    },
  });
  if (!claim) return null;
  const [history, sources, verdicts, staff, wholes] = await Promise.all([
    db.auditEvent.findMany({
      where: { entityType: 'claim', entityId: claimId },
      orderBy: { createdAt: 'asc' },
      include: { actor: { select: { name: true } } },
    }),
    db.source.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, kind: true } }),
    db.verdict.findMany({ where: { active: true }, orderBy: { position: 'asc' } }),
    db.user.findMany({ where: { disabled: false }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    // A part's whole is a figure of the same article: this claim's or another claim's.
    db.figure.findMany({
      where: { claim: { articleId: claim.articleId } },
      orderBy: [{ claim: { spanStart: 'asc' } }, { position: 'asc' }],
      include: { claim: { select: { statement: true, claimant: { select: { name: true } } } } },
    }),
  ]);
  const { body, ...article } = claim.article;
  return {
    claim: { ...claim, article },
    context: paragraphAround(body, claim.spanStart, claim.spanEnd),
    history,
    sources,
    verdicts,
    staff,
    wholes,
  };
}

export type Workspace = NonNullable<Awaited<ReturnType<typeof loadWorkspace>>>;

/** Whether readers can see this claim, with the slugs of the pages that show it. */
export async function claimPublicity(claimId: string) {
  if (!isRecordId(claimId)) return null;
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { slug: true, stage: true, article: { select: { slug: true } } },
  });
  if (!claim) return null;
  return {
    isPublic: isPublicStage(claim.stage),
    claimSlug: claim.slug,
    articleSlug: claim.article.slug,
  };
}
