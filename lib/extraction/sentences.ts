import { LETTER, LOWER, UPPER } from './chars';
import type { Span } from './types';

// Paragraphs, sentences and clauses as offsets into the verbatim body. Sentence and clause
// searches run on the masked body (quotes.ts), where quoted words are blanked out, so a
// full stop or a "said" inside a quotation never splits or attributes the text around it.

/** Every non-blank line, trimmed. News copy puts captions on single lines, so a line is a paragraph. */
export function paragraphs(body: string): Span[] {
  const found: Span[] = [];
  for (const m of body.matchAll(/[^\n]+/g)) {
    const span = trimSpan(body, m.index, m.index + m[0].length, true);
    if (span.end > span.start) found.push(span);
  }
  return found;
}

/**
 * The body with every line break inside a sentence turned into a space, offsets unchanged:
 * copy wrapped at a fixed width ("… from a school in\ncentral Nigeria, a local government
 * official said") is one paragraph, not two, so the attribution reaches its claim. A break is
 * inside a sentence when the line before ends with a letter, digit or comma (no stop, colon,
 * closing mark) and the next line opens with a lower-case letter.
 */
export function reflowWrappedLines(body: string): string {
  // (Not after the first line, the headline: "Harbour fire kills three\nofficials said …".)
  const headline = /^\s*[^\n]*\n/.exec(body)?.[0].length ?? 0;
  return body.replace(new RegExp(`(?<=[${LETTER}\\d,] ?)\\n(?=[${LOWER}])`, 'gu'), (m, at: number) =>
    at < headline ? m : ' ',
  );
}

// A full stop after these is not the end of a sentence: "Mr. Jones", "U.S. officials".
const ABBREVIATION = new RegExp(
  String.raw`(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Maj|Brig|Adm|Cmdr|Cdr|Cpl|Pvt|Supt|Insp|Sgt|Capt|Prof|Rev|Sen|Rep|Gov|Amb|Pres|Hon|Jr|Sr|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|vs|etc|[${UPPER}])$`,
);
// "U.N. envoy", "the U.S. military": a dotted acronym ends a sentence only before a word
// that cannot follow it inside one ("… in the U.S. The talks …").
const DOTTED_ACRONYM = new RegExp(`(?:^|[^${LETTER}.])(?:[${UPPER}]\\.){1,3}[${UPPER}]$`);
const OPENS_AFTER_ACRONYM = /^(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|There|Its|His|Her|Their)\b/;

/**
 * Whether the full stop at `index` of `text` belongs to a word rather than ending a
 * sentence: after an abbreviation ("Dr.", "Lt.", the "U" of "U.N."), or the last stop of a
 * dotted acronym that goes on inside the sentence ("the U.N. refugee agency").
 */
export function isAbbreviationStop(text: string, index: number): boolean {
  if (text[index] !== '.') return false;
  if (ABBREVIATION.test(text.slice(Math.max(0, index - 6), index))) return true;
  return insideAcronym(text, index, index + 1);
}

function insideAcronym(masked: string, stopIndex: number, stop: number): boolean {
  if (masked[stopIndex] !== '.' || !DOTTED_ACRONYM.test(masked.slice(Math.max(0, stopIndex - 8), stopIndex)))
    return false;
  const next = masked.slice(stop, stop + 12).trimStart();
  return !OPENS_AFTER_ACRONYM.test(next);
}

// A sentence ends at a run of ".", "!" or "?", with any closing marks after it, when the
// next sentence opens after a space with a capital, a digit or an opening mark (its quoted
// words are masked). Read by a scan rather than a regex: a regex tried at every mark of a
// long run ("!!!!…") rescans the rest of the run each time, which is quadratic.
const isStop = (c: string | undefined) => c === '.' || c === '!' || c === '?';
const isCloser = (c: string | undefined) => c === '”' || c === '"' || c === '’' || c === ')' || c === ']';
const OPENS_SENTENCE = new RegExp(String.raw`[“"‘([${UPPER}\d]`);

/** [index, end) of each sentence end in text: the stops and the closing marks after them. */
function* sentenceEnds(text: string): Generator<[number, number]> {
  for (let i = 0; i < text.length;) {
    if (!isStop(text[i])) {
      i++;
      continue;
    }
    const index = i;
    while (isStop(text[i])) i++;
    while (isCloser(text[i])) i++;
    const end = i;
    let next = i;
    while (next < text.length && /\s/.test(text[next])) next++;
    if (next > end && OPENS_SENTENCE.test(text[next] ?? '')) yield [index, end];
  }
}

export function splitSentences(masked: string, { start, end }: Span): Span[] {
  const spans: Span[] = [];
  let from = start;
  const text = masked.slice(start, end);
  for (const [index, stopAt] of sentenceEnds(text)) {
    const stop = start + stopAt;
    if (ABBREVIATION.test(masked.slice(Math.max(from, start + index - 6), start + index))) continue;
    if (insideAcronym(masked, start + index, stop)) continue;
    spans.push(trimSpan(masked, from, stop, true));
    from = stop;
  }
  spans.push(trimSpan(masked, from, end, true));
  return spans.filter((s) => s.end > s.start);
}

// Where a claim's clause stops: a new clause with its own subject, or the attribution itself.
// ", while" and ", whereas" start a second claim by the same speaker (see extract.ts).
const CLAUSE_END =
  /,\s+(?:while|whereas|as(?!\s+(?:well|of)\b)|according\s+to|adding|saying|but|although|though)\b|;|\s\((?:Photo|Picture|Image)\b|\s\[[^\][/\n]{0,80}\/[^\][\n]{0,80}\]/gi;
export const CONTINUATION = /^,\s+(?:while|whereas|adding\s+that)\s+/i;

/** The end of the clause that starts at `from`, within the sentence ending at `end`. */
export function clauseEnd(masked: string, from: number, end: number): number {
  CLAUSE_END.lastIndex = 0;
  const m = CLAUSE_END.exec(masked.slice(from, end));
  return m ? from + m.index : end;
}

/**
 * Trims spaces (non-breaking ones too) from both ends, and trailing commas, colons and
 * semicolons; a final full stop goes too unless `keepStop`, because the labels keep it only
 * on claims that are whole sentences.
 */
export function trimSpan(text: string, start: number, end: number, keepStop = false): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start) {
    const c = text[end - 1];
    if (/\s/.test(c) || c === ',' || c === ';' || c === ':' || (!keepStop && c === '.')) end--;
    else break;
  }
  return { start, end };
}

const WORDS = new RegExp(`[${LETTER}0-9]+`, 'g');

/** Words in a slice of text, for length rules ("at least six words"); counting stops past `atMost`. */
export function wordCount(text: string, atMost = Infinity): number {
  if (atMost === Infinity) return text.match(WORDS)?.length ?? 0;
  const words = new RegExp(WORDS.source, 'g');
  let count = 0;
  while (count <= atMost && words.exec(text)) count++;
  return count;
}
