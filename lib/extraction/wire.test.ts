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

describe('speakers named around the claim', () => {
  it('skips a weekday or a platform between the speaker and the verb', () => {
    expect(claims('Relief chief Ana Ruiz on Friday condemned the attack on the convoy.')[0].claimant).toBe('Ana Ruiz');
    expect(claims('Four homes burned, Pavel Orlov, the regional governor, said on Telegram.')[0]).toMatchObject({
      text: 'Four homes burned',
      claimant: 'Pavel Orlov',
    });
  });

  it('takes the name in the appositive when a clause comes before it', () => {
    expect(claims('Shelling damaged a school in the east of the region, governor Pavel Orlov, said.')[0]).toMatchObject(
      { text: 'Shelling damaged a school in the east of the region', claimant: 'Pavel Orlov' },
    );
  });

  it('gives a ", while" clause with a speaker of its own to that speaker', () => {
    const found = claims('The envoy on Monday condemned the raids, while the Red Cross warned that supplies were low.');
    expect(found.find((c) => c.text.includes('supplies'))?.claimant).toBe('Red Cross');
  });

  it('reads a speaker who is named by "who identified himself as"', () => {
    expect(claims('The market was hit twice, said a trader who identified himself as Abu Sami.')[0].claimant).toBe(
      'Abu Sami',
    );
  });

  it('gives "a ministry statement" to the ministry named before', () => {
    const found = claims(
      'The health ministry in the northern province said 40 people had died.',
      'A ministry statement said 12 of them were children.',
    );
    expect(found[1].claimant).toBe('health ministry in the northern province');
  });

  it('proposes no reported fact for a subject that cannot speak', () => {
    expect(claims('Nine people died, the latest reported attacks in the area.').map((c) => c.claimant)).toEqual([
      'Harbour Gazette',
    ]);
  });
});

describe("the publisher's notes on its own reporting", () => {
  it('are not proposed as claims', () => {
    expect(claims('The Gazette could not independently verify the reports from the valley.')).toEqual([]);
    expect(claims('A spokesman for the army did not immediately respond to a request for comment.')).toEqual([]);
    expect(claims('The port has been closed to ships since the storm in March.')).toEqual([]);
  });
});

describe('figures the first rules missed', () => {
  it('counts a person named singly as one', () => {
    expect(claims('A 70-year-old woman was killed when a shell hit her house, police said.')[0].figures).toEqual([
      'killed women 1-1 exact',
    ]);
    expect(claims('The body of a young man was pulled from the river, rescuers said.')[0].figures).toEqual([
      'killed men 1-1 exact',
    ]);
    expect(claims('A man who suffered serious injuries died in hospital, his family said.')[0].figures).toEqual([
      'killed men 1-1 exact',
    ]);
  });

  it('reads lives lost, executions and demonyms', () => {
    expect(claims('More than 2,000 lives have been lost in the fighting, the agency said.')[0].figures).toEqual([
      'killed people 2001- more than',
    ]);
    expect(claims('Twelve fishermen lost their lives in the storm, officials said.')[0].figures).toEqual([
      'killed fishermen 12-12 exact',
    ]);
    expect(
      claims('The report described the execution of more than 30 villagers, the monitor said.')[0].figures,
    ).toEqual(['killed villagers 31- more than']);
    expect(claims('Forty Sudanese were killed in the raid, the army said.')[0].figures).toEqual([
      'killed sudanese 40-40 exact',
    ]);
  });

  it('lets a bare number go on counting the group before it, and a part keep its whole’s outcome', () => {
    expect(claims('At least 9 villagers were killed and four wounded, residents said.')[0].figures).toEqual([
      'killed villagers 9- at least',
      'injured villagers 4-4 exact',
    ]);
    expect(claims('The raid killed 16 people, including a child, and injured 25, residents said.')[0].figures).toEqual([
      'killed people 16-16 exact',
      'killed children 1-1 exact',
      'injured people 25-25 exact',
    ]);
  });
});

