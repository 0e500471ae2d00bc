import 'server-only';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import type { Stage } from '@/lib/generated/prisma/enums';
import { NOT_SAME_ACTION } from './appearances';
import { SAME_STATEMENT_SIMILARITY, sameFigure, type MatchFigure } from './match-rules';

// Each proposal of an imported article, compared with the claims we already have
// (decision 021): the same figure from the same primary source, or nearly the same
// sentence. A fixed number of queries per article, whatever the number of proposals: one
// for the figures of the proposals' sources, and a word prefilter then trigram similarity
// for all the proposals' texts at once (similarQuotes below).

export type MatchableProposal = {
  start: number;
  end: number;
  text: string;
  /** The claimant's Source, when the detector (or the reviewer's sources) knows it. */
  sourceId: string | null;
  figures: MatchFigure[];
};

export type ClaimMatch = {
  claimId: string;
  slug: string;
  statement: string;
  stage: Stage;
  version: number;
  verdict: string;
  article: { title: string; publisher: string };
  /** 'figure': the same figure from the same primary source; 'statement': nearly the same words. */
  reason: 'figure' | 'statement';
};

/** At most this many existing checks are offered per proposal, best first. */
const PER_PROPOSAL = 3;

const spanKey = (p: { start: number; end: number }) => `${p.start}-${p.end}`;

/** The existing checks each proposal repeats, by `start-end`; proposals without a match are absent. */
export async function matchProposals(
  articleId: string,
  proposals: readonly MatchableProposal[],
): Promise<Map<string, ClaimMatch[]>> {
  const found = new Map<string, { claimId: string; reason: ClaimMatch['reason']; score: number }[]>();
  if (proposals.length === 0) return new Map();
  const add = (p: MatchableProposal, claimId: string, reason: ClaimMatch['reason'], score: number) => {
    const list = found.get(spanKey(p)) ?? [];
    const known = list.find((m) => m.claimId === claimId);
    if (!known) list.push({ claimId, reason, score });
    else if (reason === 'figure') known.reason = 'figure';
    found.set(spanKey(p), list);
  };

  const [figures, similar, dismissed] = await Promise.all([
    figureCandidates(articleId, proposals),
    similarQuotes(articleId, proposals),
    db.auditEvent.findMany({
      where: { action: NOT_SAME_ACTION, entityType: 'article', entityId: articleId },
      select: { after: true },
    }),
  ]);
  for (const p of proposals) {
    if (!p.sourceId) continue;
    for (const f of figures) {
      if (!f.sources.includes(p.sourceId)) continue;
      if (p.figures.some((pf) => sameFigure(pf, f))) add(p, f.claimId, 'figure', 2);
    }
  }
  // Nearly the same words with another number, place or group is another claim ("100
  // killed in Aleppo" and "100 killed in Idlib"): a statement match needs its figures to agree.
  const figuresOf = await claimFigures(similar.map((row) => row.id));
  for (const row of similar) {
    const p = proposals[row.i - 1]!;
    const theirs = figuresOf.get(row.id) ?? [];
    if (p.figures.length && theirs.length && !p.figures.some((pf) => theirs.some((f) => sameFigure(pf, f)))) continue;
    add(p, row.id, 'statement', row.score);
  }

  const notSame = new Set(
    dismissed.map((e) => {
      const a = e.after as { start: number; end: number; claimId: string };
      return `${spanKey(a)}:${a.claimId}`;
    }),
  );
  const ids = [...new Set([...found.values()].flat().map((m) => m.claimId))];
  const claims = new Map(
    (
      await db.claim.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          slug: true,
          statement: true,
          stage: true,
          version: true,
          verdict: { select: { label: true } },
          article: { select: { title: true, publisher: true } },
        },
      })
    ).map((c) => [c.id, c]),
  );
  const out = new Map<string, ClaimMatch[]>();
  for (const [key, list] of found) {
    const matches = list
      .filter((m) => !notSame.has(`${key}:${m.claimId}`) && claims.has(m.claimId))
      .sort((a, b) => b.score - a.score)
      .slice(0, PER_PROPOSAL)
      .map(({ claimId, reason }) => {
        const c = claims.get(claimId)!;
        return {
          claimId,
          slug: c.slug,
          statement: c.statement,
          stage: c.stage,
          version: c.version,
          verdict: c.verdict.label,
          article: c.article,
          reason,
        };
      });
    if (matches.length) out.set(key, matches);
  }
  return out;
}

