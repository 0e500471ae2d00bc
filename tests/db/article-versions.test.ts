import { beforeEach, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/articles/import';
import { pasteArticleVersion } from '@/lib/articles/versions';
import { resolveArticleChange } from '@/lib/claims/article-change';
import { submitForReview } from '@/lib/claims/transitions';
import { db } from '@/lib/db';
import { getPublicArticle } from '@/lib/publishing/articles';
import { getPublicClaim } from '@/lib/publishing/claim';
import { prepareClaimCorrection, publishClaimCorrection } from '@/lib/workflow/corrections';
import { createClaim, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// Issue 17 item 4: re-importing an edited version of an article keeps both versions and
// re-anchors every claim: untouched claims keep their words, a changed figure's claim is
// flagged, a published one waits for a correction, and the public page says what changed.

beforeEach(resetDb);

const URL = 'https://news.example.org/2026/12/flood';
const V1 =
  'Officials said on Monday that 12 people were killed in the flood.\n\n' +
  'A monitor said at least 30 homes were destroyed in the valley.\n\n' +
  'The mayor said the river rose fast.';
const V2 =
  'UPDATED. Rescuers worked through the night.\n\n' +
  'Officials said on Monday that 15 people were killed in the flood.\n\n' +
  'A monitor said at least 30 homes were destroyed in the valley.\n\n' +
  'The mayor said the river rose fast.';

const quoteOf = (text: string, q: string) => ({
  spanStart: text.indexOf(q),
  spanEnd: text.indexOf(q) + q.length,
  quote: q,
});

async function setUp() {
  const reviewer = await createUser('reviewer');
  const editor = await createUser('editor');
  const other = await createUser('editor');
  const { id } = await importArticle({ title: 'Flood', publisher: 'The Test Times', url: URL, body: V1 }, reviewer);
  const homes = await createClaim({
    articleId: id,
    ...quoteOf(V1, 'at least 30 homes were destroyed'),
    statement: '30 homes destroyed',
  });
  const dead = await createClaim({ articleId: id, ...quoteOf(V1, '12 people were killed'), statement: '12 killed' });
  return { id, reviewer, editor, other, homes, dead };
}

const claim = (id: string) => db.claim.findUniqueOrThrow({ where: { id } });

describe('a new version of an article', () => {
  it('re-importing its URL keeps both versions; untouched claims follow their words, a changed figure is flagged', async () => {
    const { id, reviewer, homes, dead } = await setUp();
    const again = await importArticle(
      { title: 'Flood (updated)', publisher: 'The Test Times', url: URL, body: V2 },
      reviewer,
    );

    expect(again).toMatchObject({ id, version: 2, moved: 1, changed: 1, gone: 0 });
    expect(await db.article.count()).toBe(1);
    const article = await db.article.findUniqueOrThrow({
      where: { id },
      include: { versions: { orderBy: { number: 'asc' } } },
    });
    expect(article.body).toBe(V2);
    expect(article.title).toBe('Flood (updated)');
    expect(article.versions.map((v) => [v.number, v.how, v.body])).toEqual([
      [1, 'import', V1],
      [2, 'reimport', V2],
    ]);

    const kept = await claim(homes.id);
    expect(V2.slice(kept.spanStart, kept.spanEnd)).toBe('at least 30 homes were destroyed');
    expect(kept).toMatchObject({ quote: 'at least 30 homes were destroyed', articleChange: null });

    const flagged = await claim(dead.id);
    expect(flagged).toMatchObject({
      articleChange: 'changed',
      articleChangeFrom: '12 people were killed',
      articleChangeVersion: 2,
    });
    // It keeps the words we checked; its span holds the new ones.
    expect(flagged.quote).toBe('12 people were killed');
    expect(V2.slice(flagged.spanStart, flagged.spanEnd)).toBe('15 people were killed');
    const events = await db.auditEvent.findMany({
      where: { entityId: { in: [id, dead.id] } },
      select: { action: true },
    });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['article.version', 'claim.articleChange']));
  });

  it('the same page shared with tracking tags, a fragment, a trailing slash, www. or http is the same article', async () => {
    const { id, reviewer } = await setUp();
    const shared = 'http://www.news.example.org/2026/12/flood/?utm_source=twitter&fbclid=IwAR0x#comments';
    const again = await importArticle(
      { title: 'Flood (updated)', publisher: 'The Test Times', url: shared, body: V2 },
      reviewer,
    );
    expect(again).toMatchObject({ id, version: 2 });
    expect(await db.article.count()).toBe(1);

    // Another page of the same site is another article; its address is kept without the tags.
    const other = await importArticle(
      { title: 'Storm', publisher: 'The Test Times', url: `${URL}-storm?utm_medium=email&id=7`, body: V1 },
      reviewer,
    );
    expect(other.id).not.toBe(id);
    expect(await db.article.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      url: `${URL}-storm?id=7`,
    });
  });

  it('a flagged claim moves on only once a reviewer takes the new words', async () => {
    const { id, reviewer, dead } = await setUp();
    await db.claim.update({
      where: { id: dead.id },
      data: { verdictKey: 'verified', verdictReason: 'Checked', verdictSetById: reviewer.id },
    });
    await pasteArticleVersion({ articleId: id, body: V2 }, reviewer);
    let flagged = await claim(dead.id);
    await expect(submitForReview({ claimId: dead.id, version: flagged.version }, reviewer)).rejects.toThrow(
      /article changed here/,
    );
    await resolveArticleChange({ claimId: dead.id, version: flagged.version }, reviewer);
    flagged = await claim(dead.id);
    expect(flagged).toMatchObject({
      quote: '15 people were killed',
      articleChange: null,
      articleChangeFrom: '12 people were killed',
    });
    await submitForReview({ claimId: dead.id, version: flagged.version }, reviewer);
    expect((await claim(dead.id)).stage).toBe('in_review');
  });

  it('a published claim whose words changed needs a correction by two people; the public page says what changed', async () => {
    const { id, reviewer, editor, other, dead } = await setUp();
    const publishedAt = new Date(Date.now() - 60_000);
    await db.claim.update({
      where: { id: dead.id },
      data: {
        stage: 'published',
        publishedAt,
        verdictKey: 'verified',
        verdictReason: 'Checked',
        verdictSetById: reviewer.id,
      },
    });
    const publicChanges = await db.publicChange.count();
    await pasteArticleVersion({ articleId: id, body: V2 }, editor);
    expect(await db.publicChange.count()).toBeGreaterThan(publicChanges);

    // Readers still see the words we checked beside our verdict, and the page says the article changed.
    expect((await getPublicClaim(dead.slug))!.quote).toBe('12 people were killed');
    const page = (await getPublicArticle((await db.article.findUniqueOrThrow({ where: { id } })).slug))!;
    expect(page.updated).toMatchObject({ version: 2 });
    expect(page.claims.find((c) => c.slug === dead.slug)!.change).toMatchObject({
      from: '12 people were killed',
      now: '15 people were killed',
    });

    let flagged = await claim(dead.id);
    await expect(resolveArticleChange({ claimId: dead.id, version: flagged.version }, reviewer)).rejects.toThrow(
      /only by a correction/,
    );
    await prepareClaimCorrection(
      {
        claimId: dead.id,
        version: flagged.version,
        reason: 'The article now says 15.',
        publicNote: 'The article now says 15 were killed.',
      },
      editor,
    );
    flagged = await claim(dead.id);
    await expect(publishClaimCorrection({ claimId: dead.id, version: flagged.version }, editor)).rejects.toThrow(
      /second read/,
    );
    await publishClaimCorrection({ claimId: dead.id, version: flagged.version }, other);
    expect(await claim(dead.id)).toMatchObject({ quote: '15 people were killed', articleChange: null });
    expect((await getPublicClaim(dead.slug))!.quote).toBe('15 people were killed');
  });

  it('removed words are flagged as gone and read as removed on the public page', async () => {
    const { id, reviewer, homes } = await setUp();
    await db.claim.update({
      where: { id: homes.id },
      data: { stage: 'published', publishedAt: new Date(Date.now() - 60_000) },
    });
    await pasteArticleVersion(
      { articleId: id, body: V1.replace('A monitor said at least 30 homes were destroyed in the valley.\n\n', '') },
      reviewer,
    );
    expect(await claim(homes.id)).toMatchObject({ articleChange: 'gone', quote: 'at least 30 homes were destroyed' });
    const page = (await getPublicArticle((await db.article.findUniqueOrThrow({ where: { id } })).slug))!;
    expect(page.claims[0]!.change).toMatchObject({ from: 'at least 30 homes were destroyed', now: null });
  });

  it('refuses the same text, bad input and people without the role, writing nothing', async () => {
    const { id, reviewer } = await setUp();
    const before = await db.auditEvent.count();
    await expect(pasteArticleVersion({ articleId: id, body: V1 }, reviewer)).rejects.toThrow(/already have/);
    await expect(pasteArticleVersion({ articleId: 'nope', body: V2 }, reviewer)).rejects.toThrow(/no longer exists/);
    await expect(pasteArticleVersion({ articleId: id, body: '   ' }, reviewer)).rejects.toThrow(
      /Paste the article text/,
    );
    await expect(pasteArticleVersion({ articleId: id, body: V2 }, null)).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    const disabled = await createUser('editor', { disabled: true });
    await expect(pasteArticleVersion({ articleId: id, body: V2 }, disabled)).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    expect(await db.auditEvent.count()).toBe(before);
    expect(await db.articleVersion.count()).toBe(0);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).body).toBe(V1);
  });

  it('a check repeated in the article follows its words; one whose words changed is unlinked, audited', async () => {
    const { id, reviewer, homes, dead } = await setUp();
    // Another article's claims, repeated in this one (issue 17 item 1).
    const elsewhere = await importArticle(
      {
        title: 'Elsewhere',
        publisher: 'The Other Paper',
        body: 'At least 30 homes were destroyed. 12 people were killed.',
      },
      reviewer,
    );
    const first = await createClaim({
      articleId: elsewhere.id,
      spanStart: 0,
      spanEnd: 32,
      quote: 'At least 30 homes were destroyed',
      statement: 'Homes',
    });
    const second = await createClaim({
      articleId: elsewhere.id,
      spanStart: 34,
      spanEnd: 55,
      quote: '12 people were killed',
      statement: 'Dead',
    });
    await db.appearance.create({
      data: { claimId: first.id, articleId: id, ...quoteOf(V1, 'at least 30 homes were destroyed') },
    });
    await db.appearance.create({
      data: { claimId: second.id, articleId: id, ...quoteOf(V1, '12 people were killed') },
    });

    await importArticle({ title: 'Flood (updated)', publisher: 'The Test Times', url: URL, body: V2 }, reviewer);

    const kept = await db.appearance.findFirstOrThrow({ where: { claimId: first.id } });
    expect(V2.slice(kept.spanStart, kept.spanEnd)).toBe('at least 30 homes were destroyed');
    expect(kept.quote).toBe('at least 30 homes were destroyed');
    // "12 people" became "15 people": this article no longer repeats the check of 12.
    expect(await db.appearance.count({ where: { claimId: second.id } })).toBe(0);
    const unlinked = await db.auditEvent.findFirstOrThrow({
      where: { action: 'claim.unlinkAppearance', entityId: second.id },
    });
    expect(unlinked.before).toMatchObject({ quote: '12 people were killed' });
    // The article's own claims are re-anchored as before.
    expect((await claim(homes.id)).articleChange).toBeNull();
    expect((await claim(dead.id)).articleChange).toBe('changed');
  });
});
