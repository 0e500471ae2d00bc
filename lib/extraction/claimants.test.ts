import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import { findInvented as find, inventedClaims as claims } from './invented';

// Who the claimant is, on invented sentences (issue 16's claimant errors, by kind): a claimant
// is a noun phrase naming a speaker, never a piece of the clause around it.

describe('the subject of a reporting verb is a noun phrase, not a fragment of the clause', () => {
  it.each([
    // A verb after a hyphen is part of a compound adjective, not the reporting verb.
    ['The Rome-registered organisation said that the convoy had been turned back.', 'Lantern Relief', 'Lantern Relief'],
    // A relative clause describes the speaker named before it.
    [
      'A nurse at the Bay Clinic who asked not to be named said the generator had failed.',
      null,
      'nurse at the Bay Clinic',
    ],
    ['The harbour office where the ferry was moored said two crew members were missing.', null, 'harbour office'],
    // "X did Y … and said that C": the second verb shares the sentence's subject.
    [
      'Governor Ana Ruiz put the toll at 1,200 – 900 of them in the north – and said that 300 were missing.',
      null,
      'Ana Ruiz',
    ],
    // "told a press conference" is a listener like "told reporters".
    ['Mayor Piet Claes told a press conference that the bridge would reopen on Monday.', null, 'Piet Claes'],
  ])('%s', (sentence, named, speaker) => {
    const story = named ? [`${named} said it had opened shelters.`, sentence] : [sentence];
    const found = claims(...story).at(-1);
    expect(found?.claimant).toBe(speaker);
  });

  it('reads "said that, in …" past the aside', () => {
    const claim = find('40 people', 'The agency said that, in the northern districts, 40 people had been killed.');
    expect(claim?.claimant).toBe('agency');
    expect(claim?.figures).toEqual(['killed people 40-40']);
  });

  it('gives no claim of responsibility to "no group"', () => {
    const claim = find('claimed responsibility', 'No group has so far claimed responsibility for the bombing.');
    expect(claim?.claimant ?? 'Harbour Gazette').toBe('Harbour Gazette');
  });

  it('reads a participle before "by" as passive, not as an act', () => {
    const claim = find('ignited', 'The fire at the depot, blamed by officials on a faulty cable, ignited stored fuel.');
    expect(claim?.claimant).toBe('Harbour Gazette');
  });

  it('takes "noted Ms. X" as X, honorific and all', () => {
    const story = [
      'Lena Sato, a spokeswoman for the port authority, said the search went on.',
      'The toll reached 31, noted Ms. Sato.',
    ];
    expect(find('toll reached 31', ...story)?.claimant).toBe('Lena Sato');
  });

  it('drops the day from "a statement on Friday"', () => {
    const story = ['At least nine guards were killed, according to a ministry statement on Friday.'];
    expect(find('nine guards', ...story)?.claimant).toBe('ministry');
  });

  it('keeps "a doctor at X Hospital" a person, so "he" goes on with the doctor', () => {
    const story = [
      'A doctor at Lakeside Hospital who spoke on condition of anonymity said the wards were full.',
      '“We have no more beds,” he added.',
    ];
    expect(find('no more beds', ...story)?.claimant).toBe('doctor at Lakeside Hospital');
  });

  it('reads a quotation "…," read the statement as the statement’s issuer', () => {
    const story = [
      '“Four workers were hurt,” the transport ministry said in a statement.',
      '“We will rebuild the line,” read the statement.',
    ];
    expect(find('rebuild the line', ...story)?.claimant).toBe('transport ministry');
  });
});

describe('a UN body described by what it does is the body the article also names', () => {
  it('takes the short form the article uses', () => {
    const story = [
      'UNHCR opened two reception centres on the island.',
      'The UN refugee agency said 40 people had drowned.',
    ];
    expect(find('40 people', ...story)?.claimant).toBe('UNHCR');
  });

  it('takes the formal name when the article gives no short form', () => {
    const story = [
      'The World Food Programme began deliveries on Monday.',
      'The UN food agency said 3,000 families had fled.',
    ];
    expect(find('3,000 families', ...story)?.claimant).toBe('World Food Programme');
  });

  it('does not take "the Red Cross" for the ICRC: it may be the national society the article names', () => {
    const story = [
      'The Kenya Red Cross said 5 people drowned.',
      'The ICRC has teams in the area.',
      'The Red Cross said 7 volunteers were hurt.',
    ];
    expect(find('7 volunteers', ...story)?.claimant).not.toBe('ICRC');
  });

  it('keeps the description when the article names the body no other way', () => {
    expect(find('12 children', 'The UN children’s agency said 12 children were killed.')?.claimant).toBe(
      'UN children’s agency',
    );
  });

  it('leaves a capitalised name alone', () => {
    const story = ['OHCHR staff visited the camp.', 'The UN Human Rights Office said 15 civilians were killed.'];
    expect(find('15 civilians', ...story)?.claimant).toBe('UN Human Rights Office');
  });

  it('reads "the agency" as that body afterwards, even after another source spoke', () => {
    const story = [
      'UNHCR opened two reception centres on the island.',
      'The UN refugee agency said 40 people had drowned.',
      'Local media reported that a second boat was missing.',
      'The agency warned that the crossings would continue.',
    ];
    expect(find('crossings would continue', ...story)?.claimant).toBe('UNHCR');
  });

  it('reads "UNHCR staff reported 31 people missing" as the staff’s report', () => {
    expect(find('31 people', 'UNHCR staff reported 31 people missing after the storm.')?.claimant).toBe('UNHCR staff');
  });
});

describe('a title is the person the article names as its holder', () => {
  it('reads a title spelled short as its named holder ("the PPRO")', () => {
    const story = [
      'The state Police Public Relations Officer, Ana Ruiz explained that the attackers arrived at night.',
      'The PPRO stated that 12 houses were burnt.',
    ];
    expect(find('attackers arrived', ...story)?.claimant).toBe('Ana Ruiz');
    expect(find('12 houses', ...story)?.claimant).toBe('Ana Ruiz');
  });

  it('reads "the ombudsman" as the ombudsman named before', () => {
    const story = [
      'Ombudsman Lena Varga on Sunday voiced concern about the threats.',
      'The ombudsman also indicated that 30 families had fled the village.',
    ];
    expect(find('30 families', ...story)?.claimant).toBe('Lena Varga');
  });

  it('reads "he" as the person named just before when no one has spoken yet', () => {
    const story = [
      'Spokesperson for the harbour police, Piet Claes, disclosed this in a statement on Thursday.',
      'He said four divers were still missing.',
    ];
    expect(find('four divers', ...story)?.claimant).toBe('Piet Claes');
  });

  it('reads "A resident of X, who …, said" as the resident, not an inverted "said X"', () => {
    const story = [
      'A resident of the village, who asked not to be named, said the gunmen burnt the market.',
      'He said the gunmen left at dawn.',
    ];
    expect(find('burnt the market', ...story)?.claimant).toBe('resident of the village');
    expect(find('left at dawn', ...story)?.claimant).toBe('resident of the village');
  });

  it('still reads "the head of the district" as someone not yet named', () => {
    const story = ['Governor Ana Ruiz visited the camp.', 'The head of the district said 14 people were killed.'];
    expect(find('14 people', ...story)?.claimant).toBe('head of the district');
  });
});

