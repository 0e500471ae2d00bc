import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { assertSpanText, SpanError } from '@/lib/claims/span';
import { slugify } from '@/lib/slug';
import type { Db } from '@/lib/db/client';
import type { FigureOutcome, Role, SourceKind } from '@/lib/generated/prisma/enums';
import { labelledArticle, type LabelledArticle } from '@/lib/datasets/labelled-article';
import { DEFAULT_VERDICT_KEY, ensureDefaultVerdicts } from '@/lib/verdicts';
import { ensureDemoUsers, hashDemoPasswords } from './users';
import { sourceKinds } from '@/lib/claims/kinds';

// The demo seed: the Aleppo article, its 28 labelled claims, their figures, sources and
// comparisons, and a few checks published as labelled demonstrations. Everything is
// validated before anything is written, and written in one transaction.

export const seedDir = path.resolve('prisma', 'seed');

const editorialSchema = z.object({
  articleSlug: z.string().regex(/^[a-z0-9-]+$/),
  sources: z.array(
    z.object({
      name: z.string().min(1),
      kind: z.enum(sourceKinds) satisfies z.ZodType<SourceKind>,
      isPerson: z.boolean(),
      description: z.string(),
      aliases: z.array(z.string()),
      labels: z.array(z.string()).min(1),
    }),
  ),
  claims: z.record(z.string(), z.object({ statement: z.string().min(1).max(75), attribution: z.string().min(1) })),
  comparisonFigures: z.record(z.string(), z.record(z.string(), z.array(z.string()))).default({}),
  demo: z.object({
    publishClaims: z.array(z.string()),
    publishComparisons: z.array(z.string()),
    verdictReason: z.string().min(1),
    explanation: z.string().min(1),
    comparisonNote: z.string().min(1),
  }),
});

export type Editorial = z.infer<typeof editorialSchema>;
export type DemoInput = { labels: LabelledArticle; body: string; editorial: Editorial };

export class SeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedError';
  }
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

export function loadDemoInput(dir = seedDir): DemoInput {
  const labels = labelledArticle.parse(readJson(path.join(dir, 'aleppo-claims.json')));
  const body = fs.readFileSync(path.join(dir, labels.article.file), 'utf8');
  const editorial = editorialSchema.parse(readJson(path.join(dir, 'aleppo-editorial.json')));
  return { labels, body, editorial };
}

const outcomes: Record<string, FigureOutcome> = {
  killed: 'killed',
  dead: 'killed',
  injured: 'injured',
  wounded: 'injured',
  missing: 'missing',
  displaced: 'displaced',
  detained: 'detained',
};

/** Checks every reference and span, and gives every row its id. Throws SeedError naming the claim. */
export function planDemo({ labels, body, editorial }: DemoInput) {
  const sourceByLabel = new Map<string, string>();
  const sources = editorial.sources.map((s) => {
    const id = randomUUID();
    for (const label of s.labels) sourceByLabel.set(label, id);
    return { id, ...s };
  });

  const claims = labels.claims.map((c) => {
    try {
      assertSpanText(body, { start: c.start, end: c.end }, c.text);
    } catch (error) {
      if (error instanceof SpanError) throw new SeedError(`Claim "${c.id}": ${error.message}`);
      throw error;
    }
    const claimantId = sourceByLabel.get(c.claimant);
    if (!claimantId) throw new SeedError(`Claim "${c.id}": no source has the label "${c.claimant}".`);
    const editorialClaim = editorial.claims[c.id];
    if (!editorialClaim) throw new SeedError(`Claim "${c.id}": aleppo-editorial.json has no statement for it.`);
    const figures = (c.figures ?? []).map((f, position) => {
      const outcome = outcomes[f.outcome];
      if (!outcome) throw new SeedError(`Claim "${c.id}": unknown figure outcome "${f.outcome}".`);
      if (f.max !== null && f.max < f.min) throw new SeedError(`Claim "${c.id}": a figure's max is below its min.`);
      return { id: randomUUID(), position, outcome, label: f };
    });
    return { id: randomUUID(), label: c, claimantId, ...editorialClaim, figures };
  });

  // A figure's partOf names a victim group: the whole is that group's figure in the same
  // claim, else the nearest earlier figure of that group from the same claimant.
  const partOf = new Map<string, string>();
  claims.forEach((claim, index) => {
    for (const figure of claim.figures) {
      const group = figure.label.partOf;
      if (!group) continue;
      const isWhole = (f: (typeof claim.figures)[number]) => f.label.victims === group && !f.label.partOf;
      const whole =
        claim.figures.find(isWhole) ??
        claims
          .slice(0, index)
          .reverse()
          .filter((c) => c.claimantId === claim.claimantId)
          .flatMap((c) => c.figures)
          .find(isWhole);
      if (!whole) throw new SeedError(`Claim "${claim.label.id}": no "${group}" figure for it to be part of.`);
      partOf.set(figure.id, whole.id);
    }
  });

  const claimById = new Map(claims.map((c) => [c.label.id, c]));
  const comparisons = labels.comparisons.map((comparison) => {
    const figureIds = comparison.members.flatMap((member) => {
      const claim = claimById.get(member);
      if (!claim) throw new SeedError(`Comparison "${comparison.id}": no claim "${member}".`);
      const groups = editorial.comparisonFigures[comparison.id]?.[member];
      const figures = groups ? claim.figures.filter((f) => groups.includes(f.label.victims)) : claim.figures;
      if (figures.length === 0) throw new SeedError(`Comparison "${comparison.id}": claim "${member}" has no figures.`);
      return figures.map((f) => f.id);
    });
    return { id: randomUUID(), label: comparison, figureIds };
  });

  for (const id of [...editorial.demo.publishClaims, ...Object.keys(editorial.claims)]) {
    if (!claimById.has(id))
      throw new SeedError(`aleppo-editorial.json names claim "${id}", which the labels do not have.`);
  }
  return { sources, claims, partOf, comparisons };
}

