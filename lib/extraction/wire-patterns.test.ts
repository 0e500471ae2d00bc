import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

// Fifth round of issue 16: general patterns of wire and release copy, each with invented
// sentences (no passage of the labelled news set). See docs/decisions/028.

const claims = (...paragraphs: string[]) =>
  extractClaims(paragraphs.join('\n\n'), { publisher: 'Harbour Gazette' }).map((p) => ({
    text: p.text,
    claimant: p.claimant?.name ?? null,
    behalf: p.claimant?.onBehalfOf ?? null,
    figures: p.figures.map((f) => `${f.outcome} ${f.victimGroup} ${f.min}-${f.max ?? ''}`),
  }));
const find = (text: string, ...paragraphs: string[]) => claims(...paragraphs).find((c) => c.text.includes(text));

describe('speakers named in the ways wire copy names them', () => {
  it('keeps a rank written short inside the name ("Maj. Gen.")', () => {
    const story = ['"We pushed on," said a statement from army spokesman Maj. Gen. Tomas Berg on Sunday night.'];
    expect(find('We pushed on', ...story)?.claimant).toBe('Tomas Berg');
  });

  it('reads "according to him" as the last person who spoke', () => {
    const story = ['Governor Lena Holm confirmed the raid.', 'According to him, the raid took place at dawn.'];
    expect(find('the raid took place', ...story)?.claimant).toBe('Lena Holm');
  });

  it('does not read "WHO" in capitals as the pronoun', () => {
    expect(find('fuel', 'WHO warned that the clinics were running out of fuel.')?.claimant).toBe('WHO');
  });

  it('gives "a statement released Friday" to the last speaker, never to the day', () => {
    const story = [
      'Secretary-General Ana Ruiz condemned the raid.',
      'A statement released Friday said she regretted the violence.',
    ];
    expect(find('regretted', ...story)?.claimant).toBe('Ana Ruiz');
  });

  it('reads stance verbs as the speaker’s claims', () => {
    expect(find('loss of life', 'The harbour council lamented the loss of life.')?.claimant).toBe('harbour council');
    expect(find('its support', 'The Security Council reiterated its support for the mission.')?.claimant).toBe(
      'Security Council',
    );
    expect(find('condolences', 'The coast guard expressed its condolences to the families.')?.claimant).toBe(
      'coast guard',
    );
  });

  it('keeps an affiliation on its own line: "A WHO spokesperson, X," speaks for WHO', () => {
    const story = [
      'The clinic closed on Tuesday.',
      'A WHO spokesperson, Tarik Olsen, said contact with staff was lost.',
    ];
    const claim = find('contact with staff', ...story);
    expect(claim?.claimant).toBe('Tarik Olsen');
    expect(claim?.behalf).toBe('WHO');
  });

  it('takes the name before an appositive left unclosed', () => {
    expect(
      find('yards away', 'Omar Haddad, a trader in the market estimated that he was 200 yards away.')?.claimant,
    ).toBe('Omar Haddad');
  });

  it('drops a descriptor before an inverted speaker: “…,” said trader X', () => {
    expect(find('no exit', '“There is no exit,” said trader Ali Rahimi.')?.claimant).toBe('Ali Rahimi');
  });

  it('does not make an honorific the given name ("Mr Berg" is Piet Berg)', () => {
    const story = [
      'The spokesperson, Piet Berg, confirmed the attack.',
      'Mr Berg further stated that the station burned.',
    ];
    expect(find('station burned', ...story)?.claimant).toBe('Piet Berg');
  });

  it('reads "according to the Office … (ABC)," with its short form', () => {
    const claim = find('mortar fire', 'According to the Office for Coastal Affairs (OCA), mortar fire hit the queue.');
    expect(claim?.claimant).toBe('Office for Coastal Affairs (OCA)');
  });

  it('drops a sentence adverb or a time before the subject', () => {
    expect(find('rejected the deal', 'However the harbour union has rejected the deal.')?.claimant).toBe(
      'harbour union',
    );
    expect(
      find('drone attack', 'Early Thursday, the Defence Ministry said it had stopped a drone attack.')?.claimant,
    ).toBe('Defence Ministry');
  });

  it('names the person a lead called "an army spokesman" when the next paragraph names them by rank', () => {
    const story = [
      'Troops repelled an attack on the port, an army spokesman said on Monday.',
      'Colonel Ivo Maras said the attackers fled.',
    ];
    expect(find('repelled an attack', ...story)?.claimant).toBe('Ivo Maras');
  });

  it('reads a role held in a long-named body as one subject', () => {
    const sentence =
      'The president of the International Council of Harbour Pilots (ICHP) on Friday urged governments to act.';
    expect(find('urged governments', sentence)?.claimant).toContain('International Council of Harbour Pilots');
  });

  it('reads "voiced solidarity" as a stance taken', () => {
    expect(find('solidarity', 'The foreign ministry voiced solidarity with the families.')?.claimant).toBe(
      'foreign ministry',
    );
  });

  it('reads "dismissed the claim" as a stance taken', () => {
    expect(
      find('dismissed', 'The mission said 12 people died, but the government dismissed the claim.')?.claimant,
    ).toBe('government');
  });

  it('gives a standfirst in the present tense ("…, officials say") to the publisher', () => {
    const story = ['Storm floods harbour district', 'Officials say the damage could rise.', 'The storm hit on Monday.'];
    expect(find('damage could rise', ...story)?.claimant).toBe('Harbour Gazette');
  });
});

describe('casualty figures written the ways news writes them', () => {
  it.each([
    ['Police said four of their officers were killed in the raid.', 'killed officers 4-4'],
    ['Six of the wounded were peacekeepers.', 'injured peacekeepers 6-6'],
    ['A farmer saw at least 10 people slaughtered by the gunmen.', 'killed people 10-'],
    [
      'The death toll from the storm that flattened the coastal villages on Monday passed 200 on Tuesday.',
      'killed people 201-',
    ],
    ['Hundreds of health care workers were killed in attacks.', 'killed workers 200-'],
    ['The ambulance service said it was treating six people.', 'injured people 6-6'],
    ['The attack claimed the lives of 30 villagers.', 'killed villagers 30-30'],
    ['More than 100 people remain unaccounted for.', 'missing people 101-'],
  ])('%s → %s', (sentence, figure) => {
    expect(claims(sentence).flatMap((c) => c.figures)).toContain(figure);
  });

  it('goes on with the group after "another"', () => {
    const figures = claims('The governor said 42 militants were killed and another 30 were wounded.')[0].figures;
    expect(figures).toEqual(['killed militants 42-42', 'injured militants 30-30']);
  });

  it('counts each person named singly in a list', () => {
    const figures = claims('A civilian and a policeman were injured in the blast.')[0].figures;
    expect(figures).toEqual(['injured civilians 1-1', 'injured policemen 1-1']);
  });

  it('counts "a woman" from her own article, and no family in "members of one family"', () => {
    expect(claims('A shell killed a woman and her two children.')[0].figures).toEqual([
      'killed women 1-1',
      'killed children 2-2',
    ]);
    expect(claims('The strike killed 9 members of one family.')[0].figures).toEqual(['killed members 9-9']);
  });

  it('reads a headline toll that "passes" a number as more than it', () => {
    const story = ['Quake toll passes 200', 'Rescuers kept digging on Tuesday.', 'More aftershocks hit the coast.'];
    expect(claims(...story)[0].figures).toEqual(['killed people 201-']);
  });
});
