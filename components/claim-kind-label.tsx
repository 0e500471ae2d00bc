import type { ClaimKind } from '@/lib/generated/prisma/enums';

export const claimKindLabels: Record<ClaimKind, string> = {
  casualty: 'Casualty figure',
  quote: 'Quote',
  statement: 'Statement',
  event: 'Reported event',
};

export function ClaimKindLabel({ kind }: { kind: ClaimKind }) {
  return <>{claimKindLabels[kind]}</>;
}