/** Loads the demo. Safe to run twice: an article that is already there is left alone. */
export async function seedDemo(db: Db, input: DemoInput = loadDemoInput()) {
  const plan = planDemo(input);
  const hashes = await hashDemoPasswords();
  const { labels, body, editorial } = input;
  const published = new Set(editorial.demo.publishClaims);
  const publishedComparisons = new Set(editorial.demo.publishComparisons);
  const articleId = randomUUID();
  const now = new Date();

  return db.$transaction(
    async (tx) => {
      await ensureDefaultVerdicts(tx);
      const users = await ensureDemoUsers(tx, hashes);
      if (await tx.article.findUnique({ where: { slug: editorial.articleSlug }, select: { id: true } })) {
        return { created: false };
      }
      await tx.article.create({
        data: {
          id: articleId,
          slug: editorial.articleSlug,
          title: labels.article.title,
          publisher: labels.article.publisher,
          url: labels.article.url,
          publishedAt: labels.article.publishedAt ? new Date(labels.article.publishedAt) : null,
          sourceLine: labels.article.sourceLine,
          body,
        },
      });
      const sourceIds = new Map<string, string>();
      for (const { id, labels: _labels, ...source } of plan.sources) {
        const existing = await tx.source.findUnique({ where: { name: source.name }, select: { id: true } });
        const row = existing ?? (await tx.source.create({ data: { id, slug: slugify(source.name), ...source } }));
        sourceIds.set(id, row.id);
      }
      await tx.claim.createMany({
        data: plan.claims.map((c) => ({
          id: c.id,
          slug: c.label.id,
          articleId,
          spanStart: c.label.start,
          spanEnd: c.label.end,
          quote: c.label.text,
          statement: c.statement,
          kind: c.label.kind,
          claimantId: sourceIds.get(c.claimantId)!,
          attribution: c.attribution,
          internalNotes: c.label.note ?? null,
          ...(published.has(c.label.id) ? demoPublication(editorial, users, now) : {}),
        })),
      });
      await tx.figure.createMany({
        data: plan.claims.flatMap((c) =>
          c.figures.map((f) => ({
            id: f.id,
            claimId: c.id,
            position: f.position,
            outcome: f.outcome,
            victimGroup: f.label.victims,
            min: f.label.min,
            max: f.label.max,
            qualifier: f.label.qualifier,
            place: f.label.place ?? null,
            periodText: f.label.period ?? null,
            cause: f.label.cause ?? null,
          })),
        ),
      });
      for (const [figureId, wholeId] of plan.partOf) {
        await tx.figure.update({ where: { id: figureId }, data: { partOfId: wholeId } });
      }
      for (const comparison of plan.comparisons) {
        const publish = publishedComparisons.has(comparison.label.id);
        await tx.comparison.create({
          data: {
            id: comparison.id,
            slug: comparison.label.id,
            question: comparison.label.question,
            demo: publish,
            stage: publish ? 'published' : 'draft',
            publishedAt: publish ? now : null,
            reviewerReading: publish ? 'consistent' : 'undetermined',
            reviewerNote: publish ? editorial.demo.comparisonNote : null,
            readingSetById: publish ? users.reviewer : null,
            readingSetAt: publish ? now : null,
            publishedById: publish ? users.editor : null,
            createdById: users.reviewer,
            members: { create: comparison.figureIds.map((figureId, position) => ({ figureId, position })) },
          },
        });
      }
      await tx.auditEvent.createMany({
        data: plan.claims.flatMap((c) => demoHistory(c.id, published.has(c.label.id), editorial, users)),
      });
      await recordAudit(tx, {
        actorId: null,
        action: 'article.import',
        entityType: 'article',
        entityId: articleId,
        after: { title: labels.article.title, claims: plan.claims.length },
        reason: 'Demo seed',
      });
      return { created: true };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

function demoPublication(editorial: Editorial, users: Record<Role, string>, now: Date) {
  return {
    demo: true,
    stage: 'published' as const,
    verdictKey: DEFAULT_VERDICT_KEY,
    verdictReason: editorial.demo.verdictReason,
    verdictSetById: users.reviewer,
    verdictSetAt: now,
    explanation: editorial.demo.explanation,
    publishedById: users.editor,
    publishedAt: now,
  };
}

/** The audit trail a demo claim would have had: created, and for published ones the two-person steps. */
function demoHistory(claimId: string, published: boolean, editorial: Editorial, users: Record<Role, string>) {
  let tick = Date.now();
  const event = (actorId: string | null, action: string, after: object, reason: string) => ({
    createdAt: new Date(tick++),
    actorId,
    action,
    entityType: 'claim',
    entityId: claimId,
    after,
    reason,
  });
  const created = event(null, 'claim.create', { stage: 'draft' }, 'Demo seed');
  if (!published) return [created];
  return [
    created,
    event(users.reviewer, 'claim.verdict', { verdict: DEFAULT_VERDICT_KEY }, editorial.demo.verdictReason),
    event(users.reviewer, 'claim.stage', { stage: 'in_review' }, 'Demo seed: ready for a second read'),
    event(users.editor, 'claim.stage', { stage: 'approved' }, 'Demo seed: second read done'),
    event(users.editor, 'claim.stage', { stage: 'published' }, 'Demo seed: published as a demonstration'),
  ];
}
