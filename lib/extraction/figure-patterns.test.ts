import { describe, expect, it } from 'vitest';
import { casualtiesIn } from './casualties';
import { findInvented as find, inventedClaims as claims } from './invented';

// Sixth round of issue 16: how a count attaches to its group and outcome, each rule with
// invented sentences (no passage of the labelled news set). See docs/decisions/028.

const whole = (text: string) => ({ start: 0, end: text.length });
const figures = (text: string) =>
  casualtiesIn(text, whole(text)).figures.map(
    (f) => `${f.outcome} ${f.victimGroup} ${f.min}-${f.max ?? ''}${f.partOf ? ` of ${f.partOf}` : ''}`,
  );

describe('the group a count names', () => {
  it('counts more kinds of people, singly and in numbers', () => {
    // ("including children" counts none, and does not make the 12 children.)
    expect(figures('the strike killed 12 citizens, including children')).toEqual(['killed citizens 12-12']);
    expect(figures('five of our colleagues from the relief society were killed')).toEqual(['killed colleagues 5-5']);
    expect(figures('a passer-by was killed by the blast')).toEqual(['killed passers-by 1-1']);
    expect(figures('a Danish citizen had been killed by shrapnel')).toEqual(['killed citizens 1-1']);
    expect(figures('the police shot dead two of the militiamen')).toEqual(['killed militiamen 2-2']);
    expect(figures('30 schoolgirls were kidnapped from the dormitory')).toEqual(['detained schoolgirls 30-30']);
  });

  it('ends the counted noun phrase at a comma', () => {
    expect(figures('of the 21 killed, 15 were women')).toEqual(['killed people 21-21', 'killed women 15-15']);
  });

  it('reads the group a few words on, through names, and takes the head of two group words', () => {
    expect(figures('troops killed 17 Red Hand (RH) insurgents in the ambush')).toEqual(['killed insurgents 17-17']);
    expect(figures('14 family members had been killed when the shell hit')).toEqual(['killed members 14-14']);
    // A preposition ends the phrase: no group is read out of "in the attack on the students".
    expect(figures('nine were killed in the attack on the students')).toEqual(['killed people 9-9']);
  });

  it('keeps two groups joined by "and" as one group, but not two counted groups', () => {
    expect(figures('at least nine peacekeepers and accompanying civilians were injured')).toEqual([
      'injured peacekeepers and accompanying civilians 9-',
    ]);
    expect(figures('the blast wounded nine other soldiers and civilians')).toEqual([
      'injured soldiers and civilians 9-9',
    ]);
    expect(figures('three women and seven men were killed')).toEqual(['killed women 3-3', 'killed men 7-7']);
  });

  it('reads "several other X" as X, and "several other injured" as the group before', () => {
    expect(figures('a mine killed five guards and wounded several other Chadian troops')).toEqual([
      'killed guards 5-5',
      'injured troops 2-',
    ]);
    expect(figures('Not fewer than 20 soldiers have been killed and several other injured')).toEqual([
      'killed soldiers 20-',
      'injured soldiers 2-',
    ]);
  });

  it('does not count the attackers as victims of the killing they did', () => {
    expect(figures('Dozens of gunmen attacked the post, killing four policemen')).toEqual(['killed policemen 4-4']);
    // Passive: the count is the victim.
    expect(figures('Dozens of gunmen were killed, the army said')).toEqual(['killed gunmen 24-']);
  });
});