describe('a definite description is the body of that kind the article names', () => {
  it('reads "a military statement" and "the statement" as the army named before', () => {
    const story = [
      'Coastal Army troops patrolled the border.',
      'At least seven soldiers were killed, according to a military statement on Friday.',
      '“Four attackers were also killed,” the statement added.',
    ];
    expect(find('seven soldiers', ...story)?.claimant).toBe('Coastal Army');
    expect(find('Four attackers', ...story)?.claimant).toBe('Coastal Army');
  });

  it('reads "the police" as the police command named in the next paragraph', () => {
    const story = [
      'The police say they have recovered five bodies from the river.',
      'Spokesperson for the Delta State Police Command, Ana Ruiz, disclosed this on Monday.',
    ];
    expect(find('five bodies', ...story)?.claimant).toBe('Delta State Police Command');
  });

  it('reads "the report" as the issuer of the report named before, not the last speaker', () => {
    const story = [
      'A new report from the Global Health Institute says 900 health workers were killed.',
      'Ana Ruiz, who led the study, said the figures were startling.',
      'The report says 40 ambulances were hit.',
    ];
    expect(find('40 ambulances', ...story)?.claimant).toBe('Global Health Institute');
  });

  it('reads "…," read the statement as the issuer of the statement, after another source spoke', () => {
    const story = [
      '“Three workers were hurt,” the transport ministry said in a statement.',
      'The rebel group claimed the attack.',
      '“We will rebuild the line,” read the statement.',
    ];
    expect(find('rebuild the line', ...story)?.claimant).toBe('transport ministry');
  });

  it('reads "a statement released Friday" as the last speaker’s, a new statement', () => {
    const story = [
      'The navy said in a statement that two boats were seized.',
      'Governor Ana Ruiz said the port would reopen.',
      'A statement released Friday said she regretted the delay.',
    ];
    expect(find('regretted the delay', ...story)?.claimant).toBe('Ana Ruiz');
  });
});

describe('an unnamed speaker is named by a later title only when the roles agree', () => {
  it('keeps "a rebel spokesman" apart from the provincial official named next', () => {
    const story = [
      'A rebel spokesman said the movement did not target civilians.',
      'Provincial official Ana Ruiz said the toll could rise.',
    ];
    expect(find('did not target', ...story)?.claimant).toBe('rebel spokesman');
  });

  it('keeps "an intelligence official" apart from the provincial official named next', () => {
    const story = [
      'An intelligence official said the car had been stopped at a checkpoint.',
      'Provincial official Ana Ruiz said the toll could rise.',
    ];
    expect(find('car had been stopped', ...story)?.claimant).toBe('intelligence official');
  });

  it('still joins "a local official" to the local administrator named next', () => {
    const story = [
      'At least 12 people were killed in the raid, a local official said.',
      'Local administrator Piet Claes said the attackers came at night.',
    ];
    expect(find('12 people', ...story)?.claimant).toBe('Piet Claes');
  });
});

describe('long descriptions of a speaker', () => {
  it('reads "The official of the … (ABC), a …, confirmed" as the official, who then speaks on', () => {
    const story = [
      'The official of the Coastal Defence Volunteers Brigade of the North (CDV), a militia allied with the army, confirmed the attack.',
      '“People have fled the village,” said the official.',
    ];
    const official = 'official of the Coastal Defence Volunteers Brigade of the North (CDV)';
    expect(find('confirmed the attack', ...story)?.claimant).toBe(official);
    expect(find('fled the village', ...story)?.claimant).toBe(official);
  });

  it('reads "a UN report indicating …" as the report’s issuer, and "It said" as the same body', () => {
    const story = [
      'The attack follows a UN report earlier this month indicating a rise in civilian casualties.',
      'It said May was the deadliest month, with 368 killed.',
    ];
    expect(find('rise in civilian casualties', ...story)?.claimant).toBe('UN');
    expect(find('deadliest month', ...story)?.claimant).toBe('UN');
  });

  it('reads "officials in the capital" as people, whom "it" does not name', () => {
    const story = [
      'The health ministry said 60 people had died.',
      'Officials in the capital said the toll was lower.',
      'It said 30 of the dead were children.',
    ];
    expect(find('30 of the dead', ...story)?.claimant).toBe('health ministry');
  });
});

describe('speakers named in a participle phrase', () => {
  it('reads "…, with officials saying C" as the officials’ claim', () => {
    const claim = find(
      'between 20 and 60',
      'There is confusion about the toll, with officials saying between 20 and 60 people have died.',
    );
    expect(claim?.claimant).toBe('officials');
  });

  it('reads "…, with the Coast Radio citing C" as the broadcaster’s claim', () => {
    const claim = find('at least five', 'The toll was unclear, with the Coast Radio citing at least five killed.');
    expect(claim?.claimant).toBe('Coast Radio');
  });

  it('reads "A witness quoted by the Daily Lantern as saying C" as the witness’s claim', () => {
    const claim = find(
      'bandits on motorcycles',
      'A witness quoted by local daily the Daily Lantern as saying over 150 bandits on motorcycles rode into the market.',
    );
    expect(claim?.claimant).toBe('witness');
  });

  it('reads a body’s long name in full', () => {
    const claim = find(
      'risen to 27',
      'The toll has risen to 27, the Emergency Medicine and Support Center of the Health Ministry of the Government of National Unity said.',
    );
    expect(claim?.claimant).toBe(
      'Emergency Medicine and Support Center of the Health Ministry of the Government of National Unity',
    );
  });
});

describe('released figures and a trailing "with X reporting"', () => {
  it('reads "X released figures showing that C" as X’s claim', () => {
    const claim = find(
      '202 people',
      'Coastal regional authorities released figures showing that 202 people were confirmed dead.',
    );
    expect(claim?.claimant).toBe('Coastal regional authorities');
  });

  it('ends a trailing attribution before ", with a local official reporting C", which is the official’s', () => {
    const story = [
      'The navy intercepted four missiles on Saturday, the coalition said, with a local official reporting one man had been killed.',
      'Harbour civil defence spokesman Piet Claes said the man was a fisherman.',
    ];
    expect(find('one man had been killed', ...story)?.claimant).toBe('Piet Claes');
  });
});

