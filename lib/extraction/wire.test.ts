import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

// Sentences in the style of wire copy that the rules written for one article got wrong:
// speakers of verbs other than "said", roles standing for people named elsewhere,
// abbreviations with dots, and totals told as a toll. Invented, not taken from any story.

const claims = (...paragraphs: string[]) =>
  extractClaims(paragraphs.join('\n\n'), { publisher: 'Harbour Gazette' }).map((p) => ({
    text: p.text,
    claimant: p.claimant?.name ?? null,
    figures: p.figures.map((f) => `${f.outcome} ${f.victimGroup} ${f.min}-${f.max ?? ''} ${f.qualifier}`),
  }));
const claimantOf = (text: string, ...paragraphs: string[]) =>
  claims(...paragraphs).find((c) => c.text.includes(text))?.claimant;

describe('speakers of verbs other than "said"', () => {
  it.each([
    ['The regional governor, Petra Lind, deplored the shelling of the market.', 'Petra Lind'],
    ['Health Minister Omar Haddad expressed alarm at the number of children wounded.', 'Omar Haddad'],
    ['The city council has warned of food shortages within a week.', 'city council'],
    ['The army confirmed the deaths of four soldiers near the border.', 'army'],
    ['Videos posted online showed smoke rising over the port.', 'Videos posted online'],
  ])('%s → %s', (sentence, speaker) => {
    expect(claims(sentence)[0].claimant).toBe(speaker);
  });
});

describe('roles and the people who hold them', () => {
  it('proposes the named person for "the mayor" and for "an official" named a paragraph later', () => {
    const story = [
      'The mayor, Ivan Sorel, urged residents to stay indoors.',
      '“We will not leave anyone behind,” the mayor told reporters.',
      'An official said 23 people were still missing.',
      'Nadia Farouk, a senior official in the district, said rescuers were digging by hand.',
    ];
    expect(claimantOf('We will not leave', ...story)).toBe('Ivan Sorel');
    expect(claimantOf('23 people', ...story)).toBe('Nadia Farouk');
  });

  it('drops a conjunction before the speaker', () => {
    expect(
      claimantOf('four civilians', 'Two guards were hurt, and a hospital official said four civilians died.'),
    ).toBe('hospital official');
  });

  it('lets "he" point back to a speaker named by a role', () => {
    expect(
      claimantOf(
        'fled on motorbikes',
        'Gunmen killed 11 people, a local official said. The attackers fled on motorbikes, he added.',
      ),
    ).toBe('local official');
  });
});

describe('abbreviations with dots', () => {
  it('keeps "U.N." whole, as a name and inside a sentence', () => {
    expect(claimantOf('fled their homes', 'Hundreds of people have fled their homes, said the U.N.')).toBe('U.N.');
    expect(claimantOf('1,000 people', 'At least 1,000 people have been killed since April, the U.N. said.')).toBe(
      'U.N.',
    );
    expect(claims('U.N. envoy Lars Berg said the talks would resume.')[0]).toMatchObject({
      text: 'the talks would resume',
      claimant: 'Lars Berg',
    });
  });

  it('joins an acronym to the name the article spells out', () => {
    const story = [
      'The United Nations said 5,000 people had been displaced.',
      'The U.N. has warned of a hunger crisis.',
      'The Special Monitoring Mission said shelling had resumed.',
      'The SMM said two of its drones were jammed.',
    ];
    expect(claimantOf('hunger crisis', ...story)).toBe('United Nations');
    expect(claimantOf('drones were jammed', ...story)).toBe('Special Monitoring Mission');
  });
});

describe('totals told as a toll', () => {
  it('reads the death toll as people killed, the claim starting at its subject', () => {
    expect(claims('The death toll has risen to 45, the ministry said.')[0]).toEqual({
      text: 'The death toll has risen to 45',
      claimant: 'ministry',
      figures: ['killed people 45-45 exact'],
    });
    expect(claims('The toll from the attack stands at more than 1,200, rescuers said.')[0].figures).toEqual([
      'killed people 1201- more than',
    ]);
  });

  it('reads "the deaths of" a group', () => {
    expect(claims('The army confirmed the deaths of 12 soldiers in the clashes.')[0].figures).toEqual([
      'killed soldiers 12-12 exact',
    ]);
  });
});
