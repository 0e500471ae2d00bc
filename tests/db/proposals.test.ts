import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importArticle } from '@/lib/articles/import';
import { loadArticleReview, PROPOSALS_PER_PAGE } from '@/lib/articles/review';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { createArticle, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// Claim detection runs once per article, at import, and the review page reads what was
// stored: a long article no longer costs its detection again on every view.

const detector = vi.hoisted(() => ({ fails: false }));
vi.mock('@/lib/articles/off-thread', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/articles/off-thread')>();
  return {
    ...real,
    extractClaimsOffThread: (...args: Parameters<typeof real.extractClaimsOffThread>) =>
      detector.fails
        ? Promise.reject(new real.OffThreadFailed('claim detection stopped after 30 s'))
        : real.extractClaimsOffThread(...args),
  };
});

beforeEach(async () => {
  detector.fails = false;
  await resetDb();
});

const meta = { title: 'Flood in Riverton', publisher: 'The Test Times' };
const body = [
  'Flood waters swept through Riverton on Tuesday.',
  'At least 12 people were killed in the flood, the mayor said. "We have never seen water rise this fast," said Mayor Ana Ruiz.',
].join('\n\n');

const storedOf = async (id: string) =>
  (await db.article.findUniqueOrThrow({ where: { id }, select: { proposals: true } })).proposals as {
    proposals: { start: number; end: number; kind: string; text?: string }[];
    note?: string;
  } | null;

describe('stored proposals', () => {
  it('are stored with the article at import, and each view reads them instead of detecting again', async () => {
    const reviewer = await createUser('reviewer');
    const { id } = await importArticle({ ...meta, body }, reviewer);
    const stored = (await storedOf(id))!;
    const killed = body.indexOf('At least 12 people');
    expect(stored.proposals).toContainEqual(expect.objectContaining({ start: killed, kind: 'casualty' }));
    // The text is the body's own slice, so it is not stored twice.
    expect(stored.proposals.every((p) => p.text === undefined)).toBe(true);

    const first = (await loadArticleReview(id))!;
    expect(first.proposals.find((p) => p.start === killed)?.text).toBe('At least 12 people were killed in the flood');

    // What is stored is what the page shows: a proposal detection would never make appears,
    // and the ones it would make are gone.
    const start = body.indexOf('Flood waters');
    const planted = {
      start,
      end: start + 'Flood waters swept through Riverton'.length,
      kind: 'event',
      claimant: null,
      attribution: null,
      figures: [],
      confidence: 0.5,
      reason: 'planted by the test',
    };
    await db.article.update({ where: { id }, data: { proposals: { proposals: [planted] } } });
    const second = (await loadArticleReview(id))!;
    expect(second.proposals.map((p) => [p.text, p.reason])).toEqual([
      ['Flood waters swept through Riverton', 'planted by the test'],
    ]);
  });

  it('are detected on the first view of an article stored without them (the seed, older imports), then kept', async () => {
    const article = await createArticle({ body });
    expect(await storedOf(article.id)).toBeNull();
    const review = (await loadArticleReview(article.id))!;
    expect(review.proposals.map((p) => p.text)).toContain('At least 12 people were killed in the flood');
    const stored = (await storedOf(article.id))!;
    expect(stored.proposals).toHaveLength(review.proposals.length);
    // Cleared again (say, after the detector improves): detected afresh on the next view.
    await db.article.update({ where: { id: article.id }, data: { proposals: Prisma.DbNull } });
    await loadArticleReview(article.id);
    expect(await storedOf(article.id)).toEqual(stored);
  });

  it('name a source made since the import instead of proposing it as new', async () => {
    const reviewer = await createUser('reviewer');
    const { id } = await importArticle({ ...meta, body }, reviewer);
    const quote = (await loadArticleReview(id))!.proposals.find((p) => p.kind === 'quote')!;
    expect(quote).toMatchObject({ claimant: { name: 'Ana Ruiz', isNew: true }, claimantId: 'new' });
    const source = await db.source.create({ data: { slug: 'ana-ruiz', name: 'Ana Ruiz', kind: 'official' } });
    const again = (await loadArticleReview(id))!.proposals.find((p) => p.kind === 'quote')!;
    expect(again).toMatchObject({ claimant: { name: 'Ana Ruiz', isNew: false }, claimantId: source.id });
  });

  it('are listed a page at a time, and every one is highlighted in the text', async () => {
    const lines = Array.from(
      { length: 45 },
      (_, i) => `At least ${i + 2} people were killed in Town ${i}, police said.`,
    );
    const article = await createArticle({ body: lines.join('\n\n') });
    const first = (await loadArticleReview(article.id))!;
    expect(first.proposals).toHaveLength(PROPOSALS_PER_PAGE);
    expect(first.proposalPages).toEqual({ page: 1, pageCount: 3, total: 45, first: 1 });
    expect(first.segments.filter((s) => s.mark?.kind === 'proposal')).toHaveLength(45);
    const last = (await loadArticleReview(article.id, 3))!;
    expect(last.proposals.map((p) => p.text)).toEqual(
      lines.slice(40).map((line) => line.slice(0, line.indexOf(', police'))),
    );
    // A page past the end, or no number at all, shows the nearest page.
    expect((await loadArticleReview(article.id, 99))!.proposalPages.page).toBe(3);
    expect((await loadArticleReview(article.id, Number('x')))!.proposalPages.page).toBe(1);
  });

  it('are replaced by a note when detection fails, and the article is still imported', async () => {
    const reviewer = await createUser('reviewer');
    detector.fails = true;
    const { id } = await importArticle({ ...meta, body }, reviewer);
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ body });
    const review = (await loadArticleReview(id))!;
    expect(review.proposals).toEqual([]);
    expect(review.detectionNote).toBe('Claim detection did not finish on this text: select the claims in it by hand.');
  });
});

describe('hostile HTML uploads', () => {
  it('refuses HTML nested too deeply to read, with a message, and writes nothing', async () => {
    const reviewer = await createUser('reviewer');
    const html = `<html><body>${'<div>'.repeat(100_000)}Flood</body></html>`;
    await expect(
      importArticle({ ...meta, file: { name: 'deep.html', bytes: new TextEncoder().encode(html) } }, reviewer),
    ).rejects.toMatchObject({ fieldErrors: { file: expect.stringContaining('could not be read') } });
    expect(await db.article.count()).toBe(0);
  });
});
