import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { apiClaim, apiClaimPage } from '@/lib/publishing/api';
import { getPublicArticle, listHomeArticles } from '@/lib/publishing/articles';
import { getPublicClaim } from '@/lib/publishing/claim';
import { getPublicComparison } from '@/lib/publishing/comparison';
import { embedHtml } from '@/lib/publishing/embed';
import { buildCheckRss, checkEvents, findFollowedCheck } from '@/lib/publishing/check-feed';
import { buildCorrectionsRss, listPublicCorrections } from '@/lib/publishing/corrections';
import { buildRss, listFeedItems } from '@/lib/publishing/feed';
import { claimReview } from '@/lib/publishing/json-ld';
import { listFilterOptions, listPublicClaims } from '@/lib/publishing/list';
import { articleMetadata, claimMetadata, comparisonMetadata } from '@/lib/publishing/metadata';
import { site } from '@/lib/publishing/site';
import { sendReport } from '@/lib/reports/send';
import { linkReport } from '@/lib/reports/triage';
import { seedDemo } from '@/prisma/seed/demo';
import { createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// Every kind of internal record, each carrying a unique marker, then everything every public
// surface is built from, serialised: no marker may appear. Public evidence and a public
// correction note are written the same way and must appear, so the check is not vacuous.
const M = 'zqmarker';
const marker = (what: string) => `${M}-${what}`;

beforeAll(async () => {
  await resetDb();
  await seedDemo(db);
  const staff = await createUser('editor', { name: marker('staff-name'), email: `${M}@example.org` });
  const people = {
    assigneeId: staff.id,
    createdById: staff.id,
    verdictSetById: staff.id,
    verdictReason: marker('verdict-reason'),
  };

  // A published claim with internal notes, comments, private and removed evidence, and a
  // correction whose internal reason is marked but whose public note is not.
  const published = await db.claim.update({
    where: { slug: 'sohr-145-airstrikes' },
    data: {
      ...people,
      publishedById: staff.id,
      internalNotes: marker('internal-notes'),
      // The article changed its words after publication: readers see the words as we checked them.
      articleChange: 'changed',
      articleChangeFrom: 'PUBLIC-OLD-WORDS',
      articleChangeVersion: 2,
      articleChangeAt: new Date(),
    },
  });
  // An earlier version of the article, imported by a member of staff.
  await db.articleVersion.create({
    data: {
      articleId: published.articleId,
      number: 1,
      title: marker('version-title'),
      body: marker('version-body'),
      how: 'import',
      importedById: staff.id,
    },
  });
  await db.comment.create({ data: { claimId: published.id, authorId: staff.id, body: marker('comment') } });
  const evidence = { claimId: published.id, createdById: staff.id, stance: 'supports' as const };
  await db.evidence.createMany({
    data: [
      { ...evidence, type: 'link', url: `https://example.org/${marker('private-url')}`, title: marker('private') },
      { ...evidence, type: 'note', note: marker('private-note') },
      { ...evidence, type: 'file', fileName: marker('private-file.pdf'), fileSha256: 'a'.repeat(64), fileSize: 1 },
      {
        ...evidence,
        type: 'link',
        isPublic: true,
        url: `https://example.org/${marker('removed-url')}`,
        title: marker('removed'),
        removedAt: new Date(),
        removedById: staff.id,
        removedReason: marker('removed-reason'),
      },
      { ...evidence, type: 'link', isPublic: true, url: 'https://example.org/public-report', title: 'PUBLIC-EVIDENCE' },
    ],
  });
  await db.auditEvent.create({
    data: {
      actorId: staff.id,
      action: 'claim.correct',
      entityType: 'claim',
      entityId: published.id,
      before: { verdict: 'unverified', stage: 'published', note: marker('before-json') },
      after: { verdict: 'unverified', stage: 'published', note: marker('after-json') },
      reason: marker('audit-reason'),
      publicNote: 'PUBLIC-CORRECTION-NOTE',
    },
  });

  // A correction prepared but not yet published: its public note is not public yet.
  await db.correction.create({
    data: {
      claimId: published.id,
      verdictKey: 'false',
      reason: marker('pending-reason'),
      publicNote: marker('pending-public-note'),
      preparedById: staff.id,
    },
  });
  await db.auditEvent.create({
    data: {
      actorId: staff.id,
      action: 'claim.prepareCorrection',
      entityType: 'claim',
      entityId: published.id,
      after: { verdict: 'false', note: marker('pending-public-note') },
      reason: marker('pending-reason'),
    },
  });

  // A draft claim on the public article, full of internal work, with a figure of its own.
  const draft = await db.claim.update({
    where: { slug: 'kerry-both-sides-quote' },
    data: {
      ...people,
      statement: marker('draft-statement'),
      explanation: marker('draft-explanation'),
      attribution: marker('draft-attribution'),
      internalNotes: marker('draft-notes'),
      stage: 'approved',
      articleChange: 'changed',
      articleChangeFrom: marker('draft-old-words'),
      articleChangeVersion: 2,
      articleChangeAt: new Date(),
    },
  });
  await db.figure.create({
    data: { claimId: draft.id, outcome: 'killed', victimGroup: marker('group'), min: 1, max: 1, qualifier: 'exact' },
  });
  await db.comment.create({ data: { claimId: draft.id, authorId: staff.id, body: marker('draft-comment') } });
  // A correction event on a claim readers cannot see (as if left from before it went back).
  await db.auditEvent.create({
    data: {
      actorId: staff.id,
      action: 'claim.correct',
      entityType: 'claim',
      entityId: draft.id,
      publicNote: marker('draft-correction-note'),
    },
  });
  await db.evidence.create({
    data: { claimId: draft.id, type: 'note', stance: 'refutes', isPublic: true, note: marker('draft-evidence') },
  });

  // An article with nothing published, and a comparison that is still a draft.
  const hidden = await db.article.create({
    data: { slug: `${M}-article`, title: marker('article-title'), publisher: marker('publisher'), body: marker('b') },
  });
  await db.claim.create({
    data: {
      slug: `${M}-claim`,
      articleId: hidden.id,
      spanStart: 0,
      spanEnd: 5,
      quote: marker('quote'),
      statement: marker('hidden-statement'),
      kind: 'statement',
    },
  });
  // Appearances (decision 021): one of the unpublished claim, in an article with nothing
  // else, stays inside; one of the published claim shows, without who linked it.
  const echo = await db.article.create({
    data: {
      slug: `${M}-echo`,
      title: marker('echo-title'),
      publisher: marker('echo-publisher'),
      body: marker('echo-body'),
    },
  });
  const relay = await db.source.create({
    data: { slug: `${M}-relay`, name: marker('relay'), kind: 'news_outlet', aliases: [] },
  });
  await db.appearance.create({
    data: {
      claimId: draft.id,
      articleId: echo.id,
      spanStart: 0,
      spanEnd: 8,
      quote: marker('echo-quote'),
      claimantId: relay.id,
      citesSourceId: relay.id,
      attribution: marker('echo-attribution'),
      linkedById: staff.id,
    },
  });
  const repeat = await db.article.create({
    data: {
      slug: 'public-repeat',
      title: 'PUBLIC-APPEARANCE',
      publisher: 'Public Wire',
      body: 'The Observatory counted 145 air strikes.',
    },
  });
  await db.appearance.create({
    data: {
      claimId: published.id,
      articleId: repeat.id,
      spanStart: 0,
      spanEnd: 40,
      quote: 'The Observatory counted 145 air strikes.',
      linkedById: staff.id,
    },
  });
  await db.comparison.update({
    where: { slug: 'deaths-in-government-held-aleppo' },
    data: { question: marker('draft-question'), reviewerNote: marker('draft-note') },
  });
  await db.comparison.update({ where: { slug: 'sohr-breakdown' }, data: { createdById: staff.id } });

  // Readers' reports on the published claim: one open, with the reader's e-mail, and one
  // linked to the claim (its audit event names the claim) with a staff note.
  const report = { page: '/claims/sohr-145-airstrikes', link: `https://example.net/${marker('report-link')}` };
  await sendReport({ ...report, message: marker('report-open'), email: `${M}-reader@example.net` }, '192.0.2.7');
  const closing = await sendReport(
    { ...report, message: marker('report-linked'), email: `${M}-closed@example.net` },
    '192.0.2.7',
  );
  if (closing.outcome !== 'sent') throw new Error('the report was not kept');
  await linkReport(
    { reportId: closing.id, target: '/claims/sohr-145-airstrikes', note: marker('report-note') },
    { id: staff.id },
  );
});

async function everythingPublic(): Promise<string> {
  const page = await listPublicClaims({ perPage: 100 });
  const claims = await Promise.all(page.claims.map((c) => getPublicClaim(c.slug)));
  const comparisonRows = await db.comparison.findMany({ select: { slug: true } });
  const comparisons = await Promise.all(comparisonRows.map((c) => getPublicComparison(c.slug)));
  const articleRows = await db.article.findMany({ select: { slug: true } });
  const articles = await Promise.all(articleRows.map((a) => getPublicArticle(a.slug)));
  const follow = async (type: 'claim' | 'comparison', slug: string) => {
    const check = await findFollowedCheck(type, slug);
    return check && buildCheckRss(check, await checkEvents(check), site);
  };
  const claimRows = await db.claim.findMany({ select: { slug: true } });
  return JSON.stringify([
    await listPublicCorrections(),
    buildCorrectionsRss(await listPublicCorrections(), site),
    await Promise.all(claimRows.map((c) => follow('claim', c.slug))),
    await Promise.all(comparisonRows.map((c) => follow('comparison', c.slug))),
    await listHomeArticles(),
    await listFilterOptions(),
    apiClaimPage(page, site, () => ''),
    await listPublicClaims({ q: M }),
    claims.map((c) => c && [apiClaim(c, site), claimReview(c, site), claimMetadata(c), embedHtml(c, site)]),
    comparisons.map((c) => c && [c, comparisonMetadata(c)]),
    articles.map((a) => a && [a, articleMetadata(a)]),
    buildRss(await listFeedItems(), site),
    await getPublicClaim('kerry-both-sides-quote'),
    await getPublicClaim(`${M}-claim`),
  ]);
}

describe('nothing unpublished leaks', () => {
  it('no marker of internal work appears in any public page, API answer, feed (site, corrections, per check) or embed', async () => {
    const text = await everythingPublic();
    const found = [...text.matchAll(new RegExp(`${M}[\\w.-]*`, 'g'))].map((m) => m[0]);
    expect([...new Set(found)]).toEqual([]);
    expect(text).not.toContain('Rana Reviewer');
    expect(text).not.toContain('@example.org');
  });

  it('while public evidence and the public correction note do appear', async () => {
    const text = await everythingPublic();
    expect(text).toContain('PUBLIC-EVIDENCE');
    expect(text).toContain('PUBLIC-CORRECTION-NOTE');
    expect(text).toContain('PUBLIC-OLD-WORDS');
    // On the corrections page and in the corrected claim's own feed, not only on its page.
    expect(JSON.stringify(await listPublicCorrections())).toContain('PUBLIC-CORRECTION-NOTE');
    const check = await findFollowedCheck('claim', 'sohr-145-airstrikes');
    expect(buildCheckRss(check!, await checkEvents(check!), site)).toContain('PUBLIC-CORRECTION-NOTE');
    expect(text).toContain('PUBLIC-APPEARANCE');
  });

  it('a search for a marker finds nothing', async () => {
    expect((await listPublicClaims({ q: M })).total).toBe(0);
    expect((await listPublicClaims({ q: 'zqmarker-internal-notes' })).total).toBe(0);
  });
});
