import 'server-only';
import { z } from 'zod';
import type { ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { recordId, version } from '@/lib/validation-text';
import { editClaim } from '@/lib/workflow/edit';

// A claim flagged when a new version of its article changed its words (lib/articles/versions.ts).
// Before publication a reviewer resolves it: the claim takes the new words, or, when they are
// gone, stays a claim about what the earlier version said. Either is a change to what the
// claim says, so an approved claim goes back to review; a published one is resolved only by
// a correction (lib/workflow/corrections.ts), which the edit core enforces.

export const resolveArticleChangeSchema = z.object({
  claimId: recordId('This claim no longer exists.'),
  version,
});

/** The new words of a changed claim, or its own when they are gone. */
export function wordsAfterChange(
  claim: { articleChange: string | null; spanStart: number; spanEnd: number; quote: string },
  body: string,
) {
  return claim.articleChange === 'changed' ? body.slice(claim.spanStart, claim.spanEnd) : claim.quote;
}

export async function resolveArticleChange(input: unknown, actor: ActorRef) {
  const data = parseInput(resolveArticleChangeSchema, input);
  return db.$transaction(async (tx) => {
    const target = { id: data.claimId, version: data.version, permission: 'claim.edit', content: 'span' } as const;
    const edited = await editClaim(tx, target, actor, async (claim) => {
      if (!claim.articleChange) {
        throw new AppError('conflict', { userMessage: 'Nothing is waiting here: the article’s words were resolved.' });
      }
      const article = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { body: true } });
      const quote = wordsAfterChange(claim, article.body);
      return {
        data: { quote, articleChange: null },
        audit: {
          action: 'claim.resolveArticleChange',
          before: { quote: claim.quote, articleChange: claim.articleChange },
          after: { quote },
        },
      };
    });
    return { version: edited.version, stage: edited.stage };
  });
}
