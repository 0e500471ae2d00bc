// Who a claim really comes from (docs/decisions/021-appearances-and-primary-sources.md).
// Each place a claim was made names a claimant; an outlet that relays another ("citing the
// Syrian Observatory") names the one it relays. The primary source is the relayed one when
// there is one, else the claimant. Forty outlets repeating one monitor are one source.
// Pure: the comparison reading, the public pages and the time chart all count with these.

export type SourceNaming = { claimantId: string | null; citesSourceId?: string | null };

/** The primary source of one appearance (or of a claim's origin, whose claimant is its source); null when unnamed. */
export function primarySourceOf(naming: SourceNaming): string | null {
  return naming.citesSourceId ?? naming.claimantId ?? null;
}

/** The distinct primary sources among some appearances, in the order first met. */
export function primarySources(namings: readonly SourceNaming[]): string[] {
  const seen = new Set<string>();
  for (const naming of namings) {
    const source = primarySourceOf(naming);
    if (source) seen.add(source);
  }
  return [...seen];
}

/** How many independent primary sources some appearances rest on (unattributed ones are not counted). */
export function independentSourceCount(namings: readonly SourceNaming[]): number {
  return primarySources(namings).length;
}
