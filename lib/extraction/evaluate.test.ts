import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelledArticle, type LabelledArticle } from '@/lib/datasets/labelled-article';
import { readLabelledArticles } from '@/lib/datasets/read-labelled';
import {
  claimantMatches,
  claimantOrBehalfMatches,
  evaluate,
  labelsAsProposals,
  missesByKind,
  proposeAsImported,
  sameFigure,
  spanOverlap,
  totals,
} from './evaluate';
import { extractClaims } from './extract';
import type { Proposal } from './types';

describe('claimantMatches', () => {
  it.each([
    ['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights', true],
    ['SANA (Syrian state news agency)', 'SANA', true],
    ['James Bays (Al Jazeera)', 'James Bays', true],
    ['activists (photo caption)', 'activists', true],
    ['Al Jazeera (headline)', 'Al Jazeera', true],
    ['Syrian army and Russian defence ministry', 'Syrian army and the Russian defence ministry', true],
    ['Harbour office', 'harbour office.', true],
    ['John Kerry', 'Kerry', true],
    ['Ravina Shamdasani (OHCHR)', 'OHCHR', true],
    ['Ravina Shamdasani (OHCHR)', 'the OHCHR spokesperson', false],
    ['Kachin Independence Army (KIA) and local media', 'KIA', true],
    ['Kachin Independence Army (KIA) and local media', 'Kachin Independence Army', true],
    ['Kachin Independence Army (KIA) and local media', 'Army', false],
    ['Save the Children staff', 'Save the Children', true],
    ['Save the Children staff', 'Children', false],
    ['harbour office', 'the harbour office spokesman', true],
    ['John Kerry', 'Staffan de Mistura', false],
    ['Al Jazeera', null, false],
  ])('%s vs %s → %s', (label, proposed, expected) => expect(claimantMatches(label, proposed)).toBe(expected));
});

describe('claimantOrBehalfMatches', () => {
  it('takes the organisation a person speaks for only where the label names both', () => {
    const claimant = { name: 'the spokesperson', isNew: true, onBehalfOf: 'OHCHR' };
    expect(claimantOrBehalfMatches('Ravina Shamdasani (OHCHR)', claimant)).toBe(true);
    expect(claimantOrBehalfMatches('OHCHR', claimant)).toBe(false);
    expect(claimantOrBehalfMatches('Ravina Shamdasani (OHCHR)', { name: 'Shamdasani', isNew: true })).toBe(true);
  });
});

