import { extractClaims } from './extract';

// For tests of detection on invented sentences: each claim as a reviewer reads it, text,
// claimant and figures in words, detected as the import page does for one publisher.

export const inventedClaims = (...paragraphs: string[]) =>
  extractClaims(paragraphs.join('\n\n'), { publisher: 'Harbour Gazette' }).map((p) => ({
    text: p.text,
    claimant: p.claimant?.name ?? null,
    figures: p.figures.map((f) => `${f.outcome} ${f.victimGroup} ${f.min}-${f.max ?? ''}`),
  }));

/** The claim whose text holds `text`. */
export const findInvented = (text: string, ...paragraphs: string[]) =>
  inventedClaims(...paragraphs).find((c) => c.text.includes(text));
