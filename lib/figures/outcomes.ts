// What a figure counts: a plain list, safe to import in the browser (no zod).

export const figureOutcomes = ['killed', 'injured', 'missing', 'displaced', 'detained', 'other'] as const;
