// The two versions of the article versions.spec.ts re-imports (shared with versions-data.ts).
export const versionsUrl = (tag: string) => `https://news.example.org/dam-burst-${tag}`;

export const VERSION_ONE = [
  'The dam above Lowtown burst on Sunday night.',
  'The regional monitor said at least 40 people were killed in the flood that followed.',
  'Officials said 200 homes were flooded in the lower town.',
].join('\n\n');

/** The publisher's edit: a new first paragraph, and the death toll raised. */
export const VERSION_TWO = [
  'Rescue teams reached Lowtown on Monday morning.',
  'The dam above Lowtown burst on Sunday night.',
  'The regional monitor said at least 52 people were killed in the flood that followed.',
  'Officials said 200 homes were flooded in the lower town.',
].join('\n\n');