describe('the outcome a count has', () => {
  it('reads the words that tell a death without "killed"', () => {
    expect(figures('the villagers counted at least 29 corpses')).toEqual(['killed people 29-']);
    expect(figures('they took part in the burial of no fewer than 11 persons')).toEqual(['killed persons 11-']);
    expect(figures('troops neutralised 12 bandits')).toEqual(['killed bandits 12-12']);
    expect(figures('At least seven troops were martyred in the ambush')).toEqual(['killed troops 7-']);
    expect(figures('We lost more than a dozen soldiers')).toEqual(['killed soldiers 13-']);
    expect(figures('the rebellion has claimed tens of thousands of lives')).toEqual(['killed people 20000-']);
    expect(figures('the strikes cut short the lives of 32 children')).toEqual(['killed children 32-32']);
    expect(figures('the forced displacement of at least 120 people')).toEqual(['displaced people 120-']);
  });

  it('gives "another 23 people" the outcome of the count before it', () => {
    expect(figures('the raids killed 19 people in the city and another 23 people in the town')).toEqual([
      'killed people 19-19',
      'killed people 23-23',
    ]);
  });

  it('reads an earlier count given beside the new one ("up from", "down from")', () => {
    expect(figures('160 people were confirmed dead, up from 150 in the morning')).toEqual([
      'killed people 160-160',
      'killed people 150-150',
    ]);
  });

  it('reads the toll a count changed from as a figure of its own', () => {
    expect(figures('the death toll climbed from 140 to 152')).toEqual([
      'killed people 152-152',
      'killed people 140-140',
    ]);
  });

  it('reads an outcome word before the group as its adjective, and a single as its own group', () => {
    expect(figures('there are now at least 2 million internally displaced people')).toEqual([
      'displaced people 2000000-',
    ]);
    expect(figures('an officer and 11 soldiers were wounded in action')).toEqual([
      'injured officers 1-1',
      'injured soldiers 11-11',
    ]);
  });

  it('counts "a man and woman" and "another man and woman" as two persons each', () => {
    expect(figures('the bodies of a man and a woman were found, while another man and woman were injured')).toEqual([
      'killed men 1-1',
      'killed women 1-1',
      'injured men 1-1',
      'injured women 1-1',
    ]);
    const story = 'The bodies of a man and a woman were found, while another man and woman were injured in the blast.';
    expect(find('bodies', story)?.figures).toHaveLength(4);
  });

  it('finds a toll named far from its number', () => {
    expect(figures('The death toll from the clashes in the northern port city of Harbin has risen to 27')).toEqual([
      'killed people 27-27',
    ]);
    expect(figures('officials said the toll could be between 20 and 25')).toEqual(['killed people 20-25']);
  });

  it('keeps the parts of a list going past a part it does not count', () => {
    expect(
      figures('Among the dead were eight officers, including a police colonel, four women and at least eight children'),
    ).toEqual([
      'killed officers 8-8',
      'killed colonels 1-1 of officers',
      'killed women 4-4 of officers',
      'killed children 8- of officers',
    ]);
  });
});

describe('the claim a count belongs to', () => {
  it('keeps ", while four were wounded" with the clause that names the group', () => {
    expect(find('two soldiers died', 'Only two soldiers died, while four were wounded in the clash.')?.figures).toEqual(
      ['killed soldiers 2-2', 'injured soldiers 4-4'],
    );
    // A clause with a group of its own stays a claim of its own.
    const own = claims('A shell wounded several people, while at least three people were killed in the village.');
    expect(own.map((c) => c.figures)).toEqual([['injured people 2-'], ['killed people 3-']]);
  });

  it('runs a claim on past "X said," in the middle of it', () => {
    const story = 'Gunmen ambushed a convoy near the border on Friday, officials said, killing nine in the attack.';
    expect(find('ambushed', story)).toMatchObject({ claimant: 'officials', figures: ['killed people 9-9'] });
  });

  it('finds a count after a scene-setting opener and "as of"', () => {
    const story = 'With snow complicating relief efforts, as of Monday almost 3,000 people were living in shelters.';
    expect(find('3,000', story)?.figures).toEqual(['displaced people 2700-3000']);
  });
});

describe('claimants left by the fifth round', () => {
  it('gives what follows ", saying that" to the subject of the sentence', () => {
    const story = 'Governor Ana Ruiz defended the curfew, saying that the roads were not safe at night.';
    expect(find('the roads were not safe', story)?.claimant).toBe('Ana Ruiz');
    // After an act of speech, to its speaker.
    const act = 'The ministry condemned the raid, saying it had hit a school.';
    expect(find('it had hit a school', act)?.claimant).toBe('ministry');
  });

  it('names two speakers joined by "and" by their full names', () => {
    const story = [
      'Tomas Berg, the mayor, and Lena Holm, the envoy, toured the port on Monday.',
      'In separate statements, both Berg and Holm expressed condolences to the families.',
    ];
    expect(find('condolences', ...story)?.claimant).toBe('Tomas Berg and Lena Holm');
    // A name with an initial: "Hilde F. Johnson".
    const initial = [
      'Secretary-general Ban Ki-moon and his envoy, Ada K. Moss, condemned the raid.',
      'Both Ban and Moss expressed condolences to the families.',
    ];
    expect(find('condolences to the families', ...initial)?.claimant).toBe('Ban Ki-moon and Ada K. Moss');
  });
});
