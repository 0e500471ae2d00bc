import { describe, expect, it } from 'vitest';
import { NameIndex } from './name-index';
import { classify, cleanName } from './names';
import { SourceTracker } from './sources';

describe('cleanName', () => {
  it.each([
    ['Local fisherman Tomas Eriksen', 'Tomas Eriksen'],
    ['State broadcaster NRK', 'NRK'],
    ['the Oslo-based Norwegian Refugee Council', 'Norwegian Refugee Council'],
    ['Reuters’s Jane Doe', 'Jane Doe'],
    ['Danish Foreign Minister Lars Holm', 'Lars Holm'],
    ['A regional newspaper', 'regional newspaper'],
    ['Police and the coastguard', 'Police and the coastguard'],
    ['de la Cruz', 'de la Cruz'],
  ])('%s → %s', (phrase, name) => expect(cleanName(phrase)).toBe(name));
});

describe('classify', () => {
  it.each([
    ['Tomas Eriksen', 'person'],
    ['Ana de la Cruz', 'person'],
    ['NRK', 'org'],
    ['Norwegian Refugee Council', 'org'],
    ['regional newspaper', 'org'],
    ['aid workers', 'group'],
    ['Witnesses', 'group'],
  ] as const)('%s is a %s', (name, kind) => expect(classify(name)).toBe(kind));
});

describe('NameIndex', () => {
  const body = 'Talks with Chile Ana de la Cruz and Peter van Dijk ended. Later, De la Cruz spoke. Van Dijk left.';
  const index = new NameIndex(body);
  it('expands a surname to the full name written before it', () => {
    expect(index.expand('De la Cruz', 70)).toBe('Ana de la Cruz');
    expect(index.expand('Van Dijk', 90)).toBe('Peter van Dijk');
    expect(index.expand('Dijk', 90)).toBe('Peter van Dijk');
    expect(index.expand('Smith', 90)).toBeNull();
  });
});

describe('SourceTracker', () => {
  const body =
    'Nurse Karin Lund spoke first. The Red Crescent Society said it would help. Lund said more. The group added. It agreed. She left.';
  const tracker = () => new SourceTracker(new NameIndex(body), []);

  it('resolves surnames, "the group", "it" and "she" to the last source of the right kind', () => {
    const t = tracker();
    expect(t.resolve('Nurse Karin Lund', 0)?.claimant).toEqual({ name: 'Karin Lund', isNew: true });
    expect(t.resolve('The Red Crescent Society', 30)?.claimant.name).toBe('Red Crescent Society');
    expect(t.resolve('Lund', 75)).toMatchObject({ claimant: { name: 'Karin Lund' }, how: '"Lund" is Karin Lund' });
    expect(t.resolve('The group', 90)?.claimant.name).toBe('Red Crescent Society');
    expect(t.resolve('It', 105)?.claimant.name).toBe('Red Crescent Society');
    expect(t.resolve('She', 115)?.claimant.name).toBe('Karin Lund');
  });

  it('finds "the Society" by a word of a source named before', () => {
    const t = tracker();
    t.resolve('The Red Crescent Society', 30);
    expect(t.resolve('the Society', 80)?.claimant.name).toBe('Red Crescent Society');
  });

  it('leaves a pronoun with no earlier source of its kind unresolved', () => {
    expect(tracker().resolve('he', 0)).toBeNull();
  });

  it('matches known Sources by name, alias, a name held in the mention, or a surname', () => {
    const known = [
      { id: 'src-rc', name: 'Red Crescent Society', aliases: ['the Red Crescent', 'RCS'] },
      { id: 'src-kl', name: 'Karin Lund', aliases: [] },
    ];
    const t = new SourceTracker(new NameIndex(''), known);
    expect(t.resolve('RCS', 0)?.claimant).toEqual({ name: 'Red Crescent Society', sourceId: 'src-rc', isNew: false });
    expect(t.resolve('the Red Crescent', 0)?.claimant.sourceId).toBe('src-rc');
    expect(t.resolve('the Geneva-based Red Crescent Society', 0)?.claimant.sourceId).toBe('src-rc');
    expect(t.resolve('Lund', 0)?.claimant.sourceId).toBe('src-kl');
    expect(t.resolve('The harbour office', 0)?.claimant).toEqual({ name: 'harbour office', isNew: true });
  });
});
