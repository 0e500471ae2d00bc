import type { ClaimKind, SourceKind, Stance } from '@/lib/generated/prisma/enums';

// The same words as components/claim-kind-label.tsx, as plain strings for <option> and feeds.
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

export const stanceLabels: Record<Stance, string> = {
  supports: 'Supports the claim',
  refutes: 'Refutes the claim',
  context: 'Context',
};
