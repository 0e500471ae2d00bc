import { beforeEach, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/articles/import';
import { loadArticleReview } from '@/lib/articles/review';
import { linkAppearance, listAppearanceSpans, markNotSameClaim } from '@/lib/claims/appearances';
import { updateAtVersion } from '@/lib/claims/concurrency';
import { relayDefaults } from '@/lib/claims/relay-defaults';
import { db } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { getPublicArticle, listHomeArticles } from '@/lib/publishing/articles';
import { getPublicClaim } from '@/lib/publishing/claim';
import { getPublicComparison } from '@/lib/publishing/comparison';
import { claimReview } from '@/lib/publishing/json-ld';
import { site } from '@/lib/publishing/site';
import { createUser } from '@/tests/factories';
import { ensureDefaultVerdicts } from '@/lib/verdicts';
import { resetDb } from '@/tests/setup/reset';

// One claim across many articles (issue 17, decision 021): an imported article's proposals
// are matched with the claims we have, a match is linked as an appearance of the check, and
// readers count primary sources, not the outlets that relay them.

beforeEach(resetDb);

const ORIGIN =
  'Fighting went on in the city.\n\nAt least 100 civilians were killed in Aleppo over the past ten days, the Syrian Observatory for Human Rights said.\n\n"We will not let the city fall to terrorists whatever the cost," Bashar al-Assad said in a statement.';

async function sources() {
  const sohr = await db.source.create({
    data: {
      slug: 'sohr',
      name: 'Syrian Observatory for Human Rights',
      kind: 'monitoring_group',
      aliases: ['Syrian Observatory', 'SOHR'],
    },
  });
  const assad = await db.source.create({
    data: { slug: 'assad', name: 'Bashar al-Assad', kind: 'official', isPerson: true, aliases: ['Assad'] },
  });
  const wire = await db.source.create({
    data: { slug: 'wire', name: 'Wire Agency', kind: 'news_outlet', aliases: [] },
  });
  const paper = await db.source.create({
    data: { slug: 'paper', name: 'The Daily Paper', kind: 'news_outlet', aliases: [] },
  });
  return { sohr, assad, wire, paper };
}

/** The origin article with its figure claim (published) and its quote claim (in review). */
async function origin() {
  await ensureDefaultVerdicts(db);
  const s = await sources();
  const article = await db.article.create({
    data: {
      slug: 'origin',
      title: 'Aleppo under fire',
      publisher: 'First News',
      body: ORIGIN,
      url: 'https://first.example/aleppo',
      publishedAt: new Date('2016-09-25T10:00:00Z'),
    },
  });
  const span = (text: string) => ({
    spanStart: ORIGIN.indexOf(text),
    spanEnd: ORIGIN.indexOf(text) + text.length,
    quote: text,
  });
  const figureText = 'At least 100 civilians were killed in Aleppo over the past ten days';
  const figure = await db.claim.create({
    data: {
      slug: 'sohr-100-civilians',
      articleId: article.id,
      ...span(figureText),
      statement: 'At least 100 civilians killed in Aleppo in ten days',
      kind: 'casualty',
      claimantId: s.sohr.id,
      stage: 'published',
      publishedAt: new Date('2016-09-26T10:00:00Z'),
      verdictKey: 'unverified',
      figures: {
        create: {
          outcome: 'killed',
          victimGroup: 'civilians',
          min: 100,
          max: null,
          qualifier: 'at least',
          place: 'Aleppo',
          periodText: 'the past ten days',
        },
      },
    },
  });
  const quoteText = '"We will not let the city fall to terrorists whatever the cost,"';
  const quote = await db.claim.create({
    data: {
      slug: 'assad-quote',
      articleId: article.id,
      ...span(quoteText),
      statement: 'Assad: the city will not fall',
      kind: 'quote',
      claimantId: s.assad.id,
      stage: 'in_review',
    },
  });
  return { ...s, article, figure, quote };
}

async function imported(body: string, reviewer: { id: string }) {
  const { id } = await importArticle(
    {
      title: 'Second report',
      publisher: 'Second Wire',
      body,
      url: 'https://second.example/story',
      publishedAt: '2016-09-27',
    },
    reviewer,
  );
  const review = (await loadArticleReview(id))!;
  const proposalAt = (text: string) =>
    review.proposals.find((p) => p.start <= body.indexOf(text) && p.end > body.indexOf(text));
  return { id, review, proposalAt };
}

describe('matching an imported article with existing claims', () => {
  it('finds a repeated figure in other words, from the same primary source spelled another way', async () => {
    const o = await origin();
    const reviewer = await createUser('reviewer');
    const body =
      'More than 120 civilians have been killed in eastern Aleppo in ten days, according to the Syrian Observatory.';
    const { proposalAt } = await imported(body, reviewer);
    const proposal = proposalAt('More than 120')!;
    expect(proposal.matches).toEqual([
      expect.objectContaining({ claimId: o.figure.id, reason: 'figure', stage: 'published', verdict: 'Unverified' }),
    ]);
  });

  it('does not match the same number for another place or another victim group', async () => {
    await origin();
    const reviewer = await createUser('reviewer');
    const place = await imported(
      'At least 100 civilians were killed in Idlib over the past ten days, the Syrian Observatory for Human Rights said.',
      reviewer,
    );
    expect(place.proposalAt('At least 100')!.matches).toEqual([]);
    const group = await imported(
      'At least 100 children were killed in Aleppo over the past ten days, the Syrian Observatory for Human Rights said.',
      reviewer,
    );
    expect(group.proposalAt('At least 100')!.matches).toEqual([]);
  });

  it('finds a near-identical statement whoever is named, and forgets a match the reviewer turned down', async () => {
    const o = await origin();
    const reviewer = await createUser('reviewer');
    const body = '"We will not let the city fall to terrorists, whatever the cost," Assad told state television.';
    const { id, proposalAt } = await imported(body, reviewer);
    const proposal = proposalAt('We will not')!;
    expect(proposal.matches).toEqual([
      expect.objectContaining({ claimId: o.quote.id, reason: 'statement', stage: 'in_review' }),
    ]);

    await markNotSameClaim(
      {
        articleId: id,
        start: proposal.start,
        end: proposal.end,
        claimId: o.quote.id,
        reason: 'Said again a year later',
      },
      reviewer,
    );
    const again = (await loadArticleReview(id))!.proposals.find((p) => p.start === proposal.start)!;
    expect(again.matches).toEqual([]);
  });
  it('reads a count larger than a stored figure can hold without failing the review page', async () => {
    await origin();
    const reviewer = await createUser('reviewer');
    const { proposalAt } = await imported(
      'More than 3,000,000,000 civilians were killed in Aleppo, the Syrian Observatory for Human Rights said.',
      reviewer,
    );
    // "More than 3 billion" and the origin's "at least 100" are both open ranges: they overlap.
    expect(proposalAt('More than')!.matches).toEqual([expect.objectContaining({ reason: 'figure' })]);
  });

  it('finds a check by its quote as changed after matching first read it (a correction, an article change)', async () => {
    const o = await origin();
    const reviewer = await createUser('reviewer');
    // The first import reads the words of every quote for the prefilter.
    await imported('"We will not let the city fall to terrorists, whatever the cost," Assad said.', reviewer);
    const changed = 'We will defend every street of Aleppo until the last family is safe again';
    await db.$transaction((tx) => updateAtVersion(tx, o.quote.id, o.quote.version, { quote: changed }));
    const { proposalAt } = await imported(`"${changed}," Assad told state television.`, reviewer);
    expect(proposalAt('We will defend')!.matches).toEqual([
      expect.objectContaining({ claimId: o.quote.id, reason: 'statement' }),
    ]);
  });
});

describe('linking a proposal as an appearance', () => {
  it('adds the article to the published check: claim page, ClaimReview, annotated article and home', async () => {
    const o = await origin();
    const reviewer = await createUser('reviewer');
    const body =
      'More than 120 civilians have been killed in eastern Aleppo in ten days, according to the Syrian Observatory.';
    const { id, proposalAt } = await imported(body, reviewer);
    const p = proposalAt('More than 120')!;
    const linked = await linkAppearance(
      {
        articleId: id,
        start: p.start,
        end: p.end,
        claimId: o.figure.id,
        version: 1,
        claimantId: o.sohr.id,
        attribution: 'according to',
      },
      reviewer,
    );
    expect(linked).toMatchObject({ claimSlug: 'sohr-100-civilians', isPublic: true });
    expect(await listAppearanceSpans(id)).toEqual([
      expect.objectContaining({
        claimId: o.figure.id,
        spanStart: p.start,
        spanEnd: p.end,
        quote: body.slice(p.start, p.end),
      }),
    ]);
    // The proposal is no longer open: its span is linked.
    expect((await loadArticleReview(id))!.proposals.some((q) => q.start === p.start)).toBe(false);

    const claim = (await getPublicClaim('sohr-100-civilians'))!;
    expect(claim.appearances).toEqual([
      expect.objectContaining({ quote: body.slice(p.start, p.end), claimant: 'Syrian Observatory for Human Rights' }),
    ]);
    expect(claim.appearances[0]!.article).toMatchObject({ title: 'Second report', publisher: 'Second Wire' });
    const ld = claimReview(claim, site);
    expect(ld.itemReviewed.firstAppearance.url).toBe('https://first.example/aleppo');
    expect(ld.itemReviewed.appearance.map((a) => a.url)).toEqual([
      'https://first.example/aleppo',
      'https://second.example/story',
    ]);

    const article = (await getPublicArticle(linked.articleSlug))!;
    expect(article.claims).toEqual([
      expect.objectContaining({ slug: 'sohr-100-civilians', spanStart: p.start, spanEnd: p.end }),
    ]);
    const home = await listHomeArticles();
    expect(home.find((a) => a.slug === linked.articleSlug)?.claims[0]?.check?.slug).toBe('sohr-100-civilians');

    const audit = await db.auditEvent.findFirst({ where: { action: 'claim.linkAppearance', entityId: o.figure.id } });
    expect(audit?.actorId).toBe(reviewer.id);
    expect((await db.claim.findUniqueOrThrow({ where: { id: o.figure.id } })).version).toBe(2);
  });

  it('counts two outlets relaying one monitor as one independent source', async () => {
    const o = await origin();
    const reviewer = await createUser('reviewer');
    for (const [outlet, title] of [
      [o.wire, 'Wire'],
      [o.paper, 'Paper'],
    ] as const) {
      const text = `${title}: 100 civilians were killed in Aleppo.`;
      const article = await db.article.create({
        data: { slug: `relay-${outlet.slug}`, title, publisher: outlet.name, body: text },
      });
      const version = (await db.claim.findUniqueOrThrow({ where: { id: o.figure.id } })).version;
      await linkAppearance(
        {
          articleId: article.id,
          start: 0,
          end: text.length,
          claimId: o.figure.id,
          version,
          claimantId: outlet.id,
          citesSourceId: o.sohr.id,
        },
        reviewer,
      );
    }
    const claim = (await getPublicClaim('sohr-100-civilians'))!;
    expect(claim.appearances.map((a) => [a.claimant, a.cites])).toEqual([
      ['Wire Agency', 'Syrian Observatory for Human Rights'],
      ['The Daily Paper', 'Syrian Observatory for Human Rights'],
    ]);
    expect(claim.independentSources).toBe(1);
  });

  it('proposes the relayed source from "citing", and linking with it counts the monitor, not the outlet', async () => {
    const o = await origin();
    const reviewer = await createUser('reviewer');
    const body =
      'More than 120 civilians have been killed in eastern Aleppo in ten days, the Wire Agency reported, citing the Syrian Observatory.';
    const { id, proposalAt } = await imported(body, reviewer);
    const p = proposalAt('More than 120')!;
    expect(p.relay).toEqual({
      primary: { name: 'Syrian Observatory for Human Rights', sourceId: o.sohr.id, isNew: false },
      via: { name: 'Wire Agency', sourceId: o.wire.id, isNew: false },
      cue: 'citing',
    });
    // The outlet carried the Observatory's figure: the figure rule matches through the relayed source.
    expect(p.matches).toEqual([expect.objectContaining({ claimId: o.figure.id })]);
    const form = relayDefaults(p);
    expect(form).toMatchObject({ claimantId: o.wire.id, citesSourceId: o.sohr.id });
    await linkAppearance(
      {
        articleId: id,
        start: p.start,
        end: p.end,
        claimId: o.figure.id,
        version: 1,
        claimantId: form.claimantId,
        citesSourceId: form.citesSourceId,
        attribution: p.attribution ?? '',
      },
      reviewer,
    );
    const claim = (await getPublicClaim('sohr-100-civilians'))!;
    expect(claim.appearances.map((a) => [a.claimant, a.cites])).toEqual([
      ['Wire Agency', 'Syrian Observatory for Human Rights'],
    ]);
    expect(claim.independentSources).toBe(1);
  });

  it('pre-fills the outlet as claimant when the article names the monitor first ("…, the Observatory said, according to Y")', async () => {
    const o = await origin();
    const reviewer = await createUser('reviewer');
    const body =
      'At least 100 civilians were killed in Aleppo over the past ten days, the Syrian Observatory said, according to the Wire Agency.';
    const { proposalAt } = await imported(body, reviewer);
    const p = proposalAt('At least 100')!;
    expect(p.relay?.primary.sourceId).toBe(o.sohr.id);
    expect(relayDefaults(p)).toMatchObject({ claimantId: o.wire.id, citesSourceId: o.sohr.id });
    // A plain "said" relays nothing, and the form starts from the detected claimant alone.
    const plain = await imported(
      'At least 100 civilians were killed in Aleppo over the past ten days, the Syrian Observatory said.',
      reviewer,
    );
    const q = plain.proposalAt('At least 100')!;
    expect(q.relay).toBeUndefined();
    expect(relayDefaults(q)).toMatchObject({ claimantId: o.sohr.id, citesSourceId: '' });
  });

  it('refuses a stale version, a taken span, a span outside the article and a retracted check, writing nothing', async () => {
    const o = await origin();
    const reviewer = await createUser('reviewer');
    const text = '100 civilians were killed in Aleppo, the Observatory said.';
    const article = await db.article.create({
      data: { slug: 'another', title: 'Another', publisher: 'Another', body: text },
    });
    const link = (extra: Record<string, unknown>) =>
      linkAppearance(
        { articleId: article.id, start: 0, end: 35, claimId: o.figure.id, version: 1, claimantId: '', ...extra },
        reviewer,
      ).then(
        () => 'linked',
        (error) => (isAppError(error) ? error.userMessage : String(error)),
      );
    expect(await link({ end: 999 })).toMatch(/outside the article/);
    expect(await link({ version: 7 })).toMatch(/./);
    expect(await link({ articleId: o.article.id, start: 0, end: 10 })).toBe(
      'This check already appears in this article.',
    );
    expect(await link({ citesSourceId: 'nope-nope-nope' })).toBe('Please correct the highlighted fields.');
    expect(await db.appearance.count()).toBe(0);
    expect(await link({})).toBe('linked');
    expect(await link({ version: 2, claimId: o.quote.id, start: 5, end: 20 })).toBe(
      'This part of the article is already linked to a check.',
    );
    await db.claim.update({ where: { id: o.quote.id }, data: { stage: 'retracted' } });
    expect(await link({ version: 1, claimId: o.quote.id, start: 40, end: 50 })).toMatch(/retracted/);
    expect(await db.appearance.count()).toBe(1);
  });
});

describe('what readers see of unpublished appearances', () => {
  it('an article that only repeats an unpublished claim is not public', async () => {
    const o = await origin();
    const reviewer = await createUser('reviewer');
    const text = '"We will not let the city fall," Assad said.';
    const article = await db.article.create({ data: { slug: 'echo', title: 'Echo', publisher: 'Echo', body: text } });
    await linkAppearance(
      { articleId: article.id, start: 0, end: 31, claimId: o.quote.id, version: 1, claimantId: o.assad.id },
      reviewer,
    );
    expect(await getPublicArticle('echo')).toBeNull();
    expect((await listHomeArticles()).some((a) => a.slug === 'echo')).toBe(false);
  });
});

describe('the comparison counts primary sources', () => {
  it('reads two outlets carrying one source as one source, not two that agree', async () => {
    const o = await origin();
    const sana = await db.source.create({ data: { slug: 'sana', name: 'SANA', kind: 'state_media', aliases: [] } });
    const figureClaim = async (slug: string, publisher: string, claimantId: string, min: number) => {
      const text = `${min} civilians were killed in Aleppo, ${publisher} reported.`;
      const article = await db.article.create({
        data: { slug: `${slug}-article`, title: slug, publisher, body: text },
      });
      const claim = await db.claim.create({
        data: {
          slug,
          articleId: article.id,
          spanStart: 0,
          spanEnd: text.length,
          quote: text,
          statement: text,
          kind: 'casualty',
          claimantId,
          stage: 'published',
          publishedAt: new Date(),
          figures: {
            create: {
              outcome: 'killed',
              victimGroup: 'civilians',
              min,
              max: null,
              qualifier: 'at least',
              place: 'Aleppo',
            },
          },
        },
        include: { figures: true },
      });
      return claim.figures[0]!.id;
    };
    // The Wire's story names the Observatory as who made the claim: its primary source.
    const sohrFigure = await db.figure.findFirstOrThrow({ where: { claimId: o.figure.id } });
    const wireFigure = await figureClaim('wire-110', 'Wire Agency', o.sohr.id, 110);
    const members = [sohrFigure.id, wireFigure];
    await db.comparison.create({
      data: {
        slug: 'aleppo-count',
        question: 'How many civilians were killed in Aleppo?',
        stage: 'published',
        publishedAt: new Date(),
        members: { create: members.map((figureId, position) => ({ figureId, position })) },
      },
    });
    const echo = (await getPublicComparison('aleppo-count'))!;
    expect(echo.members.map((m) => m.source)).toEqual([
      'Syrian Observatory for Human Rights',
      'Syrian Observatory for Human Rights',
    ]);
    expect(echo.automatic.independentSources).toBe(1);
    expect(echo.automatic.reading).toBe('undetermined');
    expect(echo.automatic.reasons.join(' ')).toMatch(/come from the same primary source/);

    const sanaFigure = await figureClaim('sana-120', 'SANA', sana.id, 120);
    await db.comparisonMember.create({
      data: {
        comparisonId: (await db.comparison.findUniqueOrThrow({ where: { slug: 'aleppo-count' } })).id,
        figureId: sanaFigure,
        position: 2,
      },
    });
    const two = (await getPublicComparison('aleppo-count'))!;
    expect(two.automatic.independentSources).toBe(2);
    expect(two.automatic.reading).toBe('consistent');
  });
});
