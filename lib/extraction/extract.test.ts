import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import type { Proposal } from './types';

// An invented web story: kicker and headline, standfirst, quotes, reported speech, a caption twice, a source line.
const ARTICLE = [
  'Valdoria: Port workers end strike after pay deal',
  '',
  'As ships queue offshore, union leaders accept a 9 percent rise.',
  '',
  'Union leader Marta\u00A0Kovac, who led the walkout, has called on the port authority to pay arrears by June, as talks continue.',
  '',
  '“We stood together and we won,” Kovac told reporters on Monday.',
  '',
  '“Nobody will work unpaid again.”',
  '',
  'Speaking after the clashes at the north gate, Kovac said: “The police went too far.”',
  '',
  'At least 14 workers were injured in the clashes on Friday, according to the Valdoria Workers’ Union.',
  '',
  'The union said 3 officers were also hurt. It said that two men were detained.',
  '',
  'Dock workers voted to return on Tuesday, according to organisers [Rui Alves/Reuters]',
  'Dock workers voted to return on Tuesday, according to organisers [Rui Alves/Reuters]',
  'Port director Jonas Weller said the backlog would clear within a week.',
  '',
  '“It will take time,” he said.',
  '',
  'Source: Harbour Gazette',
].join('\n');

// Claimant names are cleaned: the non-breaking space inside a name becomes a plain one.
const brief = (p: Proposal) => ({
  text: p.text,
  kind: p.kind,
  claimant: p.claimant?.name ?? null,
  attribution: p.attribution,
});

describe('extractClaims on an article it has never seen', () => {
  const proposals = extractClaims(ARTICLE);

  it('gives exact, sorted spans into the body', () => {
    for (const p of proposals) expect(ARTICLE.slice(p.start, p.end)).toBe(p.text);
    expect(proposals.map((p) => p.start)).toEqual([...proposals.map((p) => p.start)].sort((a, b) => a - b));
  });

  it('proposes the headline and standfirst as the publisher’s, named by the "Source:" line', () => {
    expect(proposals.some((p) => p.text.includes('Harbour Gazette'))).toBe(false);
    expect(proposals.every((p) => p.claimant === null || p.claimant.isNew)).toBe(true);
    expect(proposals.slice(0, 2).map(brief)).toEqual([
      {
        text: 'Port workers end strike after pay deal',
        kind: 'statement',
        claimant: 'Harbour Gazette',
        attribution: 'headline',
      },
      {
        text: 'union leaders accept a 9 percent rise',
        kind: 'statement',
        claimant: 'Harbour Gazette',
        attribution: 'standfirst',
      },
    ]);
  });

  it('finds quotations, their speakers and a speaker carried over from the paragraph before', () => {
    const quotes = proposals.filter((p) => p.kind === 'quote').map(brief);
    expect(quotes).toEqual([
      { text: 'We stood together and we won', kind: 'quote', claimant: 'Marta Kovac', attribution: 'told reporters' },
      {
        text: 'Nobody will work unpaid again.',
        kind: 'quote',
        claimant: 'Marta Kovac',
        attribution: 'speaker carried over from the previous paragraph',
      },
      { text: 'The police went too far.', kind: 'quote', claimant: 'Marta Kovac', attribution: 'said' },
      { text: 'It will take time', kind: 'quote', claimant: 'Jonas Weller', attribution: 'said' },
    ]);
  });

  it('finds an act of speech, reported speech and an event presented as fact', () => {
    expect(proposals.map(brief)).toEqual(
      expect.arrayContaining([
        {
          text: 'has called on the port authority to pay arrears by June',
          kind: 'statement',
          claimant: 'Marta Kovac',
          attribution: 'called on',
        },
        {
          text: 'the backlog would clear within a week',
          kind: 'statement',
          claimant: 'Jonas Weller',
          attribution: 'said',
        },
        { text: 'the clashes at the north gate', kind: 'event', claimant: 'Harbour Gazette', attribution: null },
      ]),
    );
  });

  it('reads casualty claims and resolves "the union" and "it" to the source named before', () => {
    const casualties = proposals.filter((p) => p.kind === 'casualty');
    expect(
      casualties.map((p) => [p.text, p.claimant?.name, p.figures.map((f) => [f.outcome, f.victimGroup, f.min, f.max])]),
    ).toEqual([
      [
        'At least 14 workers were injured in the clashes on Friday',
        'Valdoria Workers’ Union',
        [['injured', 'workers', 14, null]],
      ],
      ['3 officers were also hurt', 'Valdoria Workers’ Union', [['injured', 'officers', 3, 3]]],
      ['two men were detained', 'Valdoria Workers’ Union', [['detained', 'men', 2, 2]]],
    ]);
    expect(casualties[0].figures[0]).toMatchObject({ qualifier: 'at least', period: 'Friday' });
  });

  it('proposes a caption printed twice once, attributed to the caption’s source', () => {
    const captions = proposals.filter((p) => p.text.startsWith('Dock workers voted'));
    expect(captions.map(brief)).toEqual([
      {
        text: 'Dock workers voted to return on Tuesday',
        kind: 'statement',
        claimant: 'organisers',
        attribution: 'according to (photo caption)',
      },
    ]);
  });

  it('links claimants to known Sources and uses a publisher given by the caller', () => {
    const known = [{ id: 'src-union', name: 'Valdoria Workers’ Union', aliases: ['the union', 'VWU'] }];
    const linked = extractClaims(ARTICLE, { knownSources: known, publisher: 'The Harbour Gazette' });
    const union = linked.filter((p) => p.claimant?.sourceId === 'src-union');
    expect(union).toHaveLength(3);
    expect(linked[0].claimant).toEqual({ name: 'The Harbour Gazette', isNew: true });
  });

  it('reads a wire dateline as no part of the claim, and a casualty headline as a casualty', () => {
    const wire =
      'Bus crash kills 9 near border\n\nTARVOS, Elbonia (Reuters) - Nine passengers died when a bus overturned, police said.\n\nMore later.';
    expect(extractClaims(wire).map((p) => [p.text, p.kind, p.claimant?.name ?? null])).toEqual([
      ['Bus crash kills 9 near border', 'casualty', null],
      ['Nine passengers died when a bus overturned', 'casualty', 'police'],
    ]);
  });

  it('reads copy wrapped at a fixed width as whole sentences, keeping the text as written', () => {
    const body =
      'Gunmen kidnap 42 in Nigeria\n\nGunmen have abducted 42 people, including 27 students, from a school in\ncentral Nigeria, a local government official said Wednesday.\n';
    const proposals = extractClaims(body, { publisher: 'The Daily Paper' });
    const lead = proposals.find((p) => p.text.startsWith('Gunmen have abducted'));
    expect(lead?.claimant?.name).toMatch(/official/);
    expect(lead?.text).toContain('in\ncentral Nigeria');
    for (const p of proposals) expect(body.slice(p.start, p.end)).toBe(p.text);
  });

  it('is deterministic', () => {
    expect(extractClaims(ARTICLE)).toEqual(proposals);
  });
});