describe('roles, carriers and reports named by their noun', () => {
  it('does not read "the air force commander" as the governor who spoke last', () => {
    const story = [
      'Regional governor Ana Ruiz said three people had been injured.',
      'All the drones were downed, the air force commander said.',
    ];
    expect(find('drones were downed', ...story)?.claimant).toBe('air force commander');
  });

  it('still reads "the official" as the minister who spoke last', () => {
    const story = [
      'Health Minister Ana Ruiz said the toll had climbed to 569.',
      'According to the official, a strike destroyed a hospital in the town.',
    ];
    expect(find('destroyed a hospital', ...story)?.claimant).toBe('Ana Ruiz');
  });

  it('reads "A coalition statement carried by Coast TV said C" as the coalition’s', () => {
    const claim = find('struck the bases', 'A coalition statement carried by Coast TV said its jets struck the bases.');
    expect(claim?.claimant).toBe('coalition');
  });

  it('reads "reports by the Air Command that C" as the Air Command’s', () => {
    const claim = find(
      '13 drones',
      'The strikes followed overnight reports by the Coastal Air Command that the enemy had launched 13 drones.',
    );
    expect(claim?.claimant).toBe('Coastal Air Command');
  });
});

describe('more ways a source is the subject', () => {
  it('reads a body’s name with its short form in brackets as the subject of an act', () => {
    const claim = find(
      'called on all parties',
      'Health Ministry of the Harbour-based Government of National Unity (GNU) called on all parties to spare ambulances.',
    );
    expect(claim?.claimant).toBe('Health Ministry of the Harbour-based Government of National Unity (GNU)');
  });

  it('reads "X is insisting that C" and "X are now reporting N killed"', () => {
    expect(
      find('not what happened', 'But, the Defence Command is insisting that this is not what happened.')?.claimant,
    ).toBe('Defence Command');
    expect(find('2,205 people', 'Overall, the authorities are now reporting 2,205 people killed.')?.claimant).toBe(
      'authorities',
    );
  });

  it('reads "It said" after a headquarters spoke as the headquarters', () => {
    const story = [
      'The Defence Headquarters is insisting that the report is false.',
      'It said troops killed 17 insurgents.',
    ];
    expect(find('17 insurgents', ...story)?.claimant).toBe('Defence Headquarters');
  });

  it('reads "C as the police said Monday" as the police’s', () => {
    expect(
      find('killing five people', 'A car bomb hit the gates, killing five people as the police said Monday.')?.claimant,
    ).toBe('police');
  });
});

describe('times before the subject, tolls put at a number, and plural present tense', () => {
  it('reads "On Friday, the government announced C" as the government’s', () => {
    expect(
      find('announced an amnesty', 'On Friday, the government announced an amnesty for rebel leaders.')?.claimant,
    ).toBe('government');
  });

  it('reads "X put the death toll at 45" as X’s figure', () => {
    const claim = find('45', 'Provincial officials put the death toll at 45 on Sunday.');
    expect(claim?.claimant).toBe('Provincial officials');
  });

  it('reads "Security agencies blame the group" as the agencies’, but not "We … condemn" as "We"', () => {
    expect(find('blame the', 'However, security agencies blame the Coastal Front for the attack.')?.claimant).toBe(
      'security agencies',
    );
    expect(find('condemn', 'We in the strongest terms condemn the attack.')?.claimant).not.toMatch(/^We\b/);
  });
});

describe('sentences that go on with a source’s report', () => {
  it('reads "The report attributes …" as the report’s issuer', () => {
    const story = [
      'A new report from the Global Health Institute says 900 health workers were killed.',
      'The report attributes the drop in attacks to mediation by local elders.',
    ];
    expect(find('attributes the drop', ...story)?.claimant).toBe('Global Health Institute');
  });

  it('leaves "The report comes after …" to the publisher', () => {
    const story = [
      'A new report from the Global Health Institute says 900 health workers were killed.',
      'The report comes after a month of heavy fighting in the north of the country.',
    ];
    expect(find('comes after', ...story)?.claimant).toBe('Harbour Gazette');
  });

  it('gives "Another 35 people are missing" to whoever gave the count before it in the paragraph', () => {
    const story = [
      'Ana Ruiz, a spokesperson for the coast guard, said 51 people drowned off the cape. Another 35 people are still missing.',
    ];
    expect(find('35 people', ...story)?.claimant).toBe('Ana Ruiz');
  });

  it('leaves "Another 35 …" to the publisher when the count before was the publisher’s, or in another paragraph', () => {
    expect(find('35 people', 'Floods killed 51 people on Monday. Another 35 people are still missing.')?.claimant).toBe(
      'Harbour Gazette',
    );
    const apart = ['Ana Ruiz of the coast guard said 51 people drowned.', 'Another 35 people are still missing.'];
    expect(find('35 people', ...apart)?.claimant).toBe('Harbour Gazette');
  });
});

describe('clean names', () => {
  it('drops "last week" from a speaker', () => {
    expect(
      find('troops would leave', 'President Ana Ruiz last week said the troops would leave by the end of the year.')
        ?.claimant,
    ).toBe('Ana Ruiz');
  });

  it('reads "Relief Fund (RF) Executive Director Lena Varga" as the director', () => {
    const claim = find(
      'open the roads',
      'Relief Fund (RF) Executive Director Lena Varga called on both sides to open the roads to the city.',
    );
    expect(claim?.claimant).toBe('Lena Varga');
  });
});

describe('two speakers in one sentence', () => {
  it('ends the first claim where ", and a hospital official said" begins', () => {
    const sentence = 'The city council said 300 homes were destroyed, and a hospital official said 20 were wounded.';
    expect(find('300 homes', sentence)?.claimant).toBe('city council');
    expect(find('20 were wounded', sentence)?.claimant).toBe('hospital official');
  });

  it('keeps ", and wounded 20" with the first speaker', () => {
    const claim = find('killed 10', 'The army said the strike killed 10 fighters, and wounded 20 others.');
    expect(claim?.claimant).toBe('army');
    expect(claim?.text).toContain('wounded 20');
  });
});

describe('bulleted summaries', () => {
  it('gives "* 300 dead in the north, says minister" to the publisher, as a standfirst', () => {
    const story = [
      'Flood toll passes 1,000',
      '* Bridges swept away\n* 300 dead in the north, says minister',
      'The floods began on Monday, officials said.',
    ];
    expect(find('300 dead', ...story)?.claimant).toBe('Harbour Gazette');
  });
});

