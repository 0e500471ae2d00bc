import { prepareComparisonCorrection, publishComparisonCorrection } from '@/lib/workflow/corrections';
import { beforeEach, describe, expect, it } from 'vitest';
import { addMember, createComparison, moveMember, removeMember, setQuestion, setReading } from '@/lib/comparisons/edit';
import {
  approveComparison,
  publishComparison,
  retractComparison,
  submitComparison,
  withdrawComparison,
} from '@/lib/comparisons/transitions';
import { db } from '@/lib/db';
import { saveFigure } from '@/lib/figures/save';
import { getPublicComparison } from '@/lib/publishing/comparison';
import { createFigure, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

beforeEach(() => resetDb());

const reading = { reviewerReading: 'differ_in_scope', reviewerNote: 'They count different weeks.' } as const;

async function memberIds(comparisonId: string) {
  const members = await db.comparisonMember.findMany({ where: { comparisonId }, orderBy: { position: 'asc' } });
  return members.map((m) => m.figureId);
}

describe('building a comparison', () => {
  it('starts from a figure, takes figures from other claims and articles, and keeps their order', async () => {
    const reviewer = await createUser('reviewer');
    const [a, b, c] = [
      await createFigure({ min: 251 }),
      await createFigure({ min: 201 }),
      await createFigure({ min: 6, max: 6 }),
    ];
    const { comparisonId } = await createComparison(
      { question: 'How many civilians were killed in Aleppo in ten days?', figureId: a.id },
      reviewer,
    );
    let v = 1;
    v = (await addMember({ comparisonId, version: v, figureId: b.id }, reviewer)).version;
    v = (await addMember({ comparisonId, version: v, figureId: c.id }, reviewer)).version;
    expect(await memberIds(comparisonId)).toEqual([a.id, b.id, c.id]);
    await expect(addMember({ comparisonId, version: v, figureId: b.id }, reviewer)).rejects.toMatchObject({
      fieldErrors: { figureId: 'This figure is already in the comparison.' },
    });
    v = (await moveMember({ comparisonId, version: v, figureId: c.id, direction: 'up' }, reviewer)).version;
    expect(await memberIds(comparisonId)).toEqual([a.id, c.id, b.id]);
    v = (await removeMember({ comparisonId, version: v, figureId: a.id }, reviewer)).version;
    expect(await memberIds(comparisonId)).toEqual([c.id, b.id]);

    const comparison = await db.comparison.findUniqueOrThrow({ where: { id: comparisonId } });
    expect(comparison).toMatchObject({ slug: 'how-many-civilians-were-killed-in-aleppo-in-ten-days', version: v });
    const events = await db.auditEvent.findMany({ where: { entityId: comparisonId }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => e.action)).toEqual([
      'comparison.create',
      'comparison.addFigure',
      'comparison.addFigure',
      'comparison.reorder',
      'comparison.removeFigure',
    ]);
    expect(JSON.stringify(events[1]!.after)).toContain('at least 201 civilians killed');
  });

  it('refuses bad input and writes nothing', async () => {
    const reviewer = await createUser('reviewer');
    await expect(createComparison({ question: '   ' }, reviewer)).rejects.toMatchObject({
      fieldErrors: { question: 'Write the question the comparison answers.' },
    });
    await expect(createComparison({ question: 'Q?', figureId: 'no-such-figure' }, reviewer)).rejects.toMatchObject({
      fieldErrors: { figureId: 'This figure no longer exists.' },
    });
    const { comparisonId } = await createComparison({ question: 'How many?' }, reviewer);
    await expect(
      setReading({ comparisonId, version: 1, reviewerReading: 'maybe', reviewerNote: 'n' }, reviewer),
    ).rejects.toMatchObject({ fieldErrors: { reviewerReading: 'Choose one of the three readings.' } });
    await expect(
      setReading({ comparisonId, version: 1, reviewerReading: 'conflict', reviewerNote: '' }, reviewer),
    ).rejects.toMatchObject({ fieldErrors: { reviewerNote: 'Explain the reading in a note readers will see.' } });
    expect(await db.comparison.findUniqueOrThrow({ where: { id: comparisonId } })).toMatchObject({
      version: 1,
      reviewerReading: 'undetermined',
    });
    expect(await db.auditEvent.count({ where: { entityId: comparisonId } })).toBe(1);
  });

  it('refuses a save based on an old version, naming who saved first', async () => {
    const [rana, sami] = [await createUser('reviewer', { name: 'Rana Reviewer' }), await createUser('reviewer')];
    const { comparisonId } = await createComparison({ question: 'How many?' }, rana);
    await setQuestion({ comparisonId, version: 1, question: 'How many civilians?' }, rana);
    const refused = setQuestion({ comparisonId, version: 1, question: 'How many people?' }, sami);
    await expect(refused).rejects.toMatchObject({
      code: 'conflict',
      details: { changedBy: 'Rana Reviewer', saved: { question: 'How many civilians?' } },
    });
    await expect(refused).rejects.toThrow(/changed by Rana Reviewer at/);
  });
});

describe('publishing a comparison', () => {
  it('needs two figures and a reading, a second reader to publish, and is recorded step by step', async () => {
    const [reviewer, editor, otherEditor] = [
      await createUser('reviewer'),
      await createUser('editor'),
      await createUser('editor'),
    ];
    const first = await createFigure({ min: 251 });
    const { comparisonId } = await createComparison({ question: 'Ten days in Aleppo', figureId: first.id }, reviewer);
    let v = 1;
    await expect(submitComparison({ comparisonId, version: v }, reviewer)).rejects.toThrow(
      'Set our reading of the figures before sending the comparison for review.',
    );
    v = (await setReading({ comparisonId, version: v, ...reading }, reviewer)).version;
    await expect(submitComparison({ comparisonId, version: v }, reviewer)).rejects.toThrow(
      'A comparison needs at least two figures side by side.',
    );
    v = (await addMember({ comparisonId, version: v, figureId: (await createFigure({ min: 201 })).id }, reviewer))
      .version;
    v = (await submitComparison({ comparisonId, version: v }, reviewer)).version;
    await expect(approveComparison({ comparisonId, version: v }, reviewer)).rejects.toMatchObject({
      code: 'forbidden',
    });
    v = (await approveComparison({ comparisonId, version: v }, editor)).version;

    // The editor re-reads it: now they set the reading, so someone else must publish.
    v = (await setReading({ comparisonId, version: v, ...reading, reviewerReading: 'consistent' }, editor)).version;
    expect((await db.comparison.findUniqueOrThrow({ where: { id: comparisonId } })).stage).toBe('in_review');
    v = (await approveComparison({ comparisonId, version: v }, otherEditor)).version;
    await expect(publishComparison({ comparisonId, version: v }, editor)).rejects.toThrow(
      'You set this reading, so another editor must publish it (second read).',
    );
    const slug = (await db.comparison.findUniqueOrThrow({ where: { id: comparisonId } })).slug;
    expect(await getPublicComparison(slug)).toBeNull();
    const published = await publishComparison({ comparisonId, version: v }, otherEditor);
    expect(published).toMatchObject({ isPublic: true, comparisonSlug: slug });
    v = published.version;

    const page = await getPublicComparison(slug);
    expect(page).toMatchObject({
      status: 'published',
      reviewerReading: 'consistent',
      reviewerNote: reading.reviewerNote,
    });
    expect(page!.members).toHaveLength(2);

    // Published: edits are refused, and so is changing a figure readers see in it.
    await expect(setQuestion({ comparisonId, version: v, question: 'Changed' }, reviewer)).rejects.toThrow(
      'A published comparison is changed only by a correction or a retraction.',
    );
    await expect(
      saveFigure(
        {
          claimId: first.claimId,
          version: 1,
          figureId: first.id,
          outcome: 'killed',
          victimGroup: 'civilians',
          min: '1',
          max: '',
          qualifier: 'at least',
        },
        reviewer,
      ),
    ).rejects.toThrow(/part of the published comparison “Ten days in Aleppo” and cannot change/);

    const events = await db.auditEvent.findMany({
      where: { entityType: 'comparison', entityId: comparisonId },
      orderBy: { createdAt: 'asc' },
      include: { actor: { select: { id: true } } },
    });
    expect(events.map((e) => [e.action, e.actor?.id])).toEqual([
      ['comparison.create', reviewer.id],
      ['comparison.reading', reviewer.id],
      ['comparison.addFigure', reviewer.id],
      ['comparison.submit', reviewer.id],
      ['comparison.approve', editor.id],
      ['comparison.reading', editor.id],
      // The approval was for the old reading: the event says why it went back to review.
      ['comparison.reopen', editor.id],
      ['comparison.approve', otherEditor.id],
      ['comparison.publish', otherEditor.id],
    ]);
  });

  it('corrects a published reading with a public note, and retracts with one', async () => {
    const [reviewer, editor] = [await createUser('reviewer'), await createUser('editor')];
    const { comparisonId } = await createComparison({ question: 'Q', figureId: (await createFigure()).id }, reviewer);
    let v = (await addMember({ comparisonId, version: 1, figureId: (await createFigure()).id }, reviewer)).version;
    v = (await setReading({ comparisonId, version: v, ...reading }, reviewer)).version;
    v = (await submitComparison({ comparisonId, version: v }, reviewer)).version;
    await expect(withdrawComparison({ comparisonId, version: v }, reviewer)).rejects.toMatchObject({
      fieldErrors: { reason: 'Say why the comparison goes back to draft.' },
    });
    v = (await approveComparison({ comparisonId, version: v }, editor)).version;
    v = (await publishComparison({ comparisonId, version: v }, editor)).version;

    const correction = { reason: 'Periods overlap after all', publicNote: 'We had the periods wrong.' };
    await expect(
      prepareComparisonCorrection({ comparisonId, version: v, ...reading, ...correction }, editor),
    ).rejects.toMatchObject({ fieldErrors: { reviewerNote: expect.stringMatching(/neither changed/) } });
    await expect(
      prepareComparisonCorrection(
        { comparisonId, version: v, ...reading, reviewerReading: 'conflict', reason: 'r', publicNote: '' },
        editor,
      ),
    ).rejects.toMatchObject({ fieldErrors: { publicNote: 'Write the correction note readers will see.' } });
    v = (
      await prepareComparisonCorrection(
        {
          comparisonId,
          version: v,
          reviewerReading: 'conflict',
          reviewerNote: 'They cannot both be true.',
          ...correction,
        },
        reviewer,
      )
    ).version;
    const slug = (await db.comparison.findUniqueOrThrow({ where: { id: comparisonId } })).slug;
    // Prepared, not published: readers still see the published reading and no notice.
    expect(await getPublicComparison(slug)).toMatchObject({
      status: 'published',
      reviewerReading: reading.reviewerReading,
      notices: [],
    });
    v = (await publishComparisonCorrection({ comparisonId, version: v }, editor)).version;
    expect(await getPublicComparison(slug)).toMatchObject({
      status: 'published',
      reviewerReading: 'conflict',
      notices: [{ kind: 'correction', note: 'We had the periods wrong.' }],
    });

    await retractComparison(
      { comparisonId, version: v, reason: 'Sources withdrawn', publicNote: 'Both sources withdrew their figures.' },
      editor,
    );
    expect(await getPublicComparison(slug)).toMatchObject({
      status: 'retracted',
      notices: [
        { kind: 'correction', note: 'We had the periods wrong.' },
        { kind: 'retraction', note: 'Both sources withdrew their figures.' },
      ],
    });
  });
});
