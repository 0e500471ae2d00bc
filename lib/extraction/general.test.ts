import { describe, expect, it } from 'vitest';
import { findInvented as find, inventedClaims as claims } from './invented';

// General kinds of error from issue 16, each written from its description with invented
// sentences (no passage of the labelled news set): the rules must hold on any article.

describe('a name and its appositive before "said" are its subject', () => {
  it.each([
    ['Mohammed Ali, a doctor at the hospital, said the wounded kept arriving.', 'Mohammed Ali'],
    ['Anna Berg, 42, said the water had been cut for a week.', 'Anna Berg'],
    ['Omar Haddad, who runs the clinic, said the generator failed.', 'Omar Haddad'],
  ])('%s → %s', (sentence, speaker) => {
    const [claim] = claims(sentence);
    expect(claim.claimant).toBe(speaker);
    expect(sentence.endsWith(`${claim.text}.`)).toBe(true);
  });

  it('still reads "C, said the ministry" as the ministry’s', () => {
    expect(find('Four people died', 'Four people died in the fire, said the regional ministry.')?.claimant).toBe(
      'regional ministry',
    );
  });

  it('carries that speaker to the quotations that follow', () => {
    const story = [
      'Mohammed Ali, a doctor at the hospital, said the wounded kept arriving.',
      '“We have no more beds,” he said.',
      '“The children are the worst.”',
    ];
    expect(find('no more beds', ...story)?.claimant).toBe('Mohammed Ali');
    expect(find('children are the worst', ...story)?.claimant).toBe('Mohammed Ali');
  });
});

describe('figures written as ranges and with a glued multiplier', () => {
  it.each([
    ['Some 30 to 40 civilians were wounded, the hospital said.', 'injured civilians 27-44'],
    ['Around 30-40 people were killed in the raid.', 'killed people 27-44'],
    ['Between 30 and 40 people were killed, a witness said.', 'killed people 30-40'],
    ['About 1.2m people were displaced by the fighting.', 'displaced people 1080000-1320000'],
    ['Some 2.5M people have fled the country.', 'displaced people 2250000-2750000'],
  ])('%s → %s', (sentence, figure) => {
    const [claim] = claims(sentence);
    expect(claim.figures).toEqual([figure]);
    expect(sentence.startsWith(claim.text.slice(0, 8))).toBe(true);
  });

  it('does not read "5m" alone as five million', () => {
    expect(claims('Five people were killed when a 5m wall collapsed.')[0].figures).toEqual(['killed people 5-5']);
  });
});

describe('a title before its holder’s name', () => {
  it.each([
    ['The head of the agency, Maria Lopez, warned that hospitals were overwhelmed.', 'Maria Lopez'],
    ['The governor of the region, Oleh Marchenko, wrote on Telegram that three people were injured.', 'Oleh Marchenko'],
    ['A spokesman for the army, Ali Reza, said the convoy was hit.', 'Ali Reza'],
  ])('%s → %s', (sentence, speaker) => {
    expect(claims(sentence)[0].claimant).toBe(speaker);
  });

  it('keeps a body named with an appositive as the body', () => {
    expect(claims('The rights group, Amnesty International, said 12 people were detained.')[0].claimant).toBe(
      'rights group',
    );
  });
});

describe('counts whose group or verb is elsewhere', () => {
  it('gives "others" the group counted in the sentence before', () => {
    expect(
      find('Six others', 'Five civilians were killed in the strike on Tuesday. Six others were wounded.')?.figures,
    ).toEqual(['injured civilians 6-6']);
  });

  it('does not carry a group across paragraphs', () => {
    expect(find('Six others', 'Five civilians were killed on Tuesday.', 'Six others were wounded.')?.figures).toEqual([
      'injured people 6-6',
    ]);
  });

  it('finds the verb after a long aside between commas', () => {
    const sentence =
      '17 people, most of them women and children who had been sheltering in the basement of the building for days, were killed.';
    expect(claims(sentence)[0].figures).toEqual(['killed people 17-17']);
  });

  it('does not take an outcome noun after an aside for the count’s verb', () => {
    const sentence = 'Some 40 families, the ministry said on Sunday, have reported deaths from cholera.';
    expect(claims(sentence).flatMap((c) => c.figures)).toEqual([]);
  });
});

describe('organisation names with a bare "the"', () => {
  it('keeps "Save the Children" whole', () => {
    expect(claims('Save the Children said in a statement that 11 children were killed.')[0].claimant).toBe(
      'Save the Children',
    );
  });
});

describe('speech verbs other than "said" without "that"', () => {
  it('reads "Minister X insisted the talks would continue" as the minister’s', () => {
    expect(claims('Foreign Minister Piotr Nowak insisted the talks would continue.')[0]).toMatchObject({
      claimant: 'Piotr Nowak',
      text: 'the talks would continue',
    });
  });

  it('reads what an observer mission recorded or a monitor documented as theirs', () => {
    expect(claims('The monitoring mission recorded 120 explosions overnight.')[0].claimant).toBe('monitoring mission');
    expect(claims('The monitor documented the deaths of 40 civilians.')[0]).toMatchObject({
      claimant: 'monitor',
      figures: ['killed civilians 40-40'],
    });
  });

  it('leaves "recorded in the city" in the publisher’s voice, but not "confirmed on Tuesday 12 deaths"', () => {
    expect(claims('Temperatures recorded in the city were high.')[0].claimant).toBe('Harbour Gazette');
    expect(claims('The ministry confirmed on Tuesday 12 deaths in the village.')[0].claimant).toBe('ministry');
  });
});
