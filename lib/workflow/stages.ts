import type { Stage } from '@/lib/generated/prisma/enums';

// Where the work is (DESIGN.md "Verdicts and workflow"). A correction keeps a claim
// published and is recorded as an audit event with a public note.
export const stages: Record<Stage, { label: string; public: boolean }> = {
  draft: { label: 'Draft', public: false },
  in_review: { label: 'In review', public: false },
  approved: { label: 'Approved', public: false },
  published: { label: 'Published', public: true },
  retracted: { label: 'Retracted', public: true },
};

export const stageOrder = Object.keys(stages) as Stage[];

/** Stages a reader may see; everything else stays inside the newsroom. */
export const publicStages = stageOrder.filter((s) => stages[s].public);

/** Whether readers can see an item at this stage (published, or retracted with its reason). */
export function isPublicStage(stage: Stage) {
  return stages[stage].public;
}
