// The kinds of claim and of source: plain lists, safe to import in the browser (no zod).

export const claimKinds = ['casualty', 'quote', 'statement', 'event'] as const;
export const sourceKinds = [
  'official',
  'government',
  'state_media',
  'monitoring_group',
  'journalist',
  'activists',
  'news_outlet',
  'military',
  'other',
] as const;