describe('evaluate', () => {
  const article: LabelledArticle = {
    article: { file: 'x.txt', title: 'x', publisher: 'Gazette' },
    claims: [
      { id: 'a', kind: 'statement', claimant: 'Mayor', text: 'aaaaaaaaaa', start: 0, end: 10 },
      {
        id: 'b',
        kind: 'casualty',
        claimant: 'Police',
        text: 'bbbbbbbbbb',
        start: 20,
        end: 30,
        figures: [{ outcome: 'killed', victims: 'people', min: 3, max: null, qualifier: 'at least' }],
      },
    ],
    comparisons: [],
  };
  const proposal = (start: number, end: number, claimant: string, figures: Proposal['figures'] = []): Proposal => ({
    start,
    end,
    text: '',
    kind: 'statement',
    claimant: { name: claimant, isNew: true },
    attribution: null,
    figures,
    confidence: 0.5,
    reason: '',
  });

  it('matches spans overlapping by half the shorter one, one to one', () => {
    expect(spanOverlap({ start: 0, end: 10 }, { start: 5, end: 30 })).toBe(5);
    const result = evaluate(article, [
      proposal(4, 12, 'the mayor'),
      proposal(0, 3, 'Mayor'),
      proposal(24, 40, 'police'),
    ]);
    expect(result.matches.map((m) => [m.label.id, m.proposal.start])).toEqual([
      ['a', 4],
      ['b', 24],
    ]);
    expect(result.recall.rate).toBe(1);
    expect(result.precision).toEqual({ correct: 2, total: 3, rate: 2 / 3 });
    expect(result.falsePositives.map((p) => p.start)).toEqual([0]);
  });

  it('counts a figure only when outcome, victim group, min and max all agree', () => {
    const right = { outcome: 'killed' as const, victimGroup: 'people', min: 3, max: null, qualifier: 'at least' };
    const wrong = { ...right, max: 3 };
    expect(evaluate(article, [proposal(20, 30, 'Police', [right])]).figureRecall.rate).toBe(1);
    const off = evaluate(article, [proposal(20, 30, 'Police', [wrong])]);
    expect([off.figureRecall.rate, off.figurePrecision.rate]).toEqual([0, 0]);
    expect(evaluate(article, [proposal(20, 30, 'Army')]).claimantAccuracy.rate).toBe(0);
  });

  it('accepts any overlapping range for a lenient (vaguely worded) label, and only the exact one otherwise', () => {
    const dozens = { outcome: 'killed', victims: 'people', min: 24, max: null, qualifier: 'dozens' };
    const proposed = { outcome: 'killed' as const, victimGroup: 'people', min: 36, max: null, qualifier: 'dozens' };
    expect(sameFigure({ ...dozens, lenient: true }, proposed)).toBe(true);
    expect(sameFigure(dozens, proposed)).toBe(false);
    expect(sameFigure({ ...dozens, lenient: true }, { ...proposed, min: 10, max: 20 })).toBe(false);
    expect(sameFigure({ ...dozens, lenient: true }, { ...proposed, min: 10, max: 24 })).toBe(true);
    expect(sameFigure({ ...dozens, lenient: true }, { ...proposed, outcome: 'injured' })).toBe(false);
  });

  it('takes a victim group for the label when it is the label’s last words', () => {
    const label = { outcome: 'killed', victims: 'healthcare workers', min: 312, max: 312, qualifier: 'exact' };
    const proposed = { outcome: 'killed' as const, victimGroup: 'workers', min: 312, max: 312, qualifier: 'exact' };
    expect(sameFigure(label, proposed)).toBe(true);
    expect(sameFigure(label, { ...proposed, victimGroup: 'Healthcare Workers' })).toBe(true);
    expect(sameFigure(label, { ...proposed, victimGroup: 'healthcare' })).toBe(false);
    expect(sameFigure(label, { ...proposed, victimGroup: 'soldiers' })).toBe(false);
  });

  it('sorts wrong figures and claimants by what went wrong', () => {
    const figure = (outcome: 'killed' | 'injured', victimGroup: string, min: number, max: number | null) => ({
      outcome,
      victimGroup,
      min,
      max,
      qualifier: 'x',
    });
    const kinds = (proposals: Proposal[]) => {
      const found = missesByKind(article, evaluate(article, proposals));
      return { figures: found.figures.map((f) => f.kind), claimants: found.claimants.map((c) => c.kind) };
    };
    expect(kinds([proposal(0, 10, 'Mayor')])).toEqual({ figures: ['claim not found'], claimants: [] });
    expect(kinds([proposal(20, 30, 'Police')]).figures).toEqual(['no figure proposed']);
    expect(kinds([proposal(20, 30, 'Police', [figure('killed', 'soldiers', 3, null)])]).figures).toEqual([
      'victim group',
    ]);
    expect(kinds([proposal(20, 30, 'Police', [figure('injured', 'people', 3, null)])]).figures).toEqual(['outcome']);
    expect(kinds([proposal(20, 30, 'Police', [figure('killed', 'people', 4, 4)])]).figures).toEqual(['range']);
    expect(kinds([proposal(20, 30, 'Police', [figure('injured', 'soldiers', 9, 9)])]).figures).toEqual([
      'not among those proposed',
    ]);
    expect(kinds([proposal(20, 30, 'Gazette')]).claimants).toEqual(['publisher for a source']);
    expect(kinds([proposal(20, 30, 'Army')]).claimants).toEqual(['another source']);
    const noOne = { ...proposal(20, 30, 'x'), claimant: null };
    expect(kinds([noOne]).claimants).toEqual(['none']);
    const ownVoice = { ...article, claims: [{ ...article.claims[0], claimant: 'Gazette (headline)' }] };
    const found = missesByKind(ownVoice, evaluate(ownVoice, [proposal(0, 10, 'Police')]));
    expect(found.claimants.map((c) => c.kind)).toEqual(['a source for the publisher']);
  });

  it('reads a second labelling as proposals, so two labellings can be scored as the detector is', () => {
    const same = evaluate(article, labelsAsProposals(article));
    expect([same.recall.rate, same.precision.rate, same.figureRecall.rate, same.claimantAccuracy.rate]).toEqual([
      1, 1, 1, 1,
    ]);
    const spokesman = { ...article, claims: [{ ...article.claims[1], claimant: 'Ana Ruiz (Police)' }] };
    expect(evaluate(spokesman, labelsAsProposals(spokesman)).claimantAccuracy.rate).toBe(1);
    const other = {
      ...article,
      claims: [
        { ...article.claims[0], claimant: 'Governor' },
        { ...article.claims[1], figures: [{ ...article.claims[1].figures![0], min: 4 }] },
      ],
    };
    const scored = evaluate(article, labelsAsProposals(other));
    expect(scored.claimantAccuracy).toMatchObject({ correct: 1, total: 2 });
    expect(scored.figureRecall).toMatchObject({ correct: 0, total: 1 });
  });

  it('totals several articles micro-averaged: every claim counts once, whatever its article', () => {
    const small = evaluate(article, [proposal(0, 10, 'Mayor')]);
    const large = evaluate({ ...article, claims: [...article.claims, ...article.claims] }, []);
    const sum = totals([small, large]);
    expect(sum.recall).toEqual({ correct: 1, total: 6, rate: 1 / 6 });
    expect(sum.precision).toEqual({ correct: 1, total: 1, rate: 1 });
    expect(sum.figureRecall).toEqual({ correct: 0, total: 3, rate: 0 });
  });

  it('runs the detector as the import page does: the headline is the given publisher’s claim', () => {
    const body = 'Three killed in harbour blast\n\nThree people were killed on Monday, the harbour office said.\n';
    const labels: LabelledArticle = { ...article, article: { file: 'x.txt', title: 'x', publisher: 'The Gazette' } };
    const headline = proposeAsImported(labels, body).find((p) => p.start === 0);
    expect(headline?.claimant?.name).toBe('The Gazette');
  });
});

