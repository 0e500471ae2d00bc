// The verdicts a fresh install starts with. They live in the Verdict table so admins can
// rename or add verdicts; this list only fills in the ones that are missing.
//
// ClaimReview ratingValue scale (worstRating 1, bestRating 5), documented in docs/api.md:
//   1 false · 2 misleading or partly true · 3 mixed, disputed or not rated · 5 verified.
export type VerdictDefinition = {
  key: string;
  label: string;
  description: string;
  ratingValue: number;
  tone: 'neutral' | 'positive' | 'mixed' | 'negative' | 'disputed';
};

export const RATING_SCALE = { worstRating: 1, bestRating: 5 } as const;

export const DEFAULT_VERDICT_KEY = 'unverified';

export const defaultVerdicts: VerdictDefinition[] = [
  {
    key: 'unverified',
    label: 'Unverified',
    description: 'Not yet checked against independent evidence.',
    ratingValue: 3,
    tone: 'neutral',
  },
  {
    key: 'verified',
    label: 'Verified',
    description: 'Independent evidence confirms the claim as stated.',
    ratingValue: 5,
    tone: 'positive',
  },
  {
    key: 'partly_true',
    label: 'Partly true / misleading',
    description: 'Contains accurate elements but leaves out or distorts something that changes its meaning.',
    ratingValue: 2,
    tone: 'mixed',
  },
  {
    key: 'disputed',
    label: 'Disputed',
    description: 'Credible sources conflict and the evidence does not settle it.',
    ratingValue: 3,
    tone: 'disputed',
  },
  {
    key: 'false',
    label: 'False',
    description: 'Independent evidence shows the claim is wrong.',
    ratingValue: 1,
    tone: 'negative',
  },
  {
    key: 'unverifiable',
    label: 'Unverifiable',
    description: 'It cannot be checked with the evidence that exists or can be reached.',
    ratingValue: 3,
    tone: 'neutral',
  },
];
