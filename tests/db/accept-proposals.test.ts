import { beforeEach, describe, expect, it } from 'vitest';
import { acceptProposals, splitBatch } from '@/lib/articles/accept';
import { importArticle } from '@/lib/articles/import';
import { loadArticleReview, type ProposalView } from '@/lib/articles/review';
import { db } from '@/lib/db';
import { keyOf, proposedScopeFields } from '@/lib/figures/fields';
import { sendReport } from '@/lib/reports/send';
import { ensureDefaultVerdicts } from '@/lib/verdicts';
import { createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

beforeEach(async () => {
  await resetDb();
  await ensureDefaultVerdicts(db);
});

const body = [
  'At least 12 people were killed in the flood, the mayor said.',
  'According to the Red Cross, more than 300 families were displaced by the flood.',
  'Police said 40 people were injured when a bridge collapsed in Hill Town.',
  'The army said at least 7 soldiers were killed in the north.',
].join('\n\n');

/** The fields a proposal's form sends, as the "Accept selected" form sends them: `p<i>.<field>`. */
function formFields(i: number, p: ProposalView, change: Record<string, string> = {}) {
  const fields: Record<string, string> = {
    start: String(p.start),
    end: String(p.end),
    statement: p.statement,
    kind: p.kind,
    claimantId: p.claimantId,
    newClaimantName: p.claimant?.isNew ? p.claimant.name : '',
    newClaimantKind: 'other',
    attribution: p.attribution ?? '',
  };
  p.figures.forEach((f, n) => {
    const figure: Record<string, unknown> = {
      keep: 'on',
      outcome: f.outcome,
      victimGroup: f.victimGroup,
      min: f.min,
      max: f.max,
      qualifier: f.qualifier,
      partOf: f.partOf,
    };
    for (const field of proposedScopeFields) figure[field.name] = (f as Record<string, unknown>)[keyOf(field)];
    for (const [key, value] of Object.entries(figure))
      fields[`figures.${n}.${key}`] = value == null ? '' : String(value);
  });
  return Object.fromEntries(Object.entries({ ...fields, ...change }).map(([k, v]) => [`p${i}.${k}`, v]));
}

describe('accepting several proposals at once', () => {
  it('creates each valid proposal with its figures and span, and refuses an invalid one writing nothing of it', async () => {
    const reviewer = await createUser('reviewer');
    const { id } = await importArticle({ title: 'Flood', publisher: 'The Test Times', body }, reviewer);
    const review = (await loadArticleReview(id))!;
    const find = (words: string) => review.proposals.find((p) => p.text.includes(words))!;
    const flood = find('12 people');
    const families = find('300 families');
    const bridge = find('40 people');
    const soldiers = find('7 soldiers');
    for (const p of [flood, families, bridge, soldiers]) expect(p.figures.length).toBeGreaterThan(0);
    const claimsBefore = await db.claim.count();
    const sourcesBefore = await db.source.count();

    const values = {
      articleId: id,
      ...formFields(0, flood),
      ...formFields(1, families, { statement: '' }), // refused: no statement
      ...formFields(2, bridge, { statement: 'Forty injured in Hill Town bridge collapse' }),
      ...formFields(3, soldiers),
    };
    const result = await acceptProposals(splitBatch(values), id, reviewer);

    expect(result).toMatchObject({ created: 3, refused: 1 });
    expect(result.items.map((i) => [i.start, i.end, i.claimId !== null, i.message])).toEqual([
      [flood.start, flood.end, true, 'Claim created.'],
      [families.start, families.end, false, 'Write the claim in one line.'],
      [bridge.start, bridge.end, true, 'Claim created.'],
      [soldiers.start, soldiers.end, true, 'Claim created.'],
    ]);

    const claims = await db.claim.findMany({
      where: { articleId: id },
      include: { figures: { orderBy: { position: 'asc' } } },
      orderBy: { spanStart: 'asc' },
    });
    expect(claims).toHaveLength(claimsBefore + 3);
    expect(claims.map((c) => c.id)).toEqual(result.items.filter((i) => i.claimId).map((i) => i.claimId));
    for (const [claim, p] of [
      [claims[0]!, flood],
      [claims[1]!, bridge],
      [claims[2]!, soldiers],
    ] as const) {
      expect(claim).toMatchObject({ spanStart: p.start, spanEnd: p.end, quote: body.slice(p.start, p.end) });
      expect(claim.figures.map((f) => [f.outcome, f.victimGroup, f.min, f.max])).toEqual(
        p.figures.map((f) => [f.outcome, f.victimGroup, f.min, f.max]),
      );
    }
    expect(claims[1]!.statement).toBe('Forty injured in Hill Town bridge collapse');
    expect(claims[1]!.figures[0]).toMatchObject({ outcome: 'injured', min: 40 });

    // The refused one wrote nothing: no claim on its span, not even its new source.
    expect(await db.claim.count({ where: { articleId: id, spanStart: families.start } })).toBe(0);
    expect(await db.source.findFirst({ where: { name: 'Red Cross' } })).toBeNull();
    expect(await db.source.count()).toBeLessThanOrEqual(sourcesBefore + 3);
    expect(await db.auditEvent.count({ where: { action: 'claim.create' } })).toBe(3);
    // It is still proposed; the created ones are not.
    const after = (await loadArticleReview(id))!;
    expect(after.proposals.map((p) => p.start)).toContain(families.start);
    for (const p of [flood, bridge, soldiers]) expect(after.proposals.map((x) => x.start)).not.toContain(p.start);
  });

  it('refuses a span already claimed and one outside the article, for that proposal only', async () => {
    const reviewer = await createUser('reviewer');
    const { id } = await importArticle({ title: 'Flood', publisher: 'The Test Times', body }, reviewer);
    const review = (await loadArticleReview(id))!;
    const flood = review.proposals.find((p) => p.text.includes('12 people'))!;
    const values = {
      articleId: id,
      ...formFields(0, flood),
      ...formFields(1, flood),
      ...formFields(2, flood, { start: '5', end: String(body.length + 10) }),
    };
    const result = await acceptProposals(splitBatch(values), id, reviewer);
    expect(result.items.map((i) => i.message)).toEqual([
      'Claim created.',
      'This span is already a claim.',
      expect.stringContaining('falls outside the article'),
    ]);
    expect(await db.claim.count({ where: { articleId: id } })).toBe(1);
  });

  it('refuses an empty batch and one larger than a page of proposals, writing nothing', async () => {
    const reviewer = await createUser('reviewer');
    const { id } = await importArticle({ title: 'Flood', publisher: 'The Test Times', body }, reviewer);
    expect(() => splitBatch({ articleId: id })).toThrow('Tick the proposals to accept first.');
    expect(() => splitBatch({ articleId: id, 'p20.statement': 'x' })).toThrow('Accept at most 20 proposals at once.');
    expect(() => splitBatch({ articleId: id, 'p4294967296.statement': 'x' })).toThrow('Tick the proposals');
    await expect(
      acceptProposals(
        Array.from({ length: 21 }, () => ({})),
        id,
        reviewer,
      ),
    ).rejects.toThrow('Accept at most 20');
    expect(await db.claim.count({ where: { articleId: id } })).toBe(0);
  });

  it('refuses every proposal for a disabled account, writing nothing', async () => {
    const reviewer = await createUser('reviewer');
    const { id } = await importArticle({ title: 'Flood', publisher: 'The Test Times', body }, reviewer);
    const flood = (await loadArticleReview(id))!.proposals.find((p) => p.text.includes('12 people'))!;
    const disabled = await createUser('reviewer', { disabled: true });
    const result = await acceptProposals(splitBatch({ articleId: id, ...formFields(0, flood) }), id, disabled);
    expect(result).toMatchObject({ created: 0, refused: 1 });
    expect(await db.claim.count({ where: { articleId: id } })).toBe(0);
  });

  it('closes the reader’s report the claims were made from with the first one created, as a single accept does', async () => {
    const reviewer = await createUser('reviewer');
    const { id } = await importArticle({ title: 'Flood', publisher: 'The Test Times', body }, reviewer);
    const sent = await sendReport(
      { page: '/articles/flood', message: 'Check the flood toll.', link: '', email: 'reader@example.net' },
      '192.0.2.7',
    );
    if (sent.outcome !== 'sent') throw new Error('not sent');
    const review = (await loadArticleReview(id))!;
    const find = (words: string) => review.proposals.find((p) => p.text.includes(words))!;
    const fromReport = { reportId: sent.id };
    const result = await acceptProposals(
      splitBatch({
        articleId: id,
        ...formFields(0, find('300 families'), { ...fromReport, statement: '' }), // refused: the report stays open
        ...formFields(1, find('12 people'), fromReport),
        ...formFields(2, find('40 people'), fromReport),
      }),
      id,
      reviewer,
    );
    expect(result.items.map((i) => i.message)).toEqual([
      'Write the claim in one line.',
      'Claim created, and the reader’s report closed.',
      'Claim created.',
    ]);
    expect(await db.readerReport.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({
      status: 'claim_made',
      claimId: result.items[1]!.claimId,
      email: null,
    });

    // A report closed meanwhile is said so; the claim stands.
    const again = await acceptProposals(
      splitBatch({ articleId: id, ...formFields(0, find('7 soldiers'), fromReport) }),
      id,
      reviewer,
    );
    expect(again.items.map((i) => [i.claimId !== null, i.message])).toEqual([
      [true, 'Claim created. The reader’s report had already been closed.'],
    ]);
  });
});