describe('the labelled Aleppo article (issue 7 targets)', () => {
  const labelsFile = path.join(process.cwd(), 'prisma/seed/aleppo-claims.json');
  const labels = labelledArticle.parse(JSON.parse(fs.readFileSync(labelsFile, 'utf8')));
  const body = fs.readFileSync(path.join(path.dirname(labelsFile), labels.article.file), 'utf8');
  // As a new article: no known sources, no publisher given.
  const result = evaluate(labels, extractClaims(body));

  it('finds at least 90% of the claims with at least 80% precision', () => {
    expect(result.recall.rate).toBeGreaterThanOrEqual(0.9);
    expect(result.precision.rate).toBeGreaterThanOrEqual(0.8);
  });

  it('gets all 11 figures exactly', () => {
    expect(result.figureRecall).toMatchObject({ correct: 11, total: 11 });
    expect(result.figurePrecision.rate).toBe(1);
  });

  it('names the right claimant for at least 90% of the claims it finds', () => {
    expect(result.claimantAccuracy.rate).toBeGreaterThanOrEqual(0.9);
  });
});

// The test half of the labelled news set (tests/fixtures/news/README.md): never tuned on.
// Its totals are held at a floor, the best scores the detector has reached on it (issue 16;
// raised after the first round of detector work, and after the fifth to eighth), so that a change that makes detection worse on unseen news fails here. The
// issue's targets (claim recall 0.90, precision 0.80, figure recall 0.90, claimant accuracy
// 0.85) replace these numbers once the detector reaches them.
describe('the labelled news test half (issue 16)', () => {
  const articles = readLabelledArticles([path.join(process.cwd(), 'tests/fixtures/news/test')]);
  const total = totals(articles.map(({ labels, body }) => evaluate(labels, proposeAsImported(labels, body))));

  it('holds 12 passages with their labels', () => {
    expect(articles).toHaveLength(12);
    expect(total.recall.total).toBe(112);
    expect(total.figureRecall.total).toBe(60);
  });

  it('finds the claims at least as well as it has done', () => {
    expect(total.recall.rate).toBeGreaterThanOrEqual(109 / 112);
    expect(total.precision.rate).toBeGreaterThanOrEqual(109 / 119);
  });

  it('gets the figures at least as well as it has done', () => {
    expect(total.figureRecall.rate).toBeGreaterThanOrEqual(44 / 60);
  });

  it('names the claimants at least as well as it has done', () => {
    expect(total.claimantAccuracy.rate).toBeGreaterThanOrEqual(81 / 109);
  });
});
