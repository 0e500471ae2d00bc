import { beforeEach, describe, expect, it } from 'vitest';
import { setVerdict } from '@/lib/claims/verdict';
import { approveClaim, publishClaim, retractClaim, submitForReview } from '@/lib/claims/transitions';
import { addMember, createComparison, setReading } from '@/lib/comparisons/edit';
import {
  approveComparison,
  publishComparison,
  retractComparison,
  submitComparison,
} from '@/lib/comparisons/transitions';
import { readPolicy, savePolicy } from '@/lib/corrections/policy';
import { DEFAULT_CORRECTIONS_POLICY } from '@/lib/corrections/default-policy';
import { POLICY_MAX_CHARS } from '@/lib/corrections/schemas';
import { db } from '@/lib/db';
import { buildCheckRss, checkEvents, findFollowedCheck } from '@/lib/publishing/check-feed';
import { buildCorrectionsRss, listPublicCorrections } from '@/lib/publishing/corrections';
import { buildRss, listFeedItems } from '@/lib/publishing/feed';
import { revalidateCorrectionsPolicy } from '@/lib/publishing/revalidate';
import { site } from '@/lib/publishing/site';
import { discardClaimCorrection, prepareClaimCorrection, publishClaimCorrection } from '@/lib/workflow/corrections';
import { createArticle, createClaim, createFigure, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// The corrections page's list and feed, and each check's own feed, read from the workflow's
// real steps: only what an editor published shows, newest first, with its public note.
beforeEach(resetDb);

type Person = Awaited<ReturnType<typeof createUser>>;

async function publishedClaim(reviewer: Person, editor: Person, statement: string) {
  const claim = await createClaim({ statement });
  const ids = { claimId: claim.id };
  let v = (await setVerdict({ ...ids, version: 1, verdictKey: 'verified', reason: 'Internal: fits' }, reviewer))
    .version;
  v = (await submitForReview({ ...ids, version: v }, reviewer)).version;
  v = (await approveClaim({ ...ids, version: v }, editor)).version;
  v = (await publishClaim({ ...ids, version: v, reason: 'Internal: second read' }, editor)).version;
  return { claim, ids, version: v };
}

async function publishedComparison(reviewer: Person, editor: Person, question: string) {
  const { comparisonId } = await createComparison({ question, figureId: (await createFigure()).id }, reviewer);
  let v = (await addMember({ comparisonId, version: 1, figureId: (await createFigure()).id }, reviewer)).version;
  v = (await setReading({ comparisonId, version: v, reviewerReading: 'consistent', reviewerNote: 'Fits.' }, reviewer))
    .version;
  v = (await submitComparison({ comparisonId, version: v }, reviewer)).version;
  v = (await approveComparison({ comparisonId, version: v }, editor)).version;
  v = (await publishComparison({ comparisonId, version: v }, editor)).version;
  const { slug } = await db.comparison.findUniqueOrThrow({ where: { id: comparisonId } });
  return { comparisonId, slug, version: v };
}

const itemTitles = (xml: string) => [...xml.matchAll(/<item><title>([^<]*)<\/title>/g)].map((m) => m[1]);

describe('the corrections page', () => {
  it('lists published corrections and retractions, newest first, with their notes; nothing pending or discarded', async () => {
    const [reviewer, editor, other] = [
      await createUser('reviewer'),
      await createUser('editor'),
      await createUser('editor'),
    ];
    const corrected = await publishedClaim(reviewer, editor, 'Corrected claim <b>& co</b>');
    const pending = await publishedClaim(reviewer, editor, 'Claim with a pending correction');
    const discarded = await publishedClaim(reviewer, editor, 'Claim with a discarded correction');
    const comparison = await publishedComparison(reviewer, editor, 'How many were killed in the test?');

    const correctionNote = 'We had the count wrong: the report says <twelve> & more.';
    let v = (
      await prepareClaimCorrection(
        {
          ...corrected.ids,
          version: corrected.version,
          verdictKey: 'partly_true',
          reason: 'Internal: recount',
          publicNote: correctionNote,
        },
        reviewer,
      )
    ).version;
    await publishClaimCorrection({ ...corrected.ids, version: v }, editor);
    await prepareClaimCorrection(
      {
        ...pending.ids,
        version: pending.version,
        verdictKey: 'false',
        reason: 'Internal: pending',
        publicNote: 'PENDING-NOTE',
      },
      reviewer,
    );
    v = (
      await prepareClaimCorrection(
        {
          ...discarded.ids,
          version: discarded.version,
          verdictKey: 'false',
          reason: 'Internal: maybe',
          publicNote: 'DISCARDED-NOTE',
        },
        reviewer,
      )
    ).version;
    await discardClaimCorrection({ ...discarded.ids, version: v, reason: 'Internal: not needed' }, other);
    const retractionNote = 'Retracted: the two figures count different towns.';
    await retractComparison(
      {
        comparisonId: comparison.comparisonId,
        version: comparison.version,
        reason: 'Internal: wrong towns',
        publicNote: retractionNote,
      },
      editor,
    );

    const list = await listPublicCorrections();
    expect(list).toEqual([
      expect.objectContaining({
        kind: 'retracted',
        note: retractionNote,
        check: expect.objectContaining({ type: 'comparison', slug: comparison.slug }),
      }),
      expect.objectContaining({
        kind: 'corrected',
        note: correctionNote,
        verdictBefore: 'Verified',
        verdictAfter: 'Partly true / misleading',
        check: expect.objectContaining({ type: 'claim', slug: corrected.claim.slug }),
      }),
    ]);
    expect(list[0].at > list[1].at).toBe(true);

    const xml = buildCorrectionsRss(list, site);
    expect(xml).toContain('<rss version="2.0"');
    expect(itemTitles(xml)).toEqual([
      'Retracted comparison: How many were killed in the test?',
      'Corrected check: Corrected claim &lt;b&gt;&amp; co&lt;/b&gt;',
    ]);
    expect(xml).toContain('We had the count wrong: the report says &lt;twelve&gt; &amp; more.');
    expect(xml).toContain(`<link>${site.baseUrl}/comparisons/${comparison.slug}</link>`);
    const everything = JSON.stringify(list) + xml;
    for (const hidden of ['PENDING-NOTE', 'DISCARDED-NOTE', 'Internal:', reviewer.email, editor.name, other.name]) {
      expect(everything).not.toContain(hidden);
    }
  });

  it('leaves out corrections of an item readers cannot see', async () => {
    const draft = await createClaim({ stage: 'approved' });
    await db.auditEvent.create({
      data: { action: 'claim.correct', entityType: 'claim', entityId: draft.id, publicNote: 'DRAFT-NOTE' },
    });
    expect(await listPublicCorrections()).toEqual([]);
    expect(buildCorrectionsRss([], site)).not.toContain('<item>');
  });
});

describe('a check’s own feed', () => {
  it('follows a claim: published, corrected, retracted, newest first, with the notes and no pending step', async () => {
    const [reviewer, editor] = [await createUser('reviewer'), await createUser('editor')];
    const { claim, ids, version } = await publishedClaim(reviewer, editor, 'A claim to follow');
    let v = (
      await prepareClaimCorrection(
        {
          ...ids,
          version,
          verdictKey: 'partly_true',
          reason: 'Internal: recount',
          publicNote: 'Corrected: the count.',
        },
        reviewer,
      )
    ).version;
    v = (await publishClaimCorrection({ ...ids, version: v }, editor)).version;
    const check = (await findFollowedCheck('claim', claim.slug))!;
    let events = await checkEvents(check);
    expect(events.map((e) => [e.kind, e.note])).toEqual([
      ['corrected', 'Corrected: the count.'],
      ['published', null],
    ]);
    await prepareClaimCorrection(
      { ...ids, version: v, verdictKey: 'false', reason: 'Internal: again', publicNote: 'PENDING-NOTE' },
      reviewer,
    );
    expect((await checkEvents(check)).map((e) => e.kind)).toEqual(['corrected', 'published']);
    v = (await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version;
    await retractClaim(
      { ...ids, version: v, reason: 'Internal: misread', publicNote: 'Retracted: we misread it.' },
      editor,
    );
    events = await checkEvents(check);
    expect(events.map((e) => [e.kind, e.note])).toEqual([
      ['retracted', 'Retracted: we misread it.'],
      ['corrected', 'Corrected: the count.'],
      ['published', null],
    ]);
    const xml = buildCheckRss(check, events, site);
    expect(itemTitles(xml)).toEqual([
      'Retracted: the verdict no longer stands: A claim to follow',
      'Corrected: verdict changed from Verified to Partly true / misleading: A claim to follow',
      'Published with the verdict Verified: A claim to follow',
    ]);
    expect(xml).toContain(`<atom:link href="${site.baseUrl}/claims/${claim.slug}/feed.xml" rel="self"`);
    expect(new Set([...xml.matchAll(/<guid[^>]*>([^<]*)</g)].map((m) => m[1])).size).toBe(3);
    for (const hidden of ['PENDING-NOTE', 'Internal:', editor.name, reviewer.email]) expect(xml).not.toContain(hidden);
  });

  it('follows a comparison, and has no feed for a draft', async () => {
    const [reviewer, editor] = [await createUser('reviewer'), await createUser('editor')];
    const comparison = await publishedComparison(reviewer, editor, 'A comparison to follow');
    await retractComparison(
      {
        comparisonId: comparison.comparisonId,
        version: comparison.version,
        reason: 'Internal',
        publicNote: 'Withdrawn.',
      },
      editor,
    );
    const check = (await findFollowedCheck('comparison', comparison.slug))!;
    expect((await checkEvents(check)).map((e) => [e.kind, e.note])).toEqual([
      ['retracted', 'Withdrawn.'],
      ['published', null],
    ]);
    const draft = await createClaim();
    expect(await findFollowedCheck('claim', draft.slug)).toBeNull();
    expect(await findFollowedCheck('claim', 'no-such-claim')).toBeNull();
  });

  it('says when another article repeats the claim, linking that article', async () => {
    const [reviewer, editor] = [await createUser('reviewer'), await createUser('editor')];
    const { claim } = await publishedClaim(reviewer, editor, 'A claim that appears again');
    const other = await createArticle({ title: 'The flood, a day on', publisher: 'The Other Paper' });
    const q = other.body.indexOf('12 people');
    await db.appearance.create({
      data: { claimId: claim.id, articleId: other.id, spanStart: q, spanEnd: q + 9, quote: '12 people' },
    });
    const check = (await findFollowedCheck('claim', claim.slug))!;
    const events = await checkEvents(check);
    expect(events.map((e) => e.kind)).toEqual(['appearance', 'published']);
    const xml = buildCheckRss(check, events, site);
    expect(itemTitles(xml)[0]).toBe(
      'Also reported by The Other Paper (The flood, a day on): A claim that appears again',
    );
    expect(xml).toContain(`<link>${site.baseUrl}/articles/${other.slug}</link>`);
  });
});

describe('the site feed', () => {
  it('carries published comparisons beside checks, and no draft comparison', async () => {
    const [reviewer, editor] = [await createUser('reviewer'), await createUser('editor')];
    await publishedClaim(reviewer, editor, 'A published claim');
    const comparison = await publishedComparison(reviewer, editor, 'A published comparison');
    await createComparison({ question: 'A draft comparison', figureId: (await createFigure()).id }, reviewer);
    const xml = buildRss(await listFeedItems(), site);
    expect(itemTitles(xml).sort()).toEqual(['Comparison: A published comparison', 'Verified: A published claim']);
    expect(xml).toContain(`<guid isPermaLink="true">${site.baseUrl}/comparisons/${comparison.slug}</guid>`);
    expect(xml).not.toContain('A draft comparison');
  });
});

describe('the corrections policy', () => {
  it('is the default text until an admin saves one; each save is audited and reported as a public change', async () => {
    expect(await readPolicy()).toMatchObject({ body: DEFAULT_CORRECTIONS_POLICY, version: 0, isDefault: true });
    expect(DEFAULT_CORRECTIONS_POLICY).toContain('## How to ask for a correction');
    const admin = await createUser('admin');
    const body = '## Our policy\n\nWe correct errors of fact openly.';
    expect(await savePolicy({ body, version: '0' }, admin)).toEqual({ version: 1, changed: true });
    expect(await readPolicy()).toMatchObject({ body, version: 1, isDefault: false });
    const events = await db.auditEvent.findMany({ where: { action: 'policy.update' } });
    expect(events).toEqual([
      expect.objectContaining({ actorId: admin.id, entityType: 'page', entityId: 'corrections', after: { body } }),
    ]);
    // The same text again changes nothing and records nothing.
    expect(await savePolicy({ body, version: '1' }, admin)).toEqual({ version: 1, changed: false });
    expect(await db.auditEvent.count({ where: { action: 'policy.update' } })).toBe(1);

    const changes = await db.publicChange.count();
    await revalidateCorrectionsPolicy();
    expect(await db.publicChange.findMany({ skip: changes })).toEqual([
      expect.objectContaining({ entity: 'page', slug: 'corrections' }),
    ]);
  });

  it('refuses editors, stale versions, blank and overlong text, and writes nothing', async () => {
    const [admin, editor] = [await createUser('admin'), await createUser('editor')];
    await expect(savePolicy({ body: 'Editor text', version: '0' }, editor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(savePolicy({ body: '   ', version: '0' }, admin)).rejects.toMatchObject({
      fieldErrors: { body: 'Write the policy, or keep the default text.' },
    });
    await expect(savePolicy({ body: 'x'.repeat(POLICY_MAX_CHARS + 1), version: '0' }, admin)).rejects.toMatchObject({
      fieldErrors: { body: `Use at most ${POLICY_MAX_CHARS.toLocaleString('en')} characters.` },
    });
    await expect(savePolicy({ body: 'Text', version: 'x' }, admin)).rejects.toMatchObject({
      fieldErrors: { version: expect.stringMatching(/Reload the page/) },
    });
    expect(await db.publicText.count()).toBe(0);
    await savePolicy({ body: 'First admin’s text', version: '0' }, admin);
    await expect(savePolicy({ body: 'Second admin’s text', version: '0' }, admin)).rejects.toMatchObject({
      code: 'conflict',
      userMessage: expect.stringMatching(/Someone saved the policy since you opened it/),
    });
    expect((await readPolicy()).body).toBe('First admin’s text');
    expect(await db.auditEvent.count({ where: { action: 'policy.update' } })).toBe(1);
  });
});
