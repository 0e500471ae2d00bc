import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

// Press releases and agency copy: an organisation speaking in its own release, ministries
// reporting through a state agency, spokespeople for a body. Invented sentences in that style.

const claims = (publisher: string, ...paragraphs: string[]) =>
  extractClaims(paragraphs.join('\n\n'), { publisher }).map((p) => ({
    text: p.text,
    claimant: p.claimant?.name ?? null,
    figures: p.figures.map((f) => `${f.outcome} ${f.victimGroup} ${f.min}-${f.max ?? ''} ${f.qualifier}`),
  }));
const claimantOf = (text: string, publisher: string, ...paragraphs: string[]) =>
  claims(publisher, ...paragraphs).find((c) => c.text.includes(text))?.claimant;

describe('ministries and bodies named by what they do', () => {
  it('keeps "the health ministry" apart from another country’s foreign ministry named before', () => {
    const story = [
      'Norway’s foreign ministry expressed concern over the fighting near the port.',
      'The death toll rose to 45, the health ministry said in a statement.',
    ];
    expect(claimantOf('death toll', 'State News Agency', ...story)).toBe('health ministry');
  });

  it('still finds "the militia member" named before by another description', () => {
    const story = [
      'Three people were killed, an anti-junta militia member said on Friday.',
      '“They came at night,” said the militia member, who declined to be identified.',
    ];
    expect(claimantOf('They came at night', 'Harbour Gazette', ...story)).toBe('anti-junta militia member');
  });

  it('keeps a title that is part of a body’s name ("Foreign Ministry of …")', () => {
    const sentence = 'The Foreign Ministry of Norland condemned the attack on the convoy.';
    expect(claimantOf('attack on the convoy', 'State News Agency', sentence)).toBe('Foreign Ministry of Norland');
  });
});

describe('an organisation speaking in its own release', () => {
  it('is the publisher when it is "alarmed by reports that …", not "X is alarmed by"', () => {
    const release = 'The Children’s Fund is deeply alarmed by reports that 12 children were killed in the strike.';
    expect(claimantOf('12 children', 'Children’s Fund', release)).toBe('Children’s Fund');
  });
});
