import type { ClaimKind } from '@/lib/generated/prisma/enums';

const labels: Record<ClaimKind, string> = {
  casualty: 'Casualty figure',
  quote: 'Quote',
  statement: 'Statement',
  event: 'Reported event',
};

export function ClaimKindLabel({ kind }: { kind: ClaimKind }) {
  return <>{labels[kind]}</>;
}