describe('figures named by who compiled them', () => {
  it('reads "Figures from the X Health Ministry show C" as the ministry’s, which "the ministry" then is', () => {
    const story = [
      'Figures from the Coast Health Ministry show 40 people were killed.',
      'The ministry said 12 of them were children.',
    ];
    expect(find('40 people', ...story)?.claimant).toBe('Coast Health Ministry');
    expect(find('12 of them', ...story)?.claimant).toBe('Coast Health Ministry');
  });
});

describe('a role, then its holder with a rank written short', () => {
  it('reads "A spokesman for the army, Brig. Gen. X, said C" as X’s C, not an inverted "said C"', () => {
    const claim = find(
      'shelled the market',
      'A spokesman for the coastal army, Brig. Gen. Nabil Abdallah, said the rebels shelled the market.',
    );
    expect(claim?.claimant).toBe('Nabil Abdallah');
  });

  it('still reads "C, said the local council" as the council’s', () => {
    expect(find('Five civilians', 'Five civilians were killed, said the local council.')?.claimant).toBe(
      'local council',
    );
  });
});

describe('titles and ages in wire copy', () => {
  it('reads "the UN chief" as the Secretary-General who spoke before', () => {
    const story = ['UN Secretary-General Ana Ruiz condemned the attack.', 'The UN chief called for restraint.'];
    expect(find('called for restraint', ...story)?.claimant).toBe('Ana Ruiz');
  });

  it('reads "Name, 34, a shopkeeper, said" as the named person, whom "he" then is', () => {
    const story = [
      'Mohammed Saleh, 34, a shopkeeper, said his brother was among the dead.',
      'He said four neighbours were also killed.',
    ];
    expect(find('his brother', ...story)?.claimant).toBe('Mohammed Saleh');
    expect(find('four neighbours', ...story)?.claimant).toBe('Mohammed Saleh');
  });

  it('does not look past a speaker with another role for "the air force commander"', () => {
    const story = [
      'Piet Claes, a farmer, said the blasts woke the village.',
      'Regional governor Ana Ruiz said three people had been injured.',
      'All the drones were downed, the air force commander said.',
    ];
    expect(find('drones were downed', ...story)?.claimant).toBe('air force commander');
  });
});

describe('"the charity"', () => {
  it('reads "The charity said" as the charity that spoke before', () => {
    const story = [
      'Lantern Relief said in a statement that 7 pupils died.',
      'The charity said the school was clearly marked.',
    ];
    expect(find('clearly marked', ...story)?.claimant).toBe('Lantern Relief');
  });
});

describe('"she" after a spokesman spoke', () => {
  it('reads "she said" as the woman named since, not the spokesman', () => {
    const story = [
      '“Ten people were killed,” the district administration spokesman said.',
      'Villager Lena Varga and her son took cover under their bed.',
      '“We hid when we heard the explosion,” she said.',
    ];
    expect(find('We hid', ...story)?.claimant).toBe('Villager Lena Varga');
  });

  it('still reads "she said" as the spokeswoman who spoke', () => {
    const story = ['Ana Ruiz, a spokeswoman for the port, said the ferry sank.', '“Nobody was warned,” she said.'];
    expect(find('Nobody was warned', ...story)?.claimant).toBe('Ana Ruiz');
  });
});

describe('whom a person speaks for', () => {
  it('reads "Harbour’s civil defence spokesman X" as speaking for "Harbour’s civil defence"', () => {
    const [claim] = extractClaims('Harbour’s civil defence spokesman Piet Claes said two fishermen were missing.', {
      publisher: 'Harbour Gazette',
    });
    expect(claim.claimant).toMatchObject({ name: 'Piet Claes', onBehalfOf: 'Harbour’s civil defence' });
  });
});

describe('titles, bodies and names run together, and what follows "said"', () => {
  it('reads a run of title, body and name as the person, whom "he" then means', () => {
    const story = [
      'Deputy Commissioner of Coast Guard Service Tomas Eriksen said four fishermen were missing.',
      'He added that two boats had been found.',
      '“We are still searching the bay,” he said.',
    ];
    expect(find('four fishermen', ...story)?.claimant).toBe('Tomas Eriksen');
    expect(find('two boats', ...story)?.claimant).toBe('Tomas Eriksen');
    expect(find('still searching', ...story)?.claimant).toBe('Tomas Eriksen');
  });

  it('keeps a body whose name ends in capitalised words, with no title in it, a body', () => {
    expect(find('ferry', 'Radio Free Harbour said the ferry had sunk.')?.claimant).toBe('Radio Free Harbour');
    expect(find('ferry', 'Commissioner of Police Lagos State said the ferry had sunk.')?.claimant).not.toBe(
      'Lagos State',
    );
  });

  it('finds the speaker of a quotation in a long run of title, body and name', () => {
    const claim = find(
      'must stop at once',
      '"These practices must stop at once," the UN High Commissioner for Refugee Affairs Ana Ruiz said.',
    );
    expect(claim?.claimant).toBe('Ana Ruiz');
  });

  it('proposes no claim for where or when a quotation was said', () => {
    const found = claims(
      '"The port is closed," Ana Ruiz said in a statement released alongside the report.',
      '“We counted 12 dead,” the mayor said after the meeting.',
    );
    expect(found.map((c) => c.text)).toEqual(['The port is closed', 'We counted 12 dead']);
  });

  it('takes what a body detailed, described or outlined as its claim, and what a person expressed grief at', () => {
    expect(find('killings', 'In a new report, the rights office detailed killings and abductions.')?.claimant).toBe(
      'rights office',
    );
    expect(find('war zone', 'Residents described the harbour as a war zone.')?.claimant).toBe('Residents');
    expect(find('grief', 'Mayor Piet Claes expressed grief at the deaths of the crew.')?.claimant).toBe('Piet Claes');
  });
});

describe('pieces of the sentence that are not the speaker', () => {
  it('reads the speaker before an aside left unclosed ("A police officer, requesting anonymity said")', () => {
    expect(find('guards', 'A police officer, requesting anonymity said four guards were killed.')?.claimant).toBe(
      'police officer',
    );
  });

  it('gives "initial reports that C" to the reports, not to the participle before them', () => {
    const found = claims(
      'Gunmen abducted 42 people, a local official said Wednesday, downplaying initial reports that hundreds had been taken.',
    );
    expect(found.find((c) => c.text.startsWith('hundreds'))?.claimant).toBe('initial reports');
  });

  it('never names a participle phrase as the claimant', () => {
    const found = claims('Killings were carried out at homes, targeting civilians accused of helping the police.');
    expect(found.map((c) => c.claimant)).not.toContain('targeting civilians');
  });

  it('reads "States" in "the United States" as part of a name, not a reporting verb', () => {
    const found = claims('The United Nations, United States and others are pressing for an immediate ceasefire.');
    expect(found.map((c) => c.claimant)).not.toContain('United');
  });

  it('reads a source with initials after "according to" past its initials ("Govak", not "L")', () => {
    const claim = find('72 people', 'A further 72 people were killed, according to the home secretary L.C. Govak.');
    expect(claim?.claimant).toMatch(/Govak$/);
  });

  it('takes what state media reported as the media’s report', () => {
    expect(find('25 deaths', 'Chinese state media reported 25 deaths in Tibet.')?.claimant).toBe('Chinese state media');
  });
});

