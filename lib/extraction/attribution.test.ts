import { describe, expect, it } from 'vitest';
import { findFrames } from './attribution';
import { findQuotes, maskQuotes } from './quotes';

/** Frames of a one-sentence text, as the words they pick out. */
function frames(sentence: string) {
  const span = { start: 0, end: sentence.length };
  const masked = maskQuotes(sentence, findQuotes(sentence, span));
  return findFrames(masked, span).map((f) => ({
    kind: f.kind,
    subject: f.subject && sentence.slice(f.subject.start, f.subject.end),
    attribution: f.attribution,
    clauses: f.clauses.map((c) => sentence.slice(c.start, c.end)),
  }));
}

describe('reported speech', () => {
  it('claims the clause after "said that" and after a bare "said"', () => {
    expect(frames('The mayor said that the bridge would reopen in May.')).toEqual([
      { kind: 'reported', subject: 'The mayor', attribution: 'said that', clauses: ['the bridge would reopen in May'] },
    ]);
    expect(frames('Engineers said the bridge was safe.')[0]).toMatchObject({
      attribution: 'said',
      clauses: ['the bridge was safe'],
    });
  });

  it('skips a day or a setting between the verb and the clause', () => {
    expect(frames('The port authority said on Friday that ships were waiting.')[0]).toMatchObject({
      subject: 'The port authority',
      attribution: 'said that',
      clauses: ['ships were waiting'],
    });
    expect(frames('The union said in a statement that talks had failed.')[0].clauses).toEqual(['talks had failed']);
  });

  it('keeps "told reporters" and skips auxiliaries and an appositive before the verb', () => {
    expect(frames('Anna Berg, the harbour master, told reporters that the storm had passed.')[0]).toMatchObject({
      subject: 'Anna Berg',
      attribution: 'told reporters that',
      clauses: ['the storm had passed'],
    });
    expect(frames('The two ministries had previously said the plan was final.')[0].subject).toBe('The two ministries');
  });

  it('starts the subject after a conjunction that opens its clause', () => {
    expect(frames('The vote was delayed as the opposition said it would boycott it.')[0]).toMatchObject({
      subject: 'the opposition',
      clauses: ['it would boycott it'],
    });
  });

  it('claims each ", while" clause for the same speaker', () => {
    expect(frames('A ranger said a fire destroyed two huts, while a second fire was contained.')[0].clauses).toEqual([
      'a fire destroyed two huts',
      'a second fire was contained',
    ]);
  });

  it('ignores "said" with nothing reported after it, and verbs like "reported" without "that"', () => {
    expect(frames('“It is over,” the coach said, adding that he was proud.')).toEqual([]);
    expect(frames('He told reporters in Oslo, standing beside the prime minister.')).toEqual([]);
    expect(frames('The reported attack caused panic.')).toEqual([]);
  });
});

describe('an attribution after its claim', () => {
  it('claims the clause before ", X said" and ", said X"', () => {
    expect(frames('Two ferries were cancelled, the operator said on Monday.')).toEqual([
      { kind: 'reported', subject: 'the operator', attribution: 'said', clauses: ['Two ferries were cancelled'] },
    ]);
    expect(frames('Two ferries were cancelled, said the operator.')[0]).toMatchObject({
      subject: 'the operator',
      clauses: ['Two ferries were cancelled'],
    });
  });

  it('keeps an appositive speaker and reported speech apart from a trailing one', () => {
    expect(frames('Lena Ortiz, the mayor, said the ferries were late.')[0]).toMatchObject({
      subject: 'Lena Ortiz',
      clauses: ['the ferries were late'],
    });
    expect(frames('“We are late”, she said.')).toEqual([]);
  });
});

describe('according to', () => {
  it('claims the clause before a trailing "according to X"', () => {
    expect(frames('Nine shops burned down overnight, according to the fire brigade.')).toEqual([
      {
        kind: 'according',
        subject: 'the fire brigade',
        attribution: 'according to',
        clauses: ['Nine shops burned down overnight'],
      },
    ]);
  });

  it('claims the clause after a leading "According to X,"', () => {
    expect(frames('According to the census office, the town has grown.')[0]).toMatchObject({
      subject: 'the census office',
      clauses: ['the town has grown'],
    });
  });

  it('stops the source at a photo credit', () => {
    expect(frames('Water covered the road, according to residents [Lee Chan/AFP]')[0].subject).toBe('residents');
  });
});

describe('acts of speech', () => {
  it('claims "has called on …" from the verb, and not a passive', () => {
    expect(frames('The governor, a former judge, has urged residents to leave, as the river rises.')[0]).toMatchObject({
      kind: 'act',
      subject: 'The governor',
      attribution: 'urged',
      clauses: ['has urged residents to leave'],
    });
    expect(frames('The fire was blamed on a faulty cable.')).toEqual([]);
  });
});

describe('words that look like attributions and are not', () => {
  it('reads "told media" as a listener, not "told me"', () => {
    expect(frames('The raid hit homes, Ali Hassan told media.')).toEqual([
      { kind: 'reported', subject: 'Ali Hassan', attribution: 'told', clauses: ['The raid hit homes'] },
    ]);
  });

  it('does not take "according to the type of …" for a source', () => {
    expect(frames('Raids are logged according to the type of aircraft.')).toEqual([]);
  });
});