/**
 * The figures, in other articles, that one of the proposals' figures may repeat: of the
 * wanted outcome, with an overlapping range, from that proposal's own primary source (a
 * claim's claimant, or an appearance's relayed source else its claimant). Each proposal's
 * (source, outcome, range) is paired with the figures in the database, so only candidate
 * pairs come back (sameFigure checks group, place and period): reading every figure of
 * every source of the article and pairing them here read 5,000–10,000 rows at 50,000
 * claims (docs/performance.md, "Matching an imported article").
 */
async function figureCandidates(articleId: string, proposals: readonly MatchableProposal[]) {
  const wanted = new Map<string, { source: string; outcome: string; min: number; max: number | null }>();
  for (const p of proposals) {
    if (!p.sourceId) continue;
    for (const f of p.figures) {
      wanted.set(`${p.sourceId}:${f.outcome}:${f.min}:${f.max}`, { source: p.sourceId, ...f });
    }
  }
  if (wanted.size === 0) return [];
  // Ranges as bigint: a detected count may pass what a stored figure can hold (32 bits).
  const w = [...wanted.values()];
  const sourceIds = [...new Set(w.map((x) => x.source))];
  const rows = await db.$queryRaw<(MatchFigure & { claimId: string; periodText: string | null; source: string })[]>`
    WITH w AS (
      SELECT * FROM unnest(
        ${w.map((x) => x.source)}::text[], ${w.map((x) => x.outcome)}::text[],
        ${w.map((x) => x.min)}::bigint[], ${w.map((x) => x.max)}::bigint[]
      ) AS w(source, outcome, lo, hi)
    ), k AS (
      SELECT c.id, c."claimantId" AS source FROM "Claim" c
      WHERE c."claimantId" = ANY(${sourceIds}::text[]) AND c."articleId" <> ${articleId}
      UNION
      SELECT a."claimId", COALESCE(a."citesSourceId", a."claimantId") FROM "Appearance" a
      JOIN "Claim" c ON c.id = a."claimId"
      WHERE (a."citesSourceId" = ANY(${sourceIds}::text[])
          OR (a."citesSourceId" IS NULL AND a."claimantId" = ANY(${sourceIds}::text[])))
        AND c."articleId" <> ${articleId}
    )
    SELECT DISTINCT f."claimId", f.outcome::text AS outcome, f."victimGroup", f.min, f.max,
      f.place, f."periodText", k.source
    FROM k JOIN w ON w.source = k.source
    JOIN "Figure" f ON f."claimId" = k.id AND f.outcome::text = w.outcome
      AND (w.hi IS NULL OR f.min <= w.hi) AND (f.max IS NULL OR f.max >= w.lo)`;
  return rows.map(({ periodText, source, ...f }) => ({ ...f, period: periodText, sources: [source] }));
}

async function claimFigures(claimIds: string[]) {
  const byClaim = new Map<string, MatchFigure[]>();
  if (claimIds.length === 0) return byClaim;
  const rows = await db.figure.findMany({
    where: { claimId: { in: [...new Set(claimIds)] } },
    select: { claimId: true, outcome: true, victimGroup: true, min: true, max: true, place: true, periodText: true },
  });
  for (const { claimId, periodText, ...f } of rows) {
    byClaim.set(claimId, [...(byClaim.get(claimId) ?? []), { ...f, period: periodText }]);
  }
  return byClaim;
}

// Nearly the same sentence is found in two steps (docs/performance.md, "Matching an
// imported article"). A trigram search over the whole table reads the posting lists of
// every common trigram of the sentence: 25 ms or more a proposal on the embedded database
// at 50,000 claims. So candidates come first from the quote's words (Claim.quoteTerms:
// stemmed, without stop words, under a GIN index): a sentence reworded slightly keeps at
// least half its words, so it shares at least two of the words that remain once the most
// common half, less one, is set aside (prefix filtering: any two of the rarest k - ceil(k/2) + 2
// of its k words). Each pair is one index lookup; the trigram similarity then decides, as before.

/** A reworded sentence is taken to keep at least this share of its words. */
const KEPT_WORDS = 0.5;
/** How many of the rarest words a candidate must share. */
const SHARED_WORDS = 2;

