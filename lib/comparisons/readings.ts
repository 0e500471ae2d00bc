// The readings of a comparison and their words: safe to import in the browser (no zod).

/** The readings a reviewer can give (the automatic reading uses the same three words). */
export const reviewerReadings = ['consistent', 'differ_in_scope', 'conflict'] as const;
export const readingLabels: Record<(typeof reviewerReadings)[number] | 'undetermined', string> = {
  consistent: 'Consistent: the figures can all be true at once',
  differ_in_scope: 'They differ in scope: they count different things',
  conflict: 'In conflict: they cannot all be true',
  undetermined: 'Not yet read',
};
