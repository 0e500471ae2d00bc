// Finding a span again in a new version of its article, the way web annotation anchors a
// quote (W3C TextQuoteSelector with TextPositionSelector): the exact words, with up to
// CONTEXT characters before and after them taken from the old version, searched in the new
// text. Of several places, the one whose context matches best wins, then the one nearest
// where the span would be. Words that changed are found between their surviving context;
// words with no context left are gone. Offsets are UTF-16 code units, as stored.
// Pure: lib/articles/versions.ts applies the answers to every kind of span holder.

export const CONTEXT = 32;

/** Anything that holds a span of an article: a claim, an appearance. */
export type SpanHolder = { id: string; kind: string; start: number; end: number; quote: string };

export type Anchoring =
  /** The same words (whitespace aside) found again; `quote` is what the new text holds there. */
  | { status: 'kept'; start: number; end: number; quote: string }
  /** The context survives but the words between it changed: `quote` is the new words. */
  | { status: 'changed'; start: number; end: number; quote: string }
  /** The words and their context are gone; `at` is where they were, as near as can be said. */
  | { status: 'gone'; at: number };

/** Never cuts a surrogate pair in two (an emoji is two code units). */
function safeStart(text: string, i: number) {
  const code = text.charCodeAt(i);
  return i > 0 && code >= 0xdc00 && code <= 0xdfff ? i + 1 : i;
}
function safeEnd(text: string, i: number) {
  const code = text.charCodeAt(i - 1);
  return i < text.length && code >= 0xd800 && code <= 0xdbff ? i - 1 : i;
}

function commonSuffix(a: string, b: string) {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where an old offset most likely lies in the new text: unchanged before a shared start, shifted after a shared end. */
export function expectedPosition(oldText: string, newText: string, offset: number) {
  const head = commonPrefix(oldText, newText);
  if (offset <= head) return offset;
  const tail = commonSuffix(oldText, newText);
  if (oldText.length - offset <= tail) return offset + newText.length - oldText.length;
  return Math.round((offset * newText.length) / Math.max(1, oldText.length));
}

type Candidate = { start: number; end: number; score: number; distance: number };

function best(candidates: Candidate[]) {
  return candidates.sort((a, b) => b.score - a.score || a.distance - b.distance)[0];
}

/** Re-anchors one span of `oldText` in `newText`. */
export function anchorSpan(oldText: string, newText: string, span: { start: number; end: number }): Anchoring {
  const { start, end } = span;
  const quote = oldText.slice(start, end);
  const prefix = oldText.slice(safeStart(oldText, Math.max(0, start - CONTEXT)), start);
  const suffix = oldText.slice(end, safeEnd(oldText, Math.min(oldText.length, end + CONTEXT)));
  const expected = expectedPosition(oldText, newText, start);
  const available = prefix.length + suffix.length;
  const scored = (s: number, e: number): Candidate => ({
    start: s,
    end: e,
    score:
      commonSuffix(newText.slice(Math.max(0, s - prefix.length), s), prefix) +
      commonPrefix(newText.slice(e, e + suffix.length), suffix),
    distance: Math.abs(s - expected),
  });

  if (quote.trim()) {
    // The exact words, then the same words with their spacing changed (a line break, a non-breaking space).
    const pattern = quote.trim().split(/\s+/).map(escape).join('\\s+');
    for (const re of [new RegExp(escape(quote), 'g'), new RegExp(pattern, 'g')]) {
      const found = [...newText.matchAll(re)].map((m) => scored(m.index, m.index + m[0].length));
      if (!found.length) continue;
      const pick = best(found)!;
      // Among several, the context must say which; a single one needs only some of its context
      // (or to be long enough not to recur by chance), so that a figure edited into one that
      // the article states elsewhere is not taken for the same words.
      const trusted =
        available === 0 ||
        pick.score * 4 >= available ||
        (found.length === 1 && (pick.score * 8 >= available || quote.length >= 64));
      if (trusted)
        return { status: 'kept', start: pick.start, end: pick.end, quote: newText.slice(pick.start, pick.end) };
    }
  }
  return betweenContext(newText, prefix, suffix, quote, expected);
}

/** The words now between the old context, or where they were if nothing is left between it. */
function betweenContext(newText: string, prefix: string, suffix: string, quote: string, expected: number): Anchoring {
  // Up to four times the old words' length may stand between the context (a figure rewritten at length).
  const reach = quote.length * 4 + CONTEXT;
  const pairs: Candidate[] = [];
  for (const before of contextSlices(prefix, 'end')) {
    const afters = before ? occurrences(newText, before).map((i) => i + before.length) : [0];
    for (const from of afters) {
      for (const after of contextSlices(suffix, 'start')) {
        const to = after ? newText.indexOf(after, from) : newText.length;
        if (to < 0 || to - from > reach) continue;
        pairs.push({ start: from, end: to, score: before.length + after.length, distance: Math.abs(from - expected) });
      }
    }
    if (pairs.length) break;
  }
  const pick = best(pairs);
  if (!pick || pick.score === 0) return { status: 'gone', at: Math.min(Math.max(0, expected), newText.length) };
  // The new words, without the spacing that belongs to the context.
  let { start, end } = pick;
  while (start < end && /\s/.test(newText[start]!)) start++;
  while (end > start && /\s/.test(newText[end - 1]!)) end--;
  if (end === start) return { status: 'gone', at: start };
  return { status: 'changed', start, end, quote: newText.slice(start, end) };
}

/** The context itself, then shorter pieces of it next to the span (an edit may reach into it). */
function contextSlices(context: string, side: 'start' | 'end') {
  if (!context) return [''];
  const lengths = [context.length, 16, 8].filter((n, i, all) => n <= context.length && all.indexOf(n) === i);
  return lengths.map((n) => (side === 'end' ? context.slice(context.length - n) : context.slice(0, n)));
}

function occurrences(text: string, needle: string) {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1 && out.length < 1000; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

export type Reanchored<H extends SpanHolder> = { holder: H; anchoring: Anchoring };

/** Every holder's span of `oldText` found again in `newText`. */
export function reanchor<H extends SpanHolder>(oldText: string, newText: string, holders: readonly H[]) {
  return holders.map((holder): Reanchored<H> => {
    const start = Math.max(0, Math.min(holder.start, oldText.length));
    const end = Math.max(start, Math.min(holder.end, oldText.length));
    return { holder, anchoring: anchorSpan(oldText, newText, { start, end }) };
  });
}
