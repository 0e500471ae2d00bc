import { describe, expect, it } from 'vitest';
import { casualtiesIn } from './casualties';
import { scopeOf } from './scope';

const whole = (text: string) => ({ start: 0, end: text.length });
const figures = (text: string) =>
  casualtiesIn(text, whole(text)).figures.map((f) => [f.outcome, f.victimGroup, f.min, f.max, f.qualifier, f.partOf]);

describe('casualtiesIn', () => {
  it('reads digits and number words with their qualifiers, through lib/figures', () => {
    expect(figures('more than 300 villagers were killed')).toEqual([
      ['killed', 'villagers', 301, null, 'more than', undefined],
    ]);
    expect(figures('at least seven miners died')).toEqual([['killed', 'miners', 7, null, 'at least', undefined]]);
    expect(figures('hundreds of people were wounded')).toEqual([
      ['injured', 'people', 200, null, 'hundreds', undefined],
    ]);
    expect(figures('a shell wounded several students')).toEqual([
      ['injured', 'students', 2, null, 'several', undefined],
    ]);
    expect(figures('tens of protesters were detained')).toEqual([
      ['detained', 'protesters', 20, null, 'tens', undefined],
    ]);
    expect(figures('between 12 and 15 sailors are missing')).toEqual([
      ['missing', 'sailors', 12, 15, 'between', undefined],
    ]);
  });

  it('takes the outcome from the verb before the figure or the first one after it', () => {
    expect(figures('the blast injured 14 passengers and killed two')).toEqual([
      ['injured', 'passengers', 14, 14, 'exact', undefined],
      ['killed', 'people', 2, 2, 'exact', undefined],
    ]);
    expect(figures('nine soldiers were killed and 30 others hurt')).toEqual([
      ['killed', 'soldiers', 9, 9, 'exact', undefined],
      ['injured', 'soldiers', 30, 30, 'exact', undefined],
    ]);
    // A person named singly is a figure of one (tests/fixtures/news/README.md, labelling conventions).
    expect(figures('a child was among the dead')).toEqual([['killed', 'children', 1, 1, 'exact', undefined]]);
    expect(figures('twelve dead after the flood')).toEqual([['killed', 'people', 12, 12, 'exact', undefined]]);
  });

  it('carries the group to a count after "and" with its own participle or outcome word', () => {
    expect(figures('the jet shot at houses, killing 10 villagers and injuring five')).toEqual([
      ['killed', 'villagers', 10, 10, 'exact', undefined],
      ['injured', 'villagers', 5, 5, 'exact', undefined],
    ]);
    expect(figures('six civilians had been killed in the shelling of the town and 52 wounded')).toEqual([
      ['killed', 'civilians', 6, 6, 'exact', undefined],
      ['injured', 'civilians', 52, 52, 'exact', undefined],
    ]);
  });

  it('reads "the number of dead" and a number that "rises" as a count', () => {
    expect(figures('the number of dead rises to 120')).toEqual([['killed', 'people', 120, 120, 'exact', undefined]]);
    expect(figures('Number of refugees from the country rises above 2.5 million')).toEqual([
      ['displaced', 'refugees', 2_500_001, null, 'more than', undefined],
    ]);
  });

  it('makes the figures of an "including" list parts of the total before it', () => {
    expect(figures('62 refugees, including 20 children and 11 women, drowned and died at sea')).toEqual([
      ['killed', 'refugees', 62, 62, 'exact', undefined],
      ['killed', 'children', 20, 20, 'exact', 'refugees'],
      ['killed', 'women', 11, 11, 'exact', 'refugees'],
    ]);
  });

  it('ignores counts of things, times and dates', () => {
    expect(figures('tens of rockets hit the town over 3 days in March 2015, and 40 houses were damaged')).toEqual([]);
    expect(figures('the 10 ministers met on 4 May')).toEqual([]);
  });

  it('says where the first figure starts and whether it is the subject', () => {
    const text = 'after four hikers were killed';
    expect(casualtiesIn(text, whole(text))).toMatchObject({ first: 6, subjectFirst: true });
    const active = 'a landslide killed four hikers';
    expect(casualtiesIn(active, whole(active))).toMatchObject({ first: 19, subjectFirst: false });
  });
});

describe('scopeOf', () => {
  it('drafts place, cause and period from the claim and its sentence', () => {
    const sentence =
      'As of Friday, 30 people had been killed by air strikes on the Old Town district in the past 5 days';
    const claim = { start: sentence.indexOf('30'), end: sentence.length };
    const { times } = casualtiesIn(sentence, claim);
    expect(scopeOf(sentence, claim, whole(sentence), times)).toEqual({
      place: 'Old Town district',
      cause: 'air strikes',
      period: 'past 5 days to Friday',
    });
  });

  it('lists named neighbourhoods and keeps the modifiers of a weapon', () => {
    const text = 'two men were injured in mortar attacks on the suburbs of al-Nour and Bab Sharqi on Monday';
    const { times } = casualtiesIn(text, whole(text));
    expect(scopeOf(text, whole(text), whole(text), times)).toEqual({
      place: 'al-Nour and Bab Sharqi',
      cause: 'mortar attacks',
      period: 'Monday',
    });
  });
});
