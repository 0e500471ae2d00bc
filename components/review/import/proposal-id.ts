/** The element id of a proposal's card, shared by the server-rendered card and the client that focuses it. */
export const proposalCardId = (start: number, end: number) => `proposal-card-${start}-${end}`;
