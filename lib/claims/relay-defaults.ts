import type { Relay } from '@/lib/extraction/relay';

// The link-as-appearance form of a matched proposal (components/review/proposal-match.tsx)
// starts from what detection read of who relays whom (lib/extraction/relay.ts).

export type LinkProposal = {
  /** The detected claimant: a Source id, '' for none, or 'new' with its name. */
  claimantId: string;
  newClaimantName?: string;
  relay?: Relay | null;
};

/**
 * What the link form starts from when detection read a relay: the relayed source, and the
 * outlet as the claimant when the detector named the primary source as the claimant ("the
 * Observatory said, according to Reuters"). The reviewer can change both.
 */
export function relayDefaults(proposal: LinkProposal) {
  const relay = proposal.relay;
  if (!relay) return { claimantId: proposal.claimantId, newClaimantName: proposal.newClaimantName, citesSourceId: '' };
  const primaryIsClaimant = relay.primary.sourceId
    ? relay.primary.sourceId === proposal.claimantId
    : proposal.claimantId === 'new' && proposal.newClaimantName === relay.primary.name;
  const via = primaryIsClaimant ? relay.via : null;
  return {
    claimantId: via ? (via.sourceId ?? 'new') : proposal.claimantId,
    newClaimantName: via ? (via.sourceId ? undefined : via.name) : proposal.newClaimantName,
    citesSourceId: relay.primary.sourceId ?? '',
  };
}
