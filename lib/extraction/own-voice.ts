import { clausesFrom } from './clauses';
import { clauseDraft, type Draft } from './draft';
import { trimSpan, wordCount } from './sentences';
import type { Resolved } from './sources';
import { mainClause } from './structure';
import type { Span } from './types';

// Claims the article makes in its own voice, with no one else to attribute them to: the
// publisher is the claimant. A count of casualties, an event presupposed while introducing
// a speaker, or failing those a plain declarative sentence (at low confidence).

const LEAD_IN = /^(?:Referring|Responding|Reacting|Turning|Speaking|Commenting|Asked)\s+(?:to|on|about|after)\s+/;
const EVENT_NOUN =
  /\b(?:bombings?|bombardments?|attacks?|strikes?|airstrikes?|shelling|killings?|explosions?|blasts?|massacres?|raids?|assaults?|arrests?|sieges?|offensives?|shootings?|crash(?:es)?|clashes|ambush(?:es)?|invasions?|incursions?|executions?|kidnappings?|abductions?)\b/i;

/**
 * "Referring to the shelling of the old port …, the mayor said": the shelling is stated
 * as fact by the reporter. The event runs to the comma before the speaker at `speaker`.
 */
export function leadInEvent(masked: string, sentence: Span, speaker: number, publisher: Resolved | null): Draft | null {
  const m = LEAD_IN.exec(masked.slice(sentence.start, sentence.end));
  if (!m) return null;
  const start = sentence.start + m[0].length;
  const comma = masked.lastIndexOf(',', speaker);
  if (comma <= start) return null;
  const span = trimSpan(masked, start, comma);
  if (!EVENT_NOUN.test(masked.slice(span.start, span.end))) return null;
  const reason = 'event the reporter presents as fact';
  return { span, kind: 'event', who: publisher, attribution: null, confidence: 0.5, reason };
}

// What the publisher says of its own reporting, and background in the perfect tense, are
// no checkable claims: "could not verify", "did not respond", "has been held … since".
const NOT_A_CLAIM = new RegExp(
  [
    String.raw`\b(?:could\s+not|cannot|can't|unable\s+to|not\s+(?:immediately\s+)?able\s+to|not\s+possible\s+to)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm|reach)`,
    String.raw`\b(?:did|has|have|had)\s+not\s+(?:immediately\s+)?(?:respond|reply|comment|answer)`,
    String.raw`\bno\s+immediate\s+(?:reaction|comment|response|claim)`,
    String.raw`\b(?:tried|attempted)\s+to\s+(?:contact|reach)`,
    String.raw`\bnames?\s+(?:have|has)\s+been\s+(?:altered|changed)`,
    String.raw`\bdeclined\s+to\s+comment`,
    String.raw`\b(?:has|have)\s+(?:been|become|come|long|previously|repeatedly)\b`,
  ].join('|'),
  'i',
);

/** Claims of a sentence that attributes nothing to anyone. */
export function ownVoiceDrafts(
  body: string,
  masked: string,
  sentence: Span,
  publisher: Resolved | null,
  caption: boolean,
): Draft[] {
  const reason = 'casualty figures in the article’s own voice';
  const counted = clausesFrom(masked, sentence.start, sentence.end)
    .map((clause) => clauseDraft(body, clause, { who: publisher, attribution: null, confidence: 0.75, reason }))
    .filter((draft) => draft.kind === 'casualty');
  if (counted.length) return counted;
  // Captions and fragments (no full stop, a handful of words) are rarely checkable claims.
  const text = body.slice(sentence.start, sentence.end);
  if (caption || !/[.!?]$/.test(text) || wordCount(text) < 6 || NOT_A_CLAIM.test(text)) return [];
  const span = mainClause(body, sentence);
  // A count in the main clause after an opener the clauses above stopped at.
  const main = clauseDraft(body, span, { who: publisher, attribution: null, confidence: 0.75, reason });
  if (main.kind === 'casualty') return [main];
  return [
    { span, kind: 'statement', who: publisher, attribution: null, confidence: 0.3, reason: 'unattributed statement' },
  ];
}