/** Reads the words of quotes not read yet: claims just written, or whose quote changed. */
export async function readQuoteTerms(tx: Pick<DbTx, '$executeRaw'>) {
  // '' marks a quote as read even when it has no words (text search never yields '').
  await tx.$executeRaw`
    UPDATE "Claim" SET "quoteTerms" = ARRAY['']::text[] || tsvector_to_array(to_tsvector('english', quote))
    WHERE "quoteTerms" = ARRAY[]::text[]`;
}

/** How common each word is among quotes, from the planner's statistics (absent: rarer than all listed). */
async function wordFrequencies(tx: DbTx) {
  const rows = await tx.$queryRaw<{ words: string[] | null; freqs: number[] | null }[]>`
    SELECT most_common_elems::text::text[] AS words, most_common_elem_freqs::float8[] AS freqs
    FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'Claim' AND attname = 'quoteTerms'`;
  const { words, freqs } = rows[0] ?? {};
  return new Map((words ?? []).map((w, i) => [w, freqs?.[i] ?? 0]));
}

/** The word pairs (as 'a b') a candidate for each proposal must contain one of; none for a text without words. */
function wordPairs(words: string[], frequency: Map<string, number>) {
  const sorted = words
    .filter((w) => w && !w.includes(' '))
    .sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || b.length - a.length);
  const kept = Math.ceil(KEPT_WORDS * sorted.length);
  const shared = Math.min(SHARED_WORDS, kept);
  const rarest = sorted.slice(0, sorted.length - kept + shared);
  if (shared <= 1) return rarest;
  return rarest.flatMap((a, i) => rarest.slice(i + 1).map((b) => `${a} ${b}`));
}

/** Claims in other articles whose quote is nearly one of the proposals' texts (three queries for all proposals). */
async function similarQuotes(articleId: string, proposals: readonly MatchableProposal[]) {
  const texts = proposals.map((p) => p.text);
  return db.$transaction(async (tx) => {
    await readQuoteTerms(tx);
    const [frequency, words] = await Promise.all([
      wordFrequencies(tx),
      tx.$queryRaw<{ i: number; words: string[] }[]>`
        SELECT p.i::int AS i, tsvector_to_array(to_tsvector('english', p.t)) AS words
        FROM unnest(${texts}::text[]) WITH ORDINALITY AS p(t, i)`,
    ]);
    const index: number[] = [];
    const keys: string[] = [];
    const wordless: number[] = [];
    for (const row of words) {
      const pairs = wordPairs(row.words, frequency);
      if (pairs.length === 0) wordless.push(row.i);
      for (const key of pairs) {
        index.push(row.i);
        keys.push(key);
      }
    }
    const found = await tx.$queryRaw<{ i: number; id: string; score: number }[]>`
      WITH p AS (SELECT t, i::int AS i FROM unnest(${texts}::text[]) WITH ORDINALITY AS p(t, i)),
      candidates AS (
        SELECT DISTINCT k.i, c.id
        FROM unnest(${index}::int[], ${keys}::text[]) AS k(i, key)
        CROSS JOIN LATERAL (
          SELECT id FROM "Claim" WHERE "quoteTerms" @> string_to_array(k.key, ' ')
        ) c
      ),
      scored AS (
        SELECT p.i, c.id, similarity(c.quote, p.t)::float8 AS score
        FROM candidates k JOIN p ON p.i = k.i JOIN "Claim" c ON c.id = k.id
        WHERE c."articleId" <> ${articleId}
      )
      SELECT i, id, score FROM (
        SELECT *, row_number() OVER (PARTITION BY i ORDER BY score DESC, id) AS rank
        FROM scored WHERE score >= ${SAME_STATEMENT_SIMILARITY}
      ) ranked WHERE rank <= ${PER_PROPOSAL}`;
    if (wordless.length === 0) return found;
    // A text with no words to look up ("“Yes.”") is searched by its trigrams alone.
    await tx.$executeRawUnsafe(`SET LOCAL pg_trgm.similarity_threshold = ${SAME_STATEMENT_SIMILARITY}`);
    const rest = await tx.$queryRaw<{ i: number; id: string; score: number }[]>`
      SELECT p.i::int AS i, c.id, c.score::float8 AS score
      FROM unnest(${wordless.map((i) => texts[i - 1]!)}::text[], ${wordless}::int[]) AS p(t, i)
      CROSS JOIN LATERAL (
        SELECT id, similarity(quote, p.t) AS score FROM "Claim"
        WHERE quote % p.t AND "articleId" <> ${articleId}
        ORDER BY score DESC LIMIT ${PER_PROPOSAL}
      ) c`;
    return [...found, ...rest];
  });
}