describe('what a document sets out is its issuer’s', () => {
  const opening = 'In a new report, the rights office detailed killings and abductions across the delta.';
  const between = 'Mayor Piet Claes announced his resignation on Friday.';

  it('files a document named before its issuer ("In a new report, X detailed …") for "the report said"', () => {
    const claim = find('at night', opening, between, 'Abductions were carried out at night, the report said.');
    expect(claim?.claimant).toBe('rights office');
  });

  it('gives "The report documented …" and "The report also described …" to the report’s issuer', () => {
    const found = claims(
      opening,
      between,
      'The report documented 300 killings last year.',
      'The report also described rampant extortion.',
    );
    expect(found.find((c) => c.text.includes('300 killings'))?.claimant).toBe('rights office');
    expect(found.find((c) => c.text.includes('extortion'))?.claimant).toBe('rights office');
  });

  it('gives "…, with the report saying C" to the report’s issuer', () => {
    const claim = find(
      'unable to leave',
      opening,
      'Child recruitment was highlighted, with the report saying boys were unable to leave the gangs.',
    );
    expect(claim?.claimant).toBe('rights office');
  });
});

describe('a title whose holder the article names', () => {
  it('reads a place’s possessive before a title as "the" ("Harbourland’s prime minister", named later)', () => {
    const claim = find(
      'shortage of police',
      'Harbourland’s prime minister said on Wednesday that a shortage of police was to blame for the violence.',
      'Prime Minister Ana Ruiz said many of the victims lived in her district.',
    );
    expect(claim?.claimant).toBe('Ana Ruiz');
  });

  it('reads a hyphenated title by its last word ("the Secretary-General" after "Secretary-General Ana Ruiz")', () => {
    const claim = find(
      'must be protected',
      'Secretary-General Ana Ruiz condemned the attack on the harbour clinic.',
      'The Secretary-General further insisted that aid workers must be protected.',
    );
    expect(claim?.claimant).toBe('Ana Ruiz');
  });
});

describe('the speaker named after a quotation', () => {
  it('reads a name and its appositive after the quotation ("…,” Ana Ruiz, commander of the district, said)', () => {
    const claim = find(
      'digging by hand',
      '“We are still digging by hand,” Ana Ruiz, commander of the harbour district, said.',
    );
    expect(claim?.claimant).toBe('Ana Ruiz');
  });

  it('reads a name and its appositive with no verb after the quotation as the speaker', () => {
    const claim = find(
      '30 staff',
      'The bus was hit at dawn. “There were 30 staff on the bus,” Piet Claes, a regional police officer in Harbourland.',
    );
    expect(claim?.claimant).toBe('Piet Claes');
  });

  it('reads a long title in lower case ending in the holder’s name as the speaker', () => {
    const claim = find(
      'Curfew has been imposed',
      '“Curfew has been imposed in the evening,” Harbourland superintendent of police (SP) Ana Ruiz said.',
    );
    expect(claim?.claimant).toMatch(/Ana Ruiz$/);
  });
});

describe('a person named with "al-" before the surname', () => {
  it('is a person "he" goes on with ("Samir al-Haddad, … condemned the attack. He said …")', () => {
    const claim = find(
      'market was destroyed',
      'Samir al-Haddad, minister of culture and government spokesperson, condemned the attack.',
      'He said the market was destroyed.',
    );
    expect(claim?.claimant).toBe('Samir al-Haddad');
  });
});

describe('"said," standing for "said that", and whose spokesman is named later', () => {
  it('reads "X, pleading anonymity said, C" as X’s claim C when X opens the sentence', () => {
    const claim = find(
      '10 sailors',
      'A harbour official, pleading anonymity said, at least 10 sailors were killed in the fire.',
    );
    expect(claim?.claimant).toBe('harbour official');
  });

  it('does not take "a harbour official" for a spokesman of another body named later ("HLF spokesman Ana Ruiz")', () => {
    const found = claims(
      'A harbour official said the port was closed after the attack.',
      'Meanwhile, Harbour Liberation Front (HLF) spokesman Ana Ruiz claimed responsibility for the attack.',
    );
    expect(found.find((c) => c.text.includes('port was closed'))?.claimant).toBe('harbour official');
  });
});

describe('an inverted speaker described by a relative clause', () => {
  const story = '“The gate was forced open at night,” said an official who asked not to be identified.';

  it('reads "…,” said an official who asked not to be identified" as the official’s quotation', () => {
    const long = story.replace('identified.', 'identified because of the sensitivity of the matter.');
    expect(find('gate was forced', long)?.claimant).toBe('official');
  });

  it('proposes no claim for asking not to be identified', () => {
    expect(claims(story).map((c) => c.text)).toEqual(['The gate was forced open at night']);
  });

  it('never opens a claimant with the verb before an inverted speaker ("said an official")', () => {
    const found = claims('“The gate was forced open,” said an official who asked the navy to search the bay.');
    expect(found.map((c) => c.claimant).filter((c) => c?.startsWith('said'))).toEqual([]);
  });
});

describe('a body described before it is named', () => {
  it('takes "a leading Harbourland maritime safety group" for the body named next', () => {
    const claim = find(
      '12 boats',
      'A leading Harbourland maritime safety group said 12 boats were lost in the storm.',
      'The boats sank off the cape, according to the Coastal Rescue Network, a volunteer body based in the port.',
    );
    expect(claim?.claimant).toBe('Coastal Rescue Network');
  });
});

describe('a name and its role after a clause, the closing comma left out', () => {
  it('reads "C, Ana Ruiz, commander-general of the harbour police announced" as Ana Ruiz’s claim', () => {
    const claim = find(
      'burned the boats',
      'The raiders burned the boats in the harbour, Ana Ruiz, commander-general of the harbour police announced in a briefing.',
    );
    expect(claim?.claimant).toBe('Ana Ruiz');
  });
});

describe('the person "she" goes on with, named after a body and a hyphenated title', () => {
  it('files "WHO Director-General Ana Maria Ruiz" as Ana Maria Ruiz, not the place named before', () => {
    const claim = find(
      'generator was destroyed',
      'Warplanes struck the Harbour Strip overnight.',
      'WHO Director-General Ana Maria Ruiz visited the clinic on Friday.',
      '"The generator was destroyed," she added.',
    );
    expect(claim?.claimant).toBe('Ana Maria Ruiz');
  });
});

