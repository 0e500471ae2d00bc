import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelledArticle, type LabelledArticle } from '@/lib/datasets/labelled-article';
import { claimantMatches, evaluate, spanOverlap } from './evaluate';
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
    ['John Kerry', 'Staffan de Mistura', false],
    ['Al Jazeera', null, false],
  ])('%s vs %s → %s', (label, proposed, expected) => expect(claimantMatches(label, proposed)).toBe(expected));
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
