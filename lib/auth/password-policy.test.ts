import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('a new password', () => {
  it.each(['correct horse battery', 'pässwörd-mit-ümlauten', '  spaces at both ends  ', 'emoji 🙂 are fine'])(
    'may be %j',
    (password) => expect(passwordProblem(password)).toBeNull(),
  );

  it.each([
    ['a line break', 'first-line-pw\nfirst-line-pw'],
    ['a carriage return', 'correct horse\r'],
    ['a tab', 'correct\thorse battery'],
    ['NUL', 'correct horse\u0000battery'],
    ['DEL', 'correct horse\u007fbattery'],
    ['a C1 control', 'correct horse\u0085battery'],
    ['a lone surrogate', 'correct horse \ud800 battery'],
  ])('may not hold %s', (_name, password) => {
    expect(passwordProblem(password)).toMatch(/control characters/);
  });

  it('has a length between 12 and 1024', () => {
    expect(passwordProblem('x'.repeat(11))).toBe('Use at least 12 characters.');
    expect(passwordProblem('x'.repeat(1025))).toBe('Use at most 1024 characters.');
  });
});