describe('a relative clause between commas after the subject', () => {
  it('reads "X also known as Y, which runs the clinic, said" as X’s claim', () => {
    const claim = find(
      'was full',
      'The Lantern Relief Fund also known as LRF, which runs the Harbour Clinic, said the ward was full.',
    );
    expect(claim?.claimant).toMatch(/^Lantern Relief Fund/);
  });
});

describe('participles and stances that carry a claim', () => {
  it('gives "X reiterated …, stressing that C" to X', () => {
    const claim = find(
      'all parties',
      'Mayor Piet Claes reiterated the need for calm, stressing that all parties must protect the harbour workers.',
    );
    expect(claim?.claimant).toBe('Piet Claes');
  });

  it('reads "X issued an unusually strong condemnation of …" as X’s act', () => {
    const claim = find('condemnation', 'Ana Ruiz issued an unusual and unusually strong condemnation of the raid.');
    expect(claim?.claimant).toBe('Ana Ruiz');
  });
});

describe('a plural subject’s present tense, and a count opening the clause', () => {
  it('reads "Local officials allege that C" and "Aid agencies estimate that C" as their claims', () => {
    expect(find('40 herders', 'Local officials allege that raiders killed 40 herders.')?.claimant).toBe(
      'Local officials',
    );
    expect(find('most residents', 'Aid agencies estimate that most residents have fled.')?.claimant).toBe(
      'Aid agencies',
    );
  });

  it('reads "X estimates nearly 1,000 people were …" with the count as the clause’s first words', () => {
    const claim = find(
      'forced from',
      'The Harbour Authority estimates nearly 1,000 people were forced from their homes.',
    );
    expect(claim?.claimant).toBe('Harbour Authority');
  });
});

describe('a source quoted by another, after its claim', () => {
  it('reads "C, X was quoted by Y as saying." as X’s claim C', () => {
    const claim = find(
      'Two sailors',
      'Two sailors were killed in the harbour, the local Harbour Response Room was quoted by the Gazette as saying.',
    );
    expect(claim?.claimant).toBe('Harbour Response Room');
  });
});

describe('official figures and what they show', () => {
  const sentence =
    'The toll could top 500, according to official figures released Friday showing 40 people still missing.';

  it('ends the source after "according to" before what the figures show', () => {
    expect(find('could top 500', sentence)?.claimant).not.toMatch(/showing/);
  });

  it('gives what official figures show to the figures', () => {
    expect(find('40 people', sentence)?.claimant).toMatch(/^official figures/);
  });
});

describe('a name opening the sentence, its role running on to the verb', () => {
  it('reads "Ana Ruiz, administrator for the harbour ward, or district, in the north told …" as Ana Ruiz', () => {
    const claim = find(
      '12 bodies',
      'Ana Ruiz, administrator for the harbour ward, or district, in the northern region told the Gazette on Monday that 12 bodies had been recovered.',
    );
    expect(claim?.claimant).toBe('Ana Ruiz');
  });
});

describe('a place ending in "-ly" before the verb', () => {
  it('reads "Officials in Italy said" and "The survivors in Sicily told IOM that" whole', () => {
    expect(find('12 migrants', 'Officials in Italy said 12 migrants were rescued.')?.claimant).toBe(
      'Officials in Italy',
    );
    expect(find('left the port', 'The survivors in Sicily told IOM that they left the port.')?.claimant).toBe(
      'survivors in Sicily',
    );
  });
});

describe('any listener of a word or two before "that"', () => {
  it('reads "X told investigators that C" and "X told the group that C" as X’s claims', () => {
    expect(find('vessel was sunk', 'Survivors told investigators that their vessel was sunk.')?.claimant).toBe(
      'Survivors',
    );
    expect(
      find('gunshot wounds', 'A senior hospital official told the group that the deaths were caused by gunshot wounds.')
        ?.claimant,
    ).toBe('senior hospital official');
  });
});

describe('where the subject is based, and the place after it', () => {
  it('reads "The Harbour Post newspaper, based in the capital, Port Lane, reported that C" as the newspaper’s', () => {
    const claim = find(
      '24 people',
      'The Harbour Post newspaper, based in the island nation’s capital, Port Lane, reported that as many as 24 people had been killed.',
    );
    expect(claim?.claimant).toMatch(/Harbour Post/);
  });
});

describe('whose role a name holds, from the words after the title', () => {
  it('does not take "a police spokesman" for "Ana Ruiz, a spokesman for the harbour inmates" named next', () => {
    const claim = find(
      'Two guards',
      'Two guards were hurt, a police spokesman said.',
      'Ana Ruiz, a spokesman for the harbour inmates, said the riot began over food.',
    );
    expect(claim?.claimant).toBe('police spokesman');
  });
});

describe('a long title ending in its holder’s name after a quotation', () => {
  it('reads “…,” the country’s Flood Forecasting and Warning Centre chief Ana Maria Ruiz added', () => {
    const claim = find(
      'rising again',
      '“Of the total, 55 people drowned,” health department spokeswoman Lena Moss said.',
      '“The rivers are rising again,” the country’s Flood Forecasting and Warning Centre chief Ana Maria Ruiz added.',
    );
    expect(claim?.claimant).toBe('Ana Maria Ruiz');
  });
});

describe('a person described, then named in the appositive', () => {
  it('reads "Another survivor of the raid, Ana Ruiz, said C" as Ana Ruiz’s claim', () => {
    expect(find('50 houses', 'Another survivor of the raid, Ana Ruiz, said 50 houses were burned.')?.claimant).toBe(
      'Ana Ruiz',
    );
    expect(find('the boats', 'One survivor of the raid, Piet Claes, said the boats were burned.')?.claimant).toBe(
      'Piet Claes',
    );
  });
});

describe('a body’s wing named by what it is, then by its name', () => {
  it('takes "the army’s media affairs wing" for the body given a short form next ("Harbour Public Relations (HPR)")', () => {
    const claim = find(
      'Six sailors',
      'Six sailors were killed in an exchange of fire, the army’s media affairs wing said on Thursday.',
      'In a statement, the Harbour Public Relations (HPR) said the fighting lasted two hours.',
    );
    expect(claim?.claimant).toBe('Harbour Public Relations');
  });
});

