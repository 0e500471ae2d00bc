import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LabelledClaim } from '@/lib/datasets/labelled-article';
import { readComparison, type ComparisonFigure } from './compare';
import { parseFigure } from './parse-figure';

// The three comparisons of the labelled Aleppo article, built from the seed file the way
// the demo seed builds them, and read by the general rules (nothing here is special-cased
// in lib/figures).

type SeedClaim = Pick<LabelledClaim, 'id' | 'claimant' | 'figures'>;
type Seed = { claims: SeedClaim[]; comparisons: { id: string; members: string[] }[] };

const seed: Seed = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'prisma/seed/aleppo-claims.json'), 'utf8'));

/** Every figure of the article, with partOf resolved to a figure id. */
function seedFigures(): Map<string, ComparisonFigure & { claimId: string }> {
  const all = seed.claims.flatMap((claim, c) =>
    (claim.figures ?? []).map((f, i) => ({ claim, c, f, id: `${claim.id}#${i}` })),
  );
  const resolve = (claim: SeedClaim, c: number, id: string, victims: string) => {
    const same = all.find((x) => x.claim === claim && x.id !== id && x.f.victims === victims && !x.f.partOf);
    if (same) return same.id;
    // A total, not another part: sohr-100-shelling belongs to the 250, not to the 145 before it.
    const earlier = all.filter(
      (x) => x.c < c && x.claim.claimant === claim.claimant && x.f.victims === victims && !x.f.partOf,
    );
    return earlier.at(-1)?.id;
  };
  return new Map(
    all.map(({ claim, c, f, id }) => [
      id,
      {
        id,
        claimId: claim.id,
        source: claim.claimant,
        outcome: f.outcome,
        victimGroup: f.victims,
        min: f.min,
        max: f.max,
        place: f.place ?? null,
        period: f.period ?? null,
        cause: f.cause ?? null,
        partOfId: f.partOf ? resolve(claim, c, id, f.partOf) : null,
      },
    ]),
  );
}

const figures = seedFigures();
const membersOf = (comparisonId: string) => {
  const members = seed.comparisons.find((c) => c.id === comparisonId)!.members;
  return [...figures.values()].filter((f) => members.includes(f.claimId));
};

describe('the seed figures', () => {
  it('resolve each part to the civilians total it belongs to', () => {
    const total = figures.get('sohr-250-civilians#0')!;
    expect(total.partOfId).toBeNull();
    for (const id of ['sohr-250-civilians#1', 'sohr-250-civilians#2', 'sohr-145-airstrikes#0', 'sohr-100-shelling#0'])
      expect(figures.get(id)!.partOfId).toBe(total.id);
  });

  it('state the ranges parseFigure gives for their qualifiers', () => {
    expect(parseFigure('more than 250')).toEqual({ min: 251, max: null, qualifier: 'more than' });
    for (const claim of seed.claims)
      for (const f of claim.figures ?? [])
        if (f.qualifier !== 'exact') expect(parseFigure(`${f.qualifier} ${f.min}`)?.qualifier).toBe(f.qualifier);
  });
});

describe('the seed comparisons', () => {
  it('reads the three ten-day civilian death tolls as overlapping and consistent', () => {
    // Only the Observatory's total, not its breakdown: the three top-level ten-day figures.
    const members = membersOf('aleppo-civilian-deaths-10-days').filter((f) => !f.partOfId);
    expect(members.map((f) => f.id).sort()).toEqual([
      'activists-200-civilians#0',
      'hundreds-killed#0',
      'sohr-250-civilians#0',
    ]);
    const result = readComparison(members);
    expect(result.reading).toBe('consistent');
    expect(result.pairs).toHaveLength(3);
    expect(result.pairs.every((p) => p.overlap.overlaps)).toBe(true);
    expect(result.reasons[0]).toContain('all allow at least 251');
  });

  it("reads the Observatory's breakdown as parts that fit its total", () => {
    const result = readComparison(membersOf('sohr-breakdown'));
    expect(result.reading).toBe('consistent');
    expect(result.pairs).toEqual([]);
    const bySplit = Object.fromEntries(result.breakdowns.map((b) => [b.splitBy.join('+'), b]));
    expect(bySplit['victimGroup']).toMatchObject({ sum: { min: 80, max: 80 }, fits: true });
    expect(bySplit['cause+place']).toMatchObject({ sum: { min: 245, max: null }, fits: true });
    expect(result.breakdowns.every((b) => b.wholeId === 'sohr-250-civilians#0')).toBe(true);
    expect(result.reasons.join(' ')).toContain('(145 civilians + at least 100 civilians) add up to at least 245');
  });

  it('reads the Observatory against SANA as differing in period and place', () => {
    const result = readComparison(membersOf('deaths-in-government-held-aleppo'));
    expect(result.reading).toBe('differ_in_scope');
    const [pair] = result.pairs;
    expect(pair.overlap).toEqual({ overlaps: false, gap: 94 });
    expect(pair.differIn).toEqual(expect.arrayContaining(['period', 'place']));
    const gap = result.reasons.find((r) => r.includes('do not overlap'))!;
    expect(gap).toMatch(/at least 100 civilians killed/);
    expect(gap).toMatch(/SANA .*6 civilians killed/);
    expect(gap).toContain('period (10 days to Sunday vs reported Sunday)');
    expect(gap).toMatch(/place \(regime-controlled areas of Aleppo vs al-Midan/);
    // SANA's injured figure has no rival: it is set aside, not compared with the dead.
    expect(result.notCompared).toEqual(['sana-6-killed-40-injured#1']);
    expect(result.reasons.join(' ')).toMatch(/40 civilians injured is not compared by number/);
  });

  it("flips to a conflict when SANA's dead are given the Observatory's scope", () => {
    const members = membersOf('deaths-in-government-held-aleppo');
    const observatory = members.find((f) => f.source.startsWith('Syrian Observatory'))!;
    const { period, place, cause } = observatory;
    const rescoped = members.map((f) => (f.id === 'sana-6-killed-40-injured#0' ? { ...f, period, place, cause } : f));
    const result = readComparison(rescoped);
    expect(result.reading).toBe('conflict');
    expect(result.pairs[0]).toMatchObject({ reading: 'conflict', differIn: [] });
    expect(result.reasons[0]).toContain('nothing in their scope explains the gap');
  });
});
