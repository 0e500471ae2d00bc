// Cuts an article body into paragraphs and each paragraph into runs of text covered by the
// same claims, so that every published claim can be highlighted in place, even where two
// claims overlap or one runs across a paragraph break. Offsets are UTF-16 code units, as
// stored (prisma/schema.prisma, Claim.spanStart).

export type Span = { key: string; start: number; end: number };

export type Segment = {
  text: string;
  /** Claims covering this run, outermost first. */
  keys: string[];
  /** Claims whose first run this is: their anchor goes here. */
  starts: string[];
  /** Claims whose last run this is: their verdict goes after it. */
  ends: string[];
};

export function segmentArticle(body: string, spans: readonly Span[]): Segment[][] {
  const valid = spans
    .filter((s) => s.start >= 0 && s.end <= body.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const paragraphs: Segment[][] = [];
  let from = 0;
  for (const match of [...body.matchAll(/\n\s*/g), null]) {
    const to = match ? match.index : body.length;
    if (to > from) paragraphs.push(cut(body, from, to, valid));
    from = match ? match.index + match[0].length : body.length;
  }
  markEnds(paragraphs.flat());
  return paragraphs;
}

function cut(body: string, from: number, to: number, spans: readonly Span[]): Segment[] {
  const inside = spans.filter((s) => s.start < to && s.end > from);
  const points = new Set([from, to]);
  for (const s of inside) {
    if (s.start > from) points.add(s.start);
    if (s.end < to) points.add(s.end);
  }
  const sorted = [...points].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((start, i) => ({
    text: body.slice(start, sorted[i + 1]),
    keys: inside.filter((s) => s.start <= start && s.end >= sorted[i + 1]).map((s) => s.key),
    starts: [],
    ends: [],
  }));
}

function markEnds(segments: Segment[]) {
  const first = new Map<string, Segment>();
  const last = new Map<string, Segment>();
  for (const segment of segments) {
    for (const key of segment.keys) {
      if (!first.has(key)) first.set(key, segment);
      last.set(key, segment);
    }
  }
  for (const [key, segment] of first) segment.starts.push(key);
  for (const [key, segment] of last) segment.ends.push(key);
}