describe('a cause "blamed on" something', () => {
  it('is no act of speech: the standfirst keeps its counts as the publisher’s', () => {
    const found = extractClaims(
      'Landslide toll rises\nAt least 32 people dead and more than 80 missing after a landslide blamed on heavy rains.\nOfficials said the rains had stopped.\n',
      { publisher: 'Harbour Gazette' },
    );
    const standfirst = found.find((p) => p.text.startsWith('At least 32'));
    expect(standfirst?.claimant?.name).toBe('Harbour Gazette');
    expect(standfirst?.figures.map((f) => [f.outcome, f.min])).toEqual([
      ['killed', 32],
      ['missing', 81],
    ]);
  });

  it('still reads "blamed on Monday the gunmen" and "blamed X on Y" as blaming', () => {
    expect(find('blamed on Monday', 'Police blamed on Monday the gunmen for the killings.')?.claimant).toBe('Police');
    expect(find('blamed the attack', 'The ministry blamed the attack on rebels.')?.claimant).toBe('ministry');
  });
});

describe('the second reading of the eighth round', () => {
  const proposals = (body: string) => extractClaims(body, { publisher: 'Harbour Gazette' });

  it('keeps the speaker of a title-case line ("…, Police Say")', () => {
    const found = proposals('Harbour news\n\nThree Killed In Harbour Blast, Police Say\n\nThree people died.\n');
    expect(found.find((p) => p.text.startsWith('Three Killed'))?.claimant?.name).toBe('Police');
  });

  it('reads a participle before people as an adjective ("visiting doctors said")', () => {
    expect(find('three children', 'On Monday, visiting doctors said three children had died.')?.claimant).toBe(
      'visiting doctors',
    );
    expect(find('20 homes', 'In the north, fleeing residents said 20 homes had burned.')?.claimant).toBe(
      'fleeing residents',
    );
  });

  it('still reads "blamed on Twitter" as blaming', () => {
    const claim = find('blamed on Twitter', 'The minister blamed on Twitter the opposition for the violence.');
    expect(claim?.claimant).toBe('minister');
  });

  it('takes a name after a quotation with no verb only when its appositive describes a person', () => {
    expect(find('lost everything', '“We lost everything,” Harbour City, the capital of the province.')?.claimant).toBe(
      null,
    );
    expect(
      find('lost everything', '“We lost everything,” Nasir Durrani, a regional police officer in Rawalpindi.')
        ?.claimant,
    ).toBe('Nasir Durrani');
  });

  it('never joins the headline to a first line that opens in lower case', () => {
    const found = proposals('Harbour fire kills three\nofficials said the blaze started in the kitchen.\n');
    expect(found[0]).toMatchObject({ text: 'Harbour fire kills three', claimant: { name: 'Harbour Gazette' } });
    expect(found[0].figures.map((f) => [f.outcome, f.min])).toEqual([['killed', 3]]);
  });
});

describe('a participle alone before a reporting verb', () => {
  it('is no claimant ("…, raising fears that C")', () => {
    const found = claims('Explosions killed 32 people, raising fears that the militants are regrouping.');
    expect(found.map((c) => c.claimant)).not.toContain('raising');
  });
});

describe('a name and its appositive after a quotation, then "told"', () => {
  it('keeps the verb as written', () => {
    const found = extractClaims('Harbour news\n\n“We lost everything,” Ana Ruiz, a local official, told reporters.\n', {
      publisher: 'Harbour Gazette',
    });
    expect(found.find((p) => p.text === 'We lost everything')).toMatchObject({
      claimant: { name: 'Ana Ruiz' },
      attribution: 'told reporters',
    });
  });
});

describe('a surname after a rank or a sentence adverb is the full name given before', () => {
  it.each([
    // A police rank written short is no part of the name, nor the given name of the person.
    [
      [
        'The rescue was announced by DCP Amaka Obi, the force spokesperson, on Friday.',
        'DCP Obi said the nine men were unhurt.',
      ],
      'nine men were unhurt',
      'Amaka Obi',
    ],
    [
      ['ASP Tunde Bello led the search on Monday.', 'ASP Bello said two of the boats had sunk.'],
      'two of the boats',
      'Tunde Bello',
    ],
    [
      ['Brig.-Gen. Rhoda Mensah visited the camp on Sunday.', 'Brig.-Gen. Mensah said 14 soldiers were wounded.'],
      '14 soldiers',
      'Rhoda Mensah',
    ],
    // A connective that opens the sentence is no given name of the surname after it.
    [
      ['President Ivo Santos said the riots were planned.', 'Later Santos added that 30 guards had been hurt.'],
      '30 guards',
      'Ivo Santos',
    ],
    [
      ['Governor Mara Lind praised the firefighters.', 'However Lind said that six homes were lost.'],
      'six homes',
      'Mara Lind',
    ],
  ])('%j', (story, text, speaker) => {
    expect(find(text, ...story)?.claimant).toBe(speaker);
  });
});

describe('a person named with the body they belong to is the person', () => {
  it('takes "Name of the Army" as the person, in the speaker and in the name index', () => {
    const story = ['Capt. Ruth Okello of the Army told reporters that four soldiers were wounded.'];
    expect(find('four soldiers', ...story)?.claimant).toBe('Ruth Okello');
  });

  it('leaves "the military" to the body when only a person "of the Army" is named', () => {
    const story = ['The military said the patrol led by Maj. Tom Ayer of the Army was ambushed near the river.'];
    expect(find('patrol led by', ...story)?.claimant).toBe('military');
  });

  it('reads a title before a surname as the person named in full before', () => {
    const story = [
      'Omar Wali, the officer in charge of the station, arrived at noon.',
      'Station House Officer Wali confirmed the death toll of nine.',
    ];
    expect(find('death toll', ...story)?.claimant).toBe('Omar Wali');
  });

  it('keeps a body whose name holds a title word and ends in another body word', () => {
    const story = [
      'The police say they found the bodies of five men.',
      'Spokesperson for the Lakeside State Police Command, Ada Ugo, confirmed the raid.',
    ];
    expect(find('five men', ...story)?.claimant).toBe('Lakeside State Police Command');
  });
});

describe('a generic noun for a body, with no body heard yet, is the body named just before', () => {
  it.each([
    [
      ['Two drivers of the Lakeland Relief Fund were killed in an ambush on Tuesday, the agency said.'],
      'Two drivers',
      'Lakeland Relief Fund',
    ],
    // A name followed by a body's noun in lower case names a body.
    [
      ['Gunmen shot dead four members of the Blue Lanterns rescue service overnight, the group said.'],
      'four members',
      'Blue Lanterns',
    ],
    // ("a Tarovian aid group" is no body's name: a people's adjective describes it.)
    [['Gunmen shot dead four volunteers, a Tarovian aid group said.'], 'four volunteers', 'Tarovian aid group'],
  ])('%j', (story, text, speaker) => {
    expect(find(text, ...story)?.claimant).toBe(speaker);
  });
});

