import { beforeEach, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/articles/import';
import { rejectProposal } from '@/lib/articles/reject';
import { loadArticleReview } from '@/lib/articles/review';
import { defaultStatement, nestFigures } from '@/lib/articles/schemas';
import { createClaim } from '@/lib/claims/create';
import { db } from '@/lib/db';
import { ensureDefaultVerdicts } from '@/lib/verdicts';
import { createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

beforeEach(async () => {
  await resetDb();
  await ensureDefaultVerdicts(db);
});

const meta = { title: 'Flood in Riverton', publisher: 'The Test Times', url: 'https://example.org/flood' };
const body = [
  'Flood waters swept through Riverton on Tuesday.',
  'At least 12 people were killed in the flood, the mayor said. "We have never seen water rise this fast," said Mayor Ana Ruiz.',
  'According to the Red Cross, more than 300 families were displaced by the flood.',
].join('\n\n');

const noRows = async () => {
  expect(await db.article.count()).toBe(0);
  expect(await db.claim.count()).toBe(0);
  expect(await db.auditEvent.count()).toBe(0);
};

/** What the proposal form sends when accepted as proposed. */
function accepted(articleId: string, p: NonNullable<Awaited<ReturnType<typeof loadArticleReview>>>['proposals'][0]) {
  return {
    articleId,
    start: p.start,
    end: p.end,
    statement: p.statement,
    kind: p.kind,
    claimantId: p.claimantId,
    newClaimantName: p.claimant?.isNew ? p.claimant.name : undefined,
    attribution: p.attribution ?? '',
    figures: p.figures.map((f) => ({ ...f, periodText: f.period })),
  };
}

describe('article import', () => {
  it('imports an article, accepts two proposals and rejects one, which is not proposed again', async () => {
    const reviewer = await createUser('reviewer');
    const { id } = await importArticle({ ...meta, body: body.replace(/\n/g, '\r\n') }, reviewer);
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article).toMatchObject({ ...meta, body, importedById: reviewer.id, slug: 'flood-in-riverton' });
    // The same title from another address gets its own slug (the same address is a new version: article-versions.test.ts).
    const again = await importArticle({ ...meta, url: 'https://example.org/flood-elsewhere', body }, reviewer);
    expect(again.slug).toMatch(/^flood-in-riverton-/);

    const review = (await loadArticleReview(id))!;
    const casualty = review.proposals.find((p) => p.text.startsWith('At least 12 people'))!;
    const displaced = review.proposals.find((p) => p.text.includes('300 families'))!;
    const quote = review.proposals.find((p) => p.kind === 'quote')!;
    expect(casualty.statement).toBe('At least 12 people were killed in the flood');

    const first = await createClaim({ ...accepted(id, casualty), newClaimantKind: 'official' }, reviewer);
    const second = await createClaim(
      { ...accepted(id, displaced), statement: 'More than 300 families displaced, says the Red Cross' },
      reviewer,
    );
    await rejectProposal({ articleId: id, start: quote.start, end: quote.end }, reviewer);

    const claims = await db.claim.findMany({
      where: { articleId: id },
      include: { figures: true, claimant: true },
      orderBy: { spanStart: 'asc' },
    });
    expect(claims.map((c) => c.id)).toEqual([first.id, second.id]);
    expect(claims[0]).toMatchObject({
      quote: 'At least 12 people were killed in the flood',
      kind: 'casualty',
      attribution: 'said',
      createdById: reviewer.id,
      // The lead's "the mayor" is the mayor the next sentence names (issue 16).
      claimant: { name: 'Ana Ruiz', kind: 'official' },
      figures: [{ outcome: 'killed', victimGroup: 'people', min: 12, max: null, qualifier: 'at least' }],
    });
    expect(claims[1]).toMatchObject({
      statement: 'More than 300 families displaced, says the Red Cross',
      claimant: { name: 'Red Cross', kind: 'other' },
      figures: [{ outcome: 'displaced', victimGroup: 'families', min: 301, qualifier: 'more than' }],
    });
    for (const c of claims) expect(body.slice(c.spanStart, c.spanEnd)).toBe(c.quote);

    const after = (await loadArticleReview(id))!;
    expect(after.claims).toHaveLength(2);
    const spans = after.proposals.map((p) => `${p.start}-${p.end}`);
    for (const p of [casualty, displaced, quote]) expect(spans).not.toContain(`${p.start}-${p.end}`);
    expect(after.segments.map((s) => s.text).join('')).toBe(body);

    const actions = await db.auditEvent.findMany({ orderBy: { createdAt: 'asc' }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(
      [
        'article.create',
        'article.create',
        'claim.create',
        'claim.create',
        'proposal.reject',
        'source.create',
        'source.create',
      ].sort(),
    );
  });

  it('makes a claim from any selection inside the article, and refuses a span outside it', async () => {
    const reviewer = await createUser('reviewer');
    const { id } = await importArticle({ ...meta, body }, reviewer);
    const start = body.indexOf('Flood waters');
    const claim = await createClaim(
      { articleId: id, start, end: start + 12, statement: 'Flood waters', kind: 'event', claimantId: '' },
      reviewer,
    );
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).quote).toBe('Flood waters');
    await expect(
      createClaim({ articleId: id, start: start, end: start + 12, statement: 'Again', kind: 'event' }, reviewer),
    ).rejects.toThrow('This span is already a claim.');
    await expect(
      createClaim({ articleId: id, start: 10, end: body.length + 5, statement: 'Outside', kind: 'event' }, reviewer),
    ).rejects.toThrow(`falls outside the article (0–${body.length})`);
    await expect(
      createClaim({ articleId: id, start: 20, end: 20, statement: 'Empty', kind: 'event' }, reviewer),
    ).rejects.toThrow('is empty');
    expect(await db.claim.count()).toBe(1);
  });

  it('creates a claim with its figures and new source all or nothing', async () => {
    const reviewer = await createUser('reviewer');
    const { id } = await importArticle({ ...meta, body }, reviewer);
    await expect(
      createClaim(
        nestFigures({
          articleId: id,
          start: '0',
          end: '10',
          statement: 'Bad figure',
          kind: 'casualty',
          claimantId: 'new',
          newClaimantName: 'Someone New',
          'figures.0.keep': 'on',
          'figures.0.outcome': 'killed',
          'figures.0.victimGroup': 'people',
          'figures.0.min': '12',
          'figures.0.max': '3',
          'figures.0.qualifier': 'exact',
          'figures.1.outcome': 'killed',
        }),
        reviewer,
      ),
    ).rejects.toMatchObject({ fieldErrors: { 'figures.0.max': 'The highest number is below the lowest.' } });
    expect(await db.claim.count()).toBe(0);
    expect(await db.source.count()).toBe(0);
  });

  it.each([
    ['an empty body', { body: '  \n ' }, 'Paste the article text or choose a file.'],
    ['a 5 MB paste', { body: 'x'.repeat(5_000_000) }, 'The text is 5.0 MB; articles can be at most 1 MB of text.'],
    [
      'a binary file named .txt',
      { file: { name: 'article.txt', bytes: new Uint8Array([0x48, 0x69, 0x00, 0xff, 0xfe, 0x00]) } },
      'This file is not text',
    ],
    [
      'invalid UTF-8 in a .txt',
      { file: { name: 'article.txt', bytes: new Uint8Array([0x48, 0xc3, 0x28, 0x69]) } },
      'This file is not text',
    ],
    [
      'a PDF',
      { file: { name: 'article.pdf', bytes: new TextEncoder().encode('%PDF') } },
      'Choose a .txt, .md or .html file.',
    ],
    ['a URL that is not http', { url: 'javascript:alert(1)', body }, 'Please correct the highlighted fields.'],
  ])('refuses %s with a clear message and writes nothing', async (_name, input, message) => {
    const reviewer = await createUser('reviewer');
    await expect(importArticle({ ...meta, ...input }, reviewer)).rejects.toThrow(message);
    await noRows();
  });

  it('reduces an HTML file full of scripts to its text, keeping paragraphs', async () => {
    const reviewer = await createUser('reviewer');
    const html = `<!doctype html><html><head><title>x</title><style>p{color:red}</style>
      <script>var secret = "SCRIPT-TEXT";</script></head><body>
      <script src="x.js">SCRIPT-TEXT-2</script><h1>Flood in Riverton</h1>
      <p>At least 12 people were <b>killed</b> in the flood, the mayor said.</p>
      <noscript>NOSCRIPT-TEXT</noscript><img src=x onerror="alert('IMG-TEXT')">
      <p>Second <a href="javascript:alert(1)">paragraph</a>.</p><script>alert("SCRIPT-TEXT-3")</script></body></html>`;
    const { id } = await importArticle(
      { ...meta, file: { name: 'flood.HTML', bytes: new TextEncoder().encode(html) } },
      reviewer,
    );
    const stored = (await db.article.findUniqueOrThrow({ where: { id } })).body;
    expect(stored).toBe(
      'Flood in Riverton\n\nAt least 12 people were killed in the flood, the mayor said.\n\nSecond paragraph.',
    );
    expect(stored).not.toMatch(/SCRIPT|NOSCRIPT|IMG|alert|javascript/);
  });

  it('imports a Markdown file verbatim', async () => {
    const reviewer = await createUser('reviewer');
    const md = '# Flood\n\n*At least* 12 people were killed.\n';
    const { id } = await importArticle(
      { ...meta, file: { name: 'a.md', bytes: new TextEncoder().encode(`\uFEFF${md}`) } },
      reviewer,
    );
    expect((await db.article.findUniqueOrThrow({ where: { id } })).body).toBe(md);
  });
});

describe('defaultStatement', () => {
  it('keeps short text and cuts long text at a word, under 75 characters', () => {
    expect(defaultStatement('  "We have never seen\n water rise this fast,"  ')).toBe(
      'We have never seen water rise this fast',
    );
    const long = defaultStatement(
      'More than 250 civilians, including 49 children, have been killed in Aleppo in the past ten days of bombing',
    );
    expect(long.length).toBeLessThanOrEqual(75);
    expect(long).toBe('More than 250 civilians, including 49 children, have been killed in Aleppo…');
  });
});
