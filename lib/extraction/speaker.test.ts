import { describe, expect, it } from 'vitest';
import { findQuotes, maskQuotes } from './quotes';
import { quoteSpeaker } from './speaker';

function speaker(sentence: string) {
  const span = { start: 0, end: sentence.length };
  const quotes = findQuotes(sentence, span);
  const found = quoteSpeaker(maskQuotes(sentence, quotes), quotes[0], span);
  return found && { name: sentence.slice(found.subject.start, found.subject.end), attribution: found.attribution };
}

describe('quoteSpeaker', () => {
  it('finds the speaker after the quotation', () => {
    expect(speaker('“The water is rising,” the engineer said.')).toEqual({ name: 'the engineer', attribution: 'said' });
    expect(speaker('“We will stay,” she said.')).toEqual({ name: 'she', attribution: 'said' });
    expect(speaker('“No comment,” van der Berg told reporters in Brussels.')).toEqual({
      name: 'van der Berg',
      attribution: 'told reporters',
    });
  });

  it('finds an inverted speaker, without taking the name for a listener', () => {
    expect(speaker('“Leave now,” said Maria Lopez, a volunteer.')).toEqual({
      name: 'Maria Lopez',
      attribution: 'said',
    });
  });

  it('finds an inverted speaker named by a common noun', () => {
    expect(speaker('“The bridge is gone,” said one of the rescue workers, citing residents.')).toEqual({
      name: 'one of the rescue workers',
      attribution: 'said',
    });
  });

  it('finds the speaker before "said:" past a lead-in clause', () => {
    expect(speaker('Asked about the delay, the minister said: “We need more time.”')).toEqual({
      name: 'the minister',
      attribution: 'said',
    });
  });

  it('finds the speaker who "told" any listener before a colon', () => {
    expect(speaker('David Mbeki, the district prefect, told state radio CRTV: “Nine people were killed.”')).toEqual({
      name: 'David Mbeki',
      attribution: 'told',
    });
    expect(speaker('The governor told the news agency on Monday: “The road is closed.”')).toEqual({
      name: 'The governor',
      attribution: 'told',
    });
    // No colon, no listener: a story "told" in the sentence names no speaker of the quotation.
    expect(speaker('The village told its story. “We need more time.”')).toBeNull();
  });

  it('returns null when the sentence names no speaker', () => {
    expect(speaker('“We need more time.”')).toBeNull();
  });
});
