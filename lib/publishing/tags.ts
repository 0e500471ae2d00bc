// Cache tags of the public data, named once so that readers of the cache and the
// revalidation after a publish, correction or retraction cannot drift apart.
export const tags = {
  /** Every list: home, the claim index, the feed, the API's list. */
  claims: 'claims',
  /** One claim's API answer. */
  claim: (slug: string) => `claim:${slug}`,
  /** What lists published comparisons: a claim's API answer. */
  comparisons: 'comparisons',
  /** The corrections policy (the /corrections page). */
  policy: 'policy',
};
