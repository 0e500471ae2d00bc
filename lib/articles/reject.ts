import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { rejectProposalSchema } from './schemas';

// A rejection is remembered as an audit event on the article ({ start, end } in `after`),
// so the detector's proposal for that span is not shown again (lib/articles/review.ts).
export const REJECT_ACTION = 'proposal.reject';

export async function rejectProposal(input: unknown, actor: ActorRef) {
  const { articleId, start, end } = parseInput(rejectProposalSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'proposal.reject');
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { body: true } });
    if (!article) throw AppError.gone('article');
    if (start < 0 || end > article.body.length || end <= start) {
      throw new AppError('invalid_input', { userMessage: 'That proposal is not a span of this article.' });
    }
    await recordAudit(tx, {
      actorId: me.id,
      action: REJECT_ACTION,
      entityType: 'article',
      entityId: articleId,
      after: { start, end, text: article.body.slice(start, end).slice(0, 200) },
    });
  });
}
