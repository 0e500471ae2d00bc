import { describe, expect, it } from 'vitest';
import { findQuotes, maskQuotes } from './quotes';
import { clauseEnd, paragraphs, reflowWrappedLines, splitSentences, trimSpan } from './sentences';

const texts = (body: string, spans: { start: number; end: number }[]) => spans.map((s) => body.slice(s.start, s.end));

describe('paragraphs', () => {
  it('gives each non-blank line, trimmed of spaces and non-breaking spaces', () => {
    const body = 'Storm hits coast\n\n  First line.\u00A0\nA caption [Jo Bloggs/AP]\n\n\n';
    expect(texts(body, paragraphs(body))).toEqual(['Storm hits coast', 'First line.', 'A caption [Jo Bloggs/AP]']);
  });
});

describe('reflowWrappedLines', () => {
  it('joins a line wrapped inside a sentence and keeps every offset', () => {
    const body =
      'Gunmen kidnap pupils\nGunmen have abducted 42 people from a school in\ncentral Nigeria, an official said.\nThe army said it was searching,\npolice added.';
    const flowed = reflowWrappedLines(body);
    expect(flowed).toHaveLength(body.length);
    expect(flowed.split('\n')).toEqual([
      'Gunmen kidnap pupils',
      'Gunmen have abducted 42 people from a school in central Nigeria, an official said.',
      'The army said it was searching, police added.',
    ]);
  });

  it('keeps a break after a stop, a colon or a closing mark, and before a capital', () => {
    const body = 'Five killed in blast\nPolice said:\n“We are searching.”\nand more.\nIt ended.\n2 died';
    expect(reflowWrappedLines(body)).toBe(body);
  });
});

describe('splitSentences', () => {
  it('splits at full stops but not after abbreviations or initials', () => {
    const body = 'Mr. Jones met Dr. Patel in St. Louis. They talked for an hour. U.S. envoys waited.';
    expect(texts(body, splitSentences(body, { start: 0, end: body.length }))).toEqual([
      'Mr. Jones met Dr. Patel in St. Louis.',
      'They talked for an hour.',
      'U.S. envoys waited.',
    ]);
  });

  it('does not split inside a quotation, and lets a quotation end its sentence', () => {
    const body = 'She said: “We waited. Nobody came.” Then the rain began.';
    const masked = maskQuotes(body, findQuotes(body, { start: 0, end: body.length }));
    expect(masked).toHaveLength(body.length);
    expect(texts(body, splitSentences(masked, { start: 0, end: body.length }))).toEqual([
      'She said: “We waited. Nobody came.”',
      'Then the rain began.',
    ]);
  });
});

describe('clauseEnd', () => {
  it('stops at ", while", ", as", ", according to" and semicolons, not at ", as well as"', () => {
    const s = 'Ten boats sank, while two returned';
    expect(s.slice(0, clauseEnd(s, 0, s.length))).toBe('Ten boats sank');
    const t = 'Farmers, as well as traders, lost stock, according to the council';
    expect(t.slice(0, clauseEnd(t, 0, t.length))).toBe('Farmers, as well as traders, lost stock');
    const u = 'The road is shut; the bridge is open';
    expect(u.slice(0, clauseEnd(u, 0, u.length))).toBe('The road is shut');
  });
});

describe('trimSpan', () => {
  it('drops spaces, commas and a final full stop unless asked to keep it', () => {
    const s = ' \u00A0the dam held.\u00A0';
    expect(texts(s, [trimSpan(s, 0, s.length)])).toEqual(['the dam held']);
    expect(texts(s, [trimSpan(s, 0, s.length, true)])).toEqual(['the dam held.']);
    const q = 'it was over,';
    expect(texts(q, [trimSpan(q, 0, q.length, true)])).toEqual(['it was over']);
  });
});
