import { findFrames } from './attribution';
import { trimSpan, wordCount } from './sentences';
import type { Span } from './types';

// The parts of a web article that are not body copy: a headline on the first line, a
// standfirst (one-sentence summary) as the second paragraph, photo captions ending in a
// credit, and a "Source:" line naming the publisher. Read from layout, not from any site.

/** The headline's claim: the first line, past a short kicker ("Valdoria: "), if it looks like one. */
export function headlineClaim(body: string, lines: readonly Span[]): Span | null {
  const first = lines[0];
  if (!first || lines.length < 3) return null;
  const text = body.slice(first.start, first.end);
  if (text.length > 160 || /[.!]$/.test(text) || wordCount(text) < 3) return null;
  const kicker = /^([^:]{1,30}):\s+/.exec(text);
  const start = kicker && wordCount(kicker[1]) <= 3 ? first.start + kicker[0].length : first.start;
  return trimSpan(body, start, first.end);
}

// Clauses like "As talks falter, …" set the scene; the claim is the main clause after them.
const SCENE_SETTER =
  /^(?:As|While|When|After|Although|Though|Despite|Amid|With|Since|Because|If|Before|Following|Once)\b[^,]*,\s*/;

/**
 * The standfirst's claim: a second paragraph of one sentence, with no attribution, or with
 * one when the paragraph after it tells the same story again (a summary, not a wire lead).
 */
export function standfirstClaim(body: string, lines: readonly Span[]): Span | null {
  const second = lines[1];
  if (!second) return null;
  const text = body.slice(second.start, second.end);
  // A paragraph that opens with a dateline ("BEIRUT, Oct 22 (KUNA) -- ") is the story's lead.
  if (wordCount(text) > 45 || /[.!?]\s+[A-Z]/.test(text) || withoutDateline(body, second) !== second) return null;
  // "…, officials say" is a headline's present tense: a summary, the publisher's; "said", "wrote" and
  // "According to …" are a lead's.
  const attributed = /[“"]|\b(?:said|wrote|[Aa]ccording to)\b/.test(text) || actedBy(body, second);
  if (attributed && !(lines[2] && retold(text, body.slice(lines[2].start, lines[2].end)))) return null;
  return mainClause(body, second);
}

// "Turkey on Monday condemned …": a source that acted in the past tense is a lead's report. A
// standfirst writes as a headline does, in the present ("… blames both sides"), and is the
// publisher's; so is any line the next paragraph retells.
const actedBy = (body: string, line: Span) =>
  findFrames(body, line).some((f) => /(?:ed|said|told)(?:\s|$)/.test(f.attribution));

// A summary shares most of its words with the paragraph that tells the story in full.
const RETOLD = 0.6;
const CONTENT_WORD = /[a-z]{4,}/g;

function retold(summary: string, next: string): boolean {
  const words = new Set(summary.toLowerCase().match(CONTENT_WORD) ?? []);
  const told = new Set(next.toLowerCase().match(CONTENT_WORD) ?? []);
  if (words.size === 0) return false;
  return [...words].filter((w) => told.has(w)).length / words.size >= RETOLD;
}

/** A sentence without its scene-setting opener; a full stop is kept only on a whole sentence. */
export function mainClause(body: string, sentence: Span): Span {
  const opener = SCENE_SETTER.exec(body.slice(sentence.start, sentence.end));
  if (!opener) return trimSpan(body, sentence.start, sentence.end, true);
  return trimSpan(body, sentence.start + opener[0].length, sentence.end);
}

const SOURCE_LINE = /^Sources?\s*:\s*([^,;\n]+)/;

/** "Source: Harbour Gazette, agencies" near the end names the publisher. */
export function publisherLine(body: string, lines: readonly Span[]): { name: string; line: Span } | null {
  for (const line of lines.slice(-3).reverse()) {
    const m = SOURCE_LINE.exec(body.slice(line.start, line.end));
    if (m) return { name: m[1].trim(), line };
  }
  return null;
}

// "KANO, Nigeria (Reuters) - ", "BEIRUT (AP) — ", "LONDON — ", "KYIV, Dec 1 (Reuters) -",
// "Gaza, SANA- ", "Damascus, Dec. 1 (SANA) -": where, when and who, not a claim.
const DATE = String.raw`(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?`;
const DATELINE = [
  new RegExp(
    String.raw`^[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?${DATE}\s*(?:\([A-Za-z. ]{1,30}\))?\s*[-–—]{1,2}\s+`,
  ),
  new RegExp(
    String.raw`^[A-Z][A-Za-z.'’ -]{2,30}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?${DATE}\s*\([A-Za-z. ]{1,30}\)\s*[-–—]{1,2}\s+`,
  ),
  // "Gaza, SANA- ": a place and an agency's acronym.
  new RegExp(String.raw`^[A-Z][A-Za-z.'’ -]{2,30},\s*[A-Z]{2,8}\s*[-–—]{1,2}\s+`),
];

/** The paragraph without a wire dateline at its start. */
export function withoutDateline(body: string, paragraph: Span): Span {
  const text = body.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 80));
  const m = DATELINE.map((re) => re.exec(text)).find(Boolean);
  return m ? { start: paragraph.start + m[0].length, end: paragraph.end } : paragraph;
}

/** A photo caption ends with its credit: "[Photographer/Agency]" or "(Photo: …)". */
export function isCaption(text: string): boolean {
  return /\[[^\][/\n]{0,80}\/[^\][\n]{0,80}\]\s*$|\((?:Photo|Picture|Image)\b[^()]{0,80}\)\s*$/.test(text);
}
