import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import type { ClaimKind, FigureOutcome, Stage } from '@/lib/generated/prisma/enums';
import { ensureDefaultVerdicts } from '@/lib/verdicts';
import type { Insert, Row } from './bulk';
import { textMaker } from './text';

// Deterministic benchmark data: the same seed gives the same articles, claims, figures,
// comparisons and history (ids aside), so two runs (or two machines) measure the same work.
// The full set (npm run bench) is 2,000 articles, 50,000 claims, 80,000 figures, 5,000
// comparisons and 200,000 audit events, spread across stages and verdicts.
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stages: Stage[] = ['draft', 'draft', 'in_review', 'approved', 'published', 'published', 'retracted'];
const kinds: ClaimKind[] = ['casualty', 'quote', 'statement', 'event'];
const verdictKeys = ['unverified', 'verified', 'partly_true', 'disputed', 'false', 'unverifiable'];
const outcomes: FigureOutcome[] = ['killed', 'killed', 'killed', 'injured', 'injured', 'displaced', 'missing'];
const groups = ['civilians', 'people', 'children', 'women', 'fighters', 'soldiers'];
const qualifiers = ['exact', 'more than', 'at least', 'about', 'up to', 'hundreds', 'dozens'];

export type GenerateOptions = {
  articles: number;
  claimsPerArticle: number;
  /** Figures per claim on average (1.6 in the full set). */
  figuresPerClaim?: number;
  comparisons?: number;
  /** Audit events per claim on average (4 in the full set). */
  eventsPerClaim?: number;
  seed?: number;
  /** Called after each article, for a progress line. */
  progress?: (done: number) => void;
};

export const FULL: GenerateOptions = {
  articles: 2000,
  claimsPerArticle: 25,
  figuresPerClaim: 1.6,
  comparisons: 5000,
  eventsPerClaim: 4,
};

type ClaimRow = {
  id: string;
  slug: string;
  articleId: string;
  spanStart: number;
  spanEnd: number;
  quote: string;
  statement: string;
  kind: ClaimKind;
  stage: Stage;
  verdictKey: string;
  verdictReason: string;
  verdictSetById: string;
  verdictSetAt: Date;
  explanation: string | null;
  claimantId: string;
  assigneeId: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
};

export type Generated = {
  claims: number;
  figures: number;
  comparisons: number;
  events: number;
  users: string[];
  /** A published claim and its article, for the public page benchmarks. */
  sample: { claimSlug: string; articleSlug: string };
};

/**
 * Writes users, sources, articles, claims, figures, comparisons and audit events in
 * batches through `insert` (bench/bulk.ts); `db` sets up the verdicts the claims refer to.
 */
