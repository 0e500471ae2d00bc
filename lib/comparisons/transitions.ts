import 'server-only';
import { moveVerbs } from '@/lib/workflow/moves';
import { comparisonRecord } from '@/lib/workflow/records';
import { retractSchema, transitionSchema } from './schemas';

// A comparison moves through the same stages as a claim, under the same rules: a reviewer
// sends it for review once it has a reading, an editor approves, and an editor who did not
// set the reading publishes (the second read). The move core is lib/workflow/moves.ts.
export const comparisonMoves = moveVerbs(comparisonRecord, { transition: transitionSchema, retract: retractSchema });

export const {
  submit: submitComparison,
  withdraw: withdrawComparison,
  approve: approveComparison,
  publish: publishComparison,
  /** Withdraws a published comparison at once (one editor); a pending correction is dropped. */
  retract: retractComparison,
} = comparisonMoves;
