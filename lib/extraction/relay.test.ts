import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import { detectRelay } from './relay';
import type { KnownSource } from './types';

// Who relays whom, read from the sentence around each proposal (lib/extraction/relay.ts).

const known: KnownSource[] = [
  { id: 'sohr', name: 'Syrian Observatory for Human Rights', aliases: ['Syrian Observatory', 'SOHR'] },
  { id: 'reuters', name: 'Reuters', aliases: [] },
  { id: 'afp', name: 'Agence France-Presse', aliases: ['AFP'] },
  { id: 'ocha', name: 'UN Office for the Coordination of Humanitarian Affairs', aliases: ['OCHA'] },
];

/** The relay of the proposal holding `part`, as the import reads it. */
function relayOf(body: string, part: string, publisher = 'The Daily Paper') {
  const proposals = extractClaims(body, { knownSources: known, publisher });
  const p = proposals.find((x) => x.start <= body.indexOf(part) && x.end > body.indexOf(part));
  if (!p) throw new Error(`no proposal holds "${part}"`);
  return detectRelay(body, p, known, publisher);
}

describe('relay detection', () => {
  it('reads "citing" as the outlet carrying a primary source', () => {
    const r = relayOf(
      'At least 100 civilians were killed in Aleppo over the past ten days, Reuters reported, citing the Syrian Observatory for Human Rights.',
      'At least 100',
    );
    expect(r).toEqual({
      primary: { name: 'Syrian Observatory for Human Rights', sourceId: 'sohr', isNew: false },
      via: { name: 'Reuters', sourceId: 'reuters', isNew: false },
      cue: 'citing',
    });
  });

  it('reads "citing" before the claim, and a primary source nobody has recorded yet', () => {
    const r = relayOf(
      'Citing the provincial health directorate, state television said 43 people died in the floods on Sunday.',
      '43 people',
    );
    expect(r?.primary).toEqual({ name: 'provincial health directorate', isNew: true });
    expect(r?.cue).toBe('citing');
  });

  it('reads "which cited" and "quoting"', () => {
    const cited = relayOf(
      'Some 2,000 families fled the district, according to the Associated Press, which cited local officials.',
      'Some 2,000',
    );
    expect(cited?.primary.name).toBe('local officials');
    expect(cited?.via?.name).toBe('Associated Press');
    const quoting = relayOf(
      'The strike killed 12 people, the Interfax news agency said, quoting the regional governor on Monday.',
      'The strike killed',
    );
    expect(quoting?.primary.name).toBe('regional governor');
  });

  it('reads "X said, according to Y" as X relayed by the outlet Y', () => {
    const r = relayOf(
      'At least 100 civilians were killed in Aleppo over the past ten days, the Syrian Observatory said, according to Reuters.',
      'At least 100',
    );
    expect(r).toEqual({
      primary: { name: 'Syrian Observatory for Human Rights', sourceId: 'sohr', isNew: false },
      via: { name: 'Reuters', sourceId: 'reuters', isNew: false },
      cue: 'according to',
    });
  });

  it('reads "X told AFP" as X relayed by AFP, and knows an acronym as an outlet', () => {
    const afp = relayOf('A local official told AFP that 40 people were killed in the strike.', '40 people');
    expect(afp).toEqual({
      primary: { name: 'local official', isNew: true },
      via: { name: 'Agence France-Presse', sourceId: 'afp', isNew: false },
      cue: 'told',
    });
    const bbc = relayOf('"We have no water left," a nurse at the hospital told the BBC.', 'We have no water');
    expect(bbc?.via?.name).toBe('BBC');
  });

  it('leaves first-hand words alone: "told reporters", "according to a statement", its own interview, a plain "said"', () => {
    expect(relayOf('Thirty people were wounded, the governor told reporters on Tuesday.', 'Thirty people')).toBeNull();
    expect(
      relayOf('Some 300 homes were destroyed, according to a statement from the Red Crescent.', 'Some 300'),
    ).toBeNull();
    expect(
      relayOf('"The shelling has not stopped," the mayor told The Daily Paper.', 'The shelling', 'The Daily Paper'),
    ).toBeNull();
    expect(relayOf('At least 20 people died in the fire, police said.', 'At least 20')).toBeNull();
    expect(relayOf('According to OCHA, 1.2 million people need food aid in the region.', '1.2 million')).toBeNull();
  });

  it('reads only the sentence of the proposal', () => {
    const body =
      'Reuters, citing the Syrian Observatory for Human Rights, said the road was closed.\n\nAt least 20 people died in the fire, police said.';
    expect(relayOf(body, 'At least 20')).toBeNull();
  });
});

describe('relay detection across abbreviations', () => {
  it('keeps a title written short and a dotted acronym inside the relayed name', () => {
    const doctor = relayOf(
      'At least 30 people were killed in the market on Friday, the agency reported, citing Dr. Ahmed Ali, the hospital director.',
      'At least 30',
    );
    expect(doctor?.primary.name).toBe('Ahmed Ali');
    const agency = relayOf(
      'More than 200 families were displaced by the fighting, the broadcaster said, citing the U.N. refugee agency.',
      'More than 200',
    );
    expect(agency?.primary.name).toMatch(/^(?:the )?U\.N\. refugee agency$/);
  });

  it('reads past "Lt. Col." to the speaker who told an outlet', () => {
    const r = relayOf(
      'Twelve soldiers were wounded in the ambush, Lt. Col. Ali Hassan told Reuters on Monday.',
      'Twelve soldiers',
    );
    expect(r?.via?.name).toBe('Reuters');
  });
});