describe('a speaker proposed is a name, never a fragment of the clause', () => {
  it('reads "told local Radio Kaya on Sunday night" as a listener, and the teller as the speaker', () => {
    const story = [
      'One passenger, Grace Auma, told local Radio Kaya on Sunday night the crew had ignored the storm warnings.',
    ];
    expect(find('ignored the storm', ...story)?.claimant).toBe('Grace Auma');
  });

  it('ends the subject where "in a statement" tells how it spoke', () => {
    const story = ['The spokesman in a statement on Friday in Port Lena said four men were arrested.'];
    expect(find('four men', ...story)?.claimant).toBe('spokesman');
  });

  it('takes no phrase opened by a preposition for a subject', () => {
    const story = ['Despite repeated calls for restraint, the fighting spread to three more villages.'];
    expect(find('three more villages', ...story)?.claimant).toBe('Harbour Gazette');
  });
});

describe('a title held in a place or a body is the person the article names with it', () => {
  it('files "The Kisumu East Member of Parliament, Name" and reads the title, and "MP", as the person', () => {
    const story = [
      'The Kisumu East Member of Parliament, Rose Atieno in a statement on Monday, stated that the raiders had burnt 30 homes.',
      'The MP noted that 200 families had fled to the market town.',
    ];
    expect(find('burnt 30 homes', ...story)?.claimant).toBe('Rose Atieno');
    expect(find('200 families', ...story)?.claimant).toBe('Rose Atieno');
  });

  it('reads "The Commissioner of Police, Lake State Command CP Name" and then "the commissioner" as the person', () => {
    const story = [
      'The Commissioner of Police, Lake State Command CP Ibrahim Sule Dantata has confirmed the attack on the market.',
      'The commissioner said the six victims were traders.',
    ];
    expect(find('confirmed the attack', ...story)?.claimant).toBe('Ibrahim Sule Dantata');
    expect(find('six victims', ...story)?.claimant).toBe('Ibrahim Sule Dantata');
  });
});

describe('the head of a UN body named by its work is the holder of its formal title', () => {
  it('takes "the UN human rights chief" as the High Commissioner named after', () => {
    const story = [
      'The United Nations human rights chief today condemned the killing of 40 fishermen off the coast.',
      '“These killings must be investigated,” said High Commissioner Amara Diallo.',
    ];
    expect(find('40 fishermen', ...story)?.claimant).toBe('Amara Diallo');
  });

  it('takes "the U.N.’s refugee chief" as the High Commissioner for Refugees introduced after', () => {
    const story = [
      'At least 60 refugees drowned off the coast, the United Nation’s refugee chief said on Monday.',
      'The U.N. High Commissioner for Refugees, Pieter Janssen, told reporters the boat had capsized.',
    ];
    expect(find('60 refugees', ...story)?.claimant).toBe('Pieter Janssen');
  });
});

describe('"according to" a role, an aside and the role’s holder is the holder', () => {
  it.each([
    [
      'According to the coordinator of the Lakes Rights Forum (LRF), Beni branch, Paul Kasereka, nine farmers were killed.',
      'nine farmers',
      'Paul Kasereka',
    ],
    [
      'Ten kilograms of explosives were used, according to AIG, Bomb Squad, Tariq Mehmood.',
      'Ten kilograms',
      'Tariq Mehmood',
    ],
  ])('%s', (sentence, text, speaker) => {
    expect(find(text, sentence)?.claimant).toBe(speaker);
  });
});

describe('a noun for a body, or a post on its channel, is the body the article names', () => {
  it('takes "the carrier" as the airline named before', () => {
    const story = ['Baltic Sky Airlines flight 210 landed on its belly in the field, the carrier said.'];
    expect(find('landed on its belly', ...story)?.claimant).toBe('Baltic Sky Airlines');
  });

  it('takes "a Telegram post published on the ministry’s official channel" as the ministry named before', () => {
    const story = [
      'The Harbourland Interior Ministry on Sunday reported that rescuers had found two more bodies.',
      '"They were found together," said a Telegram post published on the ministry\'s official channel.',
    ];
    expect(find('found together', ...story)?.claimant).toBe('Harbourland Interior Ministry');
  });
});

describe('a body described before it is named, and a pronoun joined to another speaker', () => {
  it('takes "an Eastland rescue service" as the rescue service named next', () => {
    const story = [
      'A rocket destroyed a house near the border, wounding four people, an Eastland rescue service said.',
      'Blue Star Aid rescue service said it was treating four people.',
    ];
    expect(find('wounding four people', ...story)?.claimant).toBe('Blue Star Aid');
  });

  it('takes "Both she and another official" as the woman named before and the other official', () => {
    const story = [
      'Lena Haugen, who heads the relief council, was in the convoy.',
      'Both she and another council official denied they had broken any rules.',
    ];
    expect(find('broken any rules', ...story)?.claimant).toBe('Lena Haugen and another council official');
  });
});

describe('an inverted speaker after whom and when he told', () => {
  it('reads "…,” declared to AFP in the evening Name, head of …" as Name', () => {
    const story = [
      '“Gunmen attacked the village of Oru on Thursday, where they killed six farmers,” declared to AFP in the evening Jean Kabila, head of the sector.',
    ];
    expect(find('six farmers', ...story)?.claimant).toBe('Jean Kabila');
  });
});

describe('a definite role is the speaker so described before', () => {
  it('takes "the intelligence official" as the official who spoke before, not a general who spoke since', () => {
    const story = [
      'The strike, a Lakeland intelligence official said, killed 20 people at the meeting.',
      'The Lakeland military chief, Gen. Omar Diallo, issued a strong condemnation of the strike.',
      'The intelligence official said that of the 20 dead, eight were fighters.',
    ];
    expect(find('eight were fighters', ...story)?.claimant).toBe('Lakeland intelligence official');
  });
});

describe('a stance expressed in quotation marks, after a time', () => {
  it('reads \'X expressed on Friday "deep concern" over …\' as X’s act', () => {
    const story = [
      'Health chief Ana Lopez expressed on Friday "deep concern" over the strike on the clinic, which killed four nurses.',
    ];
    const claim = find('four nurses', ...story);
    expect(claim?.claimant).toBe('Ana Lopez');
  });
});

describe('"the source" is the unnamed person who spoke last', () => {
  it('takes "the source noted" after "an officer from the port police told" as that officer', () => {
    const story = [
      'Gunmen killed two guards at the depot, an officer from the port police told the Gazette on condition of anonymity.',
      'The gunmen attacked the depot from "two sides," the source noted.',
    ];
    expect(find('two sides', ...story)?.claimant).toBe('officer from the port police');
  });
});
