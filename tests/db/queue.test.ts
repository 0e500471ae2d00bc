import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { COUNT_CAP, listQueue, PAGE_SIZE, queueQuerySchema, queueViews, queueWhere } from '@/lib/claims/queue';
import { db } from '@/lib/db';
import type { Stage } from '@/lib/generated/prisma/enums';
import { createArticle, createClaim, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

beforeEach(() => resetDb());

const query = (params: Record<string, string> = {}) => queueQuerySchema.parse(params);

/** `count` claims on one article, created in one statement, with the given fields. */
async function manyClaims(
  count: number,
  fields: (i: number) => { stage?: Stage; statement?: string; publishedAt?: Date },
) {
  const article = await createArticle();
  await createClaim({ articleId: article.id }); // ensures verdicts exist
  await db.claim.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      slug: `many-${randomUUID()}`,
      articleId: article.id,
      spanStart: 0,
      spanEnd: 10,
      quote: 'Officials',
      statement: `Generated claim ${i}`,
      kind: 'statement' as const,
      ...fields(i),
    })),
  });
  return article;
}

describe('the review queue', () => {
  it('shows a reviewer their own open claims by default, and the unassigned ones on request', async () => {
    const [me, other] = [await createUser('reviewer'), await createUser('reviewer')];
    const mine = await createClaim({ assigneeId: me.id, statement: 'Mine in draft' });
    await createClaim({ assigneeId: me.id, stage: 'published', publishedAt: new Date(), statement: 'Mine, done' });
    await createClaim({ assigneeId: other.id, statement: 'Theirs' });
    const free = await createClaim({ statement: 'Nobody has this one' });

    const byDefault = await listQueue(query(), me);
    expect(byDefault.rows.map((r) => r.id)).toEqual([mine.id]);
    expect(byDefault).toMatchObject({ total: 1, exact: true, pages: 1, hasNext: false });

    const unassigned = await listQueue(query({ view: 'unassigned' }), me);
    expect(unassigned.rows.map((r) => r.id)).toEqual([free.id]);
  });

  it('searches statement and quote without regard to case, combined with the filters', async () => {
    const me = await createUser('reviewer');
    const inStatement = await createClaim({ statement: 'Shelling hit the HOSPITAL in the east', kind: 'event' });
    const inQuote = await createClaim({ quote: 'the hospital was full', statement: 'A ward was full', kind: 'quote' });
    await createClaim({ statement: 'Nothing to see here', kind: 'event' });

    const all = await listQueue(query({ view: 'all', q: 'hospital' }), me);
    expect(all.rows.map((r) => r.id).sort()).toEqual([inStatement.id, inQuote.id].sort());
    const quotes = await listQueue(query({ view: 'all', q: 'Hospital', kind: 'quote' }), me);
    expect(quotes.rows.map((r) => r.id)).toEqual([inQuote.id]);
    // Characters that mean something to LIKE are searched for as themselves.
    expect((await listQueue(query({ view: 'all', q: '%' }), me)).total).toBe(0);
    const percent = await createClaim({ statement: 'Turnout was 40% in the north_east' });
    expect((await listQueue(query({ view: 'all', q: '40%' }), me)).rows.map((r) => r.id)).toEqual([percent.id]);
    expect((await listQueue(query({ view: 'all', q: 'north_east' }), me)).rows.map((r) => r.id)).toEqual([percent.id]);
  });

  it('lists recently published claims newest first, retracted ones included, drafts not', async () => {
    const me = await createUser('reviewer');
    await manyClaims(30, (i) => ({ stage: 'published', publishedAt: new Date(Date.UTC(2026, 0, 1 + i)) }));
    const retracted = await createClaim({ stage: 'retracted', publishedAt: new Date(Date.UTC(2027, 0, 1)) });
    await createClaim({ stage: 'draft' });

    const first = await listQueue(query({ view: 'published' }), me);
    expect(first.total).toBe(31);
    expect(first.rows[0]!.id).toBe(retracted.id);
    const dates = first.rows.map((r) => r.publishedAt!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const second = await listQueue(query({ view: 'published', page: '2' }), me);
    expect(second.rows).toHaveLength(31 - PAGE_SIZE);
    expect(second.rows.at(-1)!.publishedAt).toEqual(new Date(Date.UTC(2026, 0, 1)));
  });

  it(`stops counting past ${COUNT_CAP} and still pages on`, async () => {
    const me = await createUser('reviewer');
    await manyClaims(COUNT_CAP + 30, () => ({}));
    const first = await listQueue(query({ view: 'all' }), me);
    expect(first).toMatchObject({ total: COUNT_CAP, exact: false, pages: null, hasNext: true });
    const last = await listQueue(query({ view: 'all', page: String(Math.ceil((COUNT_CAP + 31) / PAGE_SIZE)) }), me);
    expect(last.rows.length).toBeGreaterThan(0);
    expect(last.hasNext).toBe(false);
  });

  it('counts exactly the claims the list shows, in every view and with every filter', async () => {
    const [me, other] = [await createUser('reviewer'), await createUser('reviewer')];
    const article = await createArticle();
    const source = await db.source.create({
      data: { slug: 'health-ministry', name: 'Health ministry', kind: 'official' },
    });
    const stages: Stage[] = ['draft', 'in_review', 'approved', 'published', 'retracted'];
    const claims = [];
    for (let i = 0; i < 20; i++) {
      const stage = stages[i % stages.length]!;
      claims.push(
        await createClaim({
          stage,
          publishedAt: stage === 'published' || stage === 'retracted' ? new Date(Date.UTC(2026, 0, 1 + i)) : null,
          assigneeId: [me.id, other.id, null][i % 3],
          kind: i % 2 ? 'quote' : 'event',
          verdictKey: i % 4 ? 'unverified' : 'false',
          claimantId: i % 3 === 1 ? source.id : null,
          ...(i % 5 === 2 ? { articleId: article.id } : {}),
          statement: i % 3 ? `Shelling hit the Hospital, report ${i}` : `Roads closed, report ${i}`,
          quote: i % 7 === 3 ? '40% of the hospital_beds' : 'Officials said so',
        }),
      );
    }
    for (const claim of claims.slice(0, 3)) {
      await db.correction.create({
        data: { claimId: claim.id, reason: 'Wrong figure', publicNote: 'We corrected the figure.' },
      });
    }
    const filters: Record<string, string>[] = [
      {},
      { q: 'hospital' },
      { q: '40%' },
      { q: 'hospital_' },
      { q: 'report 1', kind: 'quote' },
      { verdict: 'false' },
      { claimant: source.id },
      { article: article.id },
      { assignee: other.id },
      { assignee: 'none', q: 'HOSPITAL' },
    ];
    for (const view of Object.keys(queueViews)) {
      for (const filter of filters) {
        const q = query({ view, ...filter, size: '200' });
        const listed = await listQueue(q, me);
        const expected = await db.claim.count({ where: queueWhere(q, me) });
        expect({ view, filter, total: listed.total, rows: listed.rows.length }).toEqual({
          view,
          filter,
          total: expected,
          rows: expected,
        });
      }
    }
  });

  it('treats unknown or hostile parameters as the defaults instead of failing', () => {
    expect(query({ view: 'everything', page: '-3', sort: 'DROP TABLE', kind: 'rumour' })).toMatchObject({
      view: 'mine',
      page: 1,
      sort: 'updated_desc',
      kind: undefined,
    });
  });
});

describe('the view the desk opens on', () => {
  it("opens on a person's own claims, else on the unassigned ones, and says which; then on the view they chose", async () => {
    const { forgetQueueView, openingView, rememberQueueView } = await import('@/lib/claims/queue');
    const [newcomer, busy] = [await createUser('reviewer'), await createUser('reviewer')];
    await createClaim({ statement: 'Nobody has this one' });
    await createClaim({ assigneeId: busy.id, statement: 'Busy has this one' });

    expect(await openingView(newcomer)).toEqual({
      view: 'unassigned',
      why: 'Nothing is assigned to you, so the desk shows the claims nobody has taken yet.',
      remembered: false,
    });
    expect(await openingView(busy)).toEqual({
      view: 'mine',
      why: 'Showing the claims assigned to you.',
      remembered: false,
    });

    await rememberQueueView({ view: 'in_review' }, { id: newcomer.id });
    expect((await openingView(newcomer)).view).toBe('in_review');
    expect((await openingView(busy)).view).toBe('mine');
    await expect(rememberQueueView({ view: 'constructor' }, { id: newcomer.id })).rejects.toThrow(
      'Please correct the highlighted fields.',
    );
    expect(await openingView(newcomer)).toMatchObject({ view: 'in_review', remembered: true });

    // Forgotten: the desk chooses for them again.
    await forgetQueueView({}, { id: newcomer.id });
    expect(await openingView(newcomer)).toMatchObject({ view: 'unassigned', remembered: false });
    expect((await openingView(busy)).view).toBe('mine');
  });

  it('lists up to 200 claims on a page when asked, and no other size', async () => {
    const me = await createUser('reviewer');
    await manyClaims(210, () => ({}));
    expect((await listQueue(query({ view: 'all', size: '200' }), me)).rows).toHaveLength(200);
    expect((await listQueue(query({ view: 'all', size: '1000000' }), me)).rows).toHaveLength(PAGE_SIZE);
  });
});