export async function generate(db: Db, insert: Insert, options: GenerateOptions): Promise<Generated> {
  const { articles, claimsPerArticle, figuresPerClaim = 0, comparisons = 0, eventsPerClaim = 0, seed = 42 } = options;
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const count = (average: number) => Math.floor(average) + (random() < average % 1 ? 1 : 0);
  const { sentence } = textMaker(random);
  await ensureDefaultVerdicts(db);
  const users = Array.from({ length: 20 }, (_, i) => ({
    id: randomUUID(),
    email: `bench-${i}@example.org`,
    name: `Bench User ${i}`,
    role: (['reviewer', 'editor', 'admin'] as const)[i % 3],
  }));
  const now = new Date();
  await insert(
    'User',
    users.map((u) => ({ ...u, updatedAt: now })),
  );
  const sources = Array.from({ length: 200 }, (_, i) => ({
    id: randomUUID(),
    slug: `bench-source-${i}`,
    name: `Bench Source ${i}`,
    kind: 'official' as const,
    aliases: [],
  }));
  for (const source of sources) await db.source.create({ data: source });

  const figureIds: string[] = [];
  let claimsWritten = 0;
  let eventsWritten = 0;
  let sample: Generated['sample'] | undefined;
  // Articles go in groups, each table written with one INSERT per group: round trips, not
  // rows, are what a driver-adapter client pays for.
  const group = 20;
  for (let first = 0; first < articles; first += group) {
    const batch = {
      articles: [] as Row[],
      claims: [] as ClaimRow[],
      figures: [] as Row[],
      events: [] as Row[],
    };
    for (let a = first; a < Math.min(articles, first + group); a++) {
      const paragraphs = Array.from({ length: claimsPerArticle }, () => `${sentence(14 + Math.floor(random() * 20))}.`);
      const articleId = randomUUID();
      const articleSlug = `bench-article-${seed}-${a}`;
      batch.articles.push({
        id: articleId,
        slug: articleSlug,
        title: sentence(8),
        publisher: 'Bench Wire',
        body: paragraphs.join('\n\n'),
        updatedAt: now,
      });
      let offset = 0;
      const claims = paragraphs.map((p, i): ClaimRow => {
        const start = offset;
        offset += p.length + 2;
        const stage = pick(stages);
        const at = new Date(1_700_000_000_000 + (a * claimsPerArticle + i) * 60_000);
        return {
          id: randomUUID(),
          slug: `bench-${seed}-${a}-${i}`,
          articleId,
          spanStart: start,
          spanEnd: start + p.length,
          quote: p,
          statement: `${sentence(8 + Math.floor(random() * 12))}.`,
          kind: pick(kinds),
          stage,
          verdictKey: pick(verdictKeys),
          verdictReason: sentence(20),
          verdictSetById: pick(users).id,
          verdictSetAt: at,
          explanation: stage === 'published' ? sentence(60) : null,
          claimantId: pick(sources).id,
          assigneeId: random() < 0.6 ? pick(users).id : null,
          publishedAt: stage === 'published' || stage === 'retracted' ? at : null,
          updatedAt: at,
        };
      });
      batch.claims.push(...claims);
      const published = claims.find((c) => c.stage === 'published');
      sample ??= published && { claimSlug: published.slug, articleSlug };
      for (const claim of claims) {
        for (let position = 0; position < count(figuresPerClaim); position++) {
          const min = Math.floor(random() ** 3 * 2000) + 1;
          const id = randomUUID();
          figureIds.push(id);
          batch.figures.push({
            id,
            claimId: claim.id,
            position,
            outcome: pick(outcomes),
            victimGroup: pick(groups),
            min,
            max: random() < 0.5 ? null : min + Math.floor(random() * min),
            qualifier: pick(qualifiers),
            place: sentence(2),
            periodText: `${Math.floor(random() * 30) + 1} days`,
            cause: random() < 0.5 ? sentence(3) : null,
            updatedAt: now,
          });
        }
        for (let n = 0; n < count(eventsPerClaim); n++) {
          batch.events.push({
            id: randomUUID(),
            actorId: pick(users).id,
            action: n === 0 ? 'claim.create' : pick(['claim.update', 'claim.verdict', 'claim.comment', 'evidence.add']),
            entityType: 'claim',
            entityId: claim.id,
            before: n === 0 ? null : { statement: sentence(10) },
            after: { statement: claim.statement },
            reason: n === 0 ? null : sentence(12),
            createdAt: new Date(claim.verdictSetAt.getTime() + n * 1000),
          });
        }
      }
    }
    await insert('Article', batch.articles);
    await insert('Claim', batch.claims);
    await insert('Figure', batch.figures);
    await insert('AuditEvent', batch.events);
    claimsWritten += batch.claims.length;
    eventsWritten += batch.events.length;
    options.progress?.(Math.min(articles, first + group));
  }

  // Comparisons of two to four figures each, drawn from anywhere in the archive.
  const batch = 500;
  for (let c = 0; c < comparisons && figureIds.length >= 2; c += batch) {
    const rows = Array.from({ length: Math.min(batch, comparisons - c) }, (_, i) => {
      const stage = pick(stages);
      const members = [...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(figureIds)))];
      return {
        comparison: {
          id: randomUUID(),
          slug: `bench-comparison-${seed}-${c + i}`,
          question: `${sentence(10)}?`,
          stage,
          reviewerReading: pick(['consistent', 'differ_in_scope', 'conflict'] as const),
          reviewerNote: sentence(30),
          publishedAt: stage === 'published' || stage === 'retracted' ? new Date(1_700_000_000_000) : null,
          updatedAt: now,
        },
        members,
      };
    });
    await insert(
      'Comparison',
      rows.map((r) => r.comparison),
    );
    await insert(
      'ComparisonMember',
      rows.flatMap((r) =>
        r.members.map((figureId, position) => ({ comparisonId: r.comparison.id, figureId, position })),
      ),
    );
  }

  if (!sample) throw new Error('The generator made no published claim: use more articles.');
  return {
    claims: claimsWritten,
    figures: figureIds.length,
    comparisons,
    events: eventsWritten,
    users: users.map((u) => u.id),
    sample,
  };
}
