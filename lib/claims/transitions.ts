import 'server-only';
import { moveVerbs } from '@/lib/workflow/moves';
import { claimRecord } from '@/lib/workflow/records';
import { retractSchema, transitionSchema } from './schemas';

// Every move of a claim through the workflow, by the one move core (lib/workflow/moves.ts).
// Each reports the claim's pages and whether readers see the move; callers refresh them.
export const claimMoves = moveVerbs(claimRecord, { transition: transitionSchema, retract: retractSchema });

export const submitForReview = claimMoves.submit;
export const withdrawToDraft = claimMoves.withdraw;
export const approveClaim = claimMoves.approve;
export const publishClaim = claimMoves.publish;
/** Withdraws a published claim at once (one editor: it asserts nothing new); a pending correction is dropped. */
export const retractClaim = claimMoves.retract;