describe('speakers introduced around a quotation or a report', () => {
  it('carries "X said:" at the end of a paragraph to the quotation in the next', () => {
    const found = claims('Anna Holm, director of the agency in the north, said:', '“Nine children died in the raid.”');
    expect(found[0]).toMatchObject({ claimant: 'Anna Holm', figures: ['killed children 9-9 exact'] });
  });

  it('gives "quoted X as saying" to X', () => {
    expect(
      claims('State television quoted the regional health office as saying four people had died.')[0],
    ).toMatchObject({
      text: 'four people had died',
      claimant: 'regional health office',
    });
  });

  it('keeps a long organisation name before an appositive, and its acronym in brackets', () => {
    expect(claims('The Union of Relief Committees in the North, a local group, confirmed the raid.')[0].claimant).toBe(
      'Union of Relief Committees in the North',
    );
    expect(
      claims("Fighters from the Northern People's Liberation Army (NPLA) say the town fell.")[0].claimant,
    ).toContain("Northern People's Liberation Army");
  });
});

describe('the standfirst', () => {
  it('is the publisher’s claim even when it reports someone, when the paragraph after retells it', () => {
    const found = claims(
      'Shelling kills five in river town',
      'The overnight shelling hit a school in the river town and killed five members of one family, medics said.',
      'Overnight shelling on the river town has killed five members of one family at a school, medics said on Friday.',
      'They said the school had been used as a shelter.',
    );
    expect(found[1]).toMatchObject({
      text: 'The overnight shelling hit a school in the river town and killed five members of one family',
      claimant: 'Harbour Gazette',
    });
    expect(found[2].claimant).toBe('medics');
  });

  it('stays whole when it names an act, which is the claim itself', () => {
    const found = claims(
      'Port strike ends after deal',
      'As ships queue offshore, union leader blames owners for the delays.',
      'Marta Kovac has called on the owners to pay arrears by June.',
    );
    expect(found[1]).toMatchObject({ text: 'union leader blames owners for the delays', claimant: 'Harbour Gazette' });
  });

  it('is not a wire lead that the next paragraph does not retell', () => {
    const found = claims(
      'Shelling kills five in river town',
      'Shelling killed five people in a river town on Friday, regional officials said.',
      'In the north, the governor said a bridge had been destroyed by a drone.',
    );
    expect(found[1].claimant).toBe('regional officials');
  });
});

describe('figures of people named singly or in a list', () => {
  it('counts "a villager" as one of the villagers, and a bare number after a list as its group', () => {
    expect(claims('A young villager was killed in the raid, residents said.')[0].figures).toEqual([
      'killed villagers 1-1 exact',
    ]);
    expect(
      claims('Those killed included two people in the north and three in the south, police said.')[0].figures,
    ).toEqual(['killed people 2-2 exact', 'killed people 3-3 exact']);
  });
});

describe('outcomes told around a list', () => {
  it('shares a verb with the people listed after it, and reads "among the victims were"', () => {
    expect(claims('The strike killed a man and a woman and injured a boy, the governor said.')[0].figures).toEqual([
      'killed men 1-1 exact',
      'killed women 1-1 exact',
      'injured boys 1-1 exact',
    ]);
    expect(claims('Among the victims were 3 women, the mayor said.')[0].figures).toEqual(['killed women 3-3 exact']);
  });

  it('reads "taken to hospital" as injured and "children’s lives were lost" as children killed', () => {
    expect(claims('Two civilians were taken to hospital, he added.')[0].figures).toEqual([
      'injured civilians 2-2 exact',
    ]);
    expect(claims('At least four children’s lives were lost, the charity said.')[0].figures).toEqual([
      'killed children 4- at least',
    ]);
  });
});

describe('an organisation the lead leaves unnamed', () => {
  it('is the organisation named in the next paragraph', () => {
    const found = claims(
      'Shelling killed 9 civilians in the north on Sunday, a war monitor said.',
      'The Northern Rights Observatory said most of the dead were farmers.',
    );
    expect(found.map((c) => c.claimant)).toEqual(['Northern Rights Observatory', 'Northern Rights Observatory']);
  });

  it('stays as written when no organisation is named soon after', () => {
    expect(claims('Shelling killed 9 civilians in the north on Sunday, a war monitor said.')[0].claimant).toBe(
      'war monitor',
    );
  });
});
