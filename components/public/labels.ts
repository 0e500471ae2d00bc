import type { Stance } from '@/lib/generated/prisma/enums';

// Claim and source kinds are labelled in lib/claims/kinds.ts.
export const stanceLabels: Record<Stance, string> = {
  supports: 'Supports the claim',
  refutes: 'Refutes the claim',
  context: 'Context',
};
