import { ClaimKind, FigureOutcome, SourceKind } from '@/lib/generated/prisma/enums';

// The kinds the tracker sorts claims, sources and figures into: the database's enums, in
// schema order, each with the words people see. Plain data, safe to import in the browser
// (no zod); the forms, filters, public pages and the detector all take them from here.

const valuesOf = <T extends string>(e: Record<string, T>) => Object.values(e) as [T, ...T[]];

export const claimKinds = valuesOf(ClaimKind);
export const sourceKinds = valuesOf(SourceKind);
export const figureOutcomes = valuesOf(FigureOutcome);

export type { ClaimKind, FigureOutcome, SourceKind };

export const claimKindLabels: Record<ClaimKind, string> = {
  casualty: 'Casualty figure',
  quote: 'Quote',
  statement: 'Statement',
  event: 'Reported event',
};

export const sourceKindLabels: Record<SourceKind, string> = {
  official: 'Official',
  government: 'Government',
  state_media: 'State media',
  monitoring_group: 'Monitoring group',
  journalist: 'Journalist',
  activists: 'Activists',
  news_outlet: 'News outlet',
  military: 'Military',
  other: 'Other',
};

/** Said as the figure reads: "250 civilians killed". */
export const figureOutcomeLabels: Record<FigureOutcome, string> = {
  killed: 'killed',
  injured: 'injured',
  missing: 'missing',
  displaced: 'displaced',
  detained: 'detained',
  other: 'other',
};
