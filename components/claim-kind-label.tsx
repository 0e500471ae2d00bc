import { claimKindLabels, type ClaimKind } from '@/lib/claims/kinds';

export function ClaimKindLabel({ kind }: { kind: ClaimKind }) {
  return <>{claimKindLabels[kind]}</>;
}
