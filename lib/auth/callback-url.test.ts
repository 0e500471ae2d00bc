import { describe, expect, it } from 'vitest';
import { safeCallbackUrl, safeRedirectUrl } from './callback-url';

describe('where sign-in sends someone afterwards', () => {
  it.each([
    ['/review', '/review'],
    ['/review/claims/abc?tab=evidence#verdict', '/review/claims/abc?tab=evidence#verdict'],
    ['/claims?q=ca%C3%A9', '/claims?q=ca%C3%A9'],
    ['/review/./claims', '/review/claims'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'], // an encoded slash stays part of the path
  ])('keeps the same-origin path %j', (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  it.each([
    ['tab after the slash', '/\t/evil.example'],
    ['newline after the slash', '/\n/evil.example'],
    ['carriage return', '/\r/evil.example'],
    ['newline in the middle, header injection', '/review\r\nSet-Cookie: a=b'],
    ['NUL', '/\u0000/evil.example'],
    ['DEL', '/\u007f/evil.example'],
    ['C1 control', '/\u0085/evil.example'],
    ['protocol-relative', '//evil.example'],
    ['protocol-relative with path', '//evil.example/review'],
    ['backslash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['slash then backslash', '/\\/evil.example'],
    ['absolute http', 'https://evil.example/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,hi'],
    ['relative without slash', 'evil.example'],
    ['dot segment to a host', '/.//evil.example'],
    ['parent segment to a host', '/x/..//evil.example'],
    ['leading space', ' /review'],
    ['lone surrogate', '/review\ud800'],
    ['empty', ''],
    ['huge', `/${'a'.repeat(5000)}`],
  ])('refuses %s', (_name, value) => {
    expect(safeCallbackUrl(value)).toBe('/review');
  });

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, ['/review'], { toString: () => '/review' }]) {
      expect(safeCallbackUrl(value)).toBe('/review');
    }
  });

  it('gives Auth.js a URL on this site, whatever it was asked for', () => {
    const base = 'https://checks.example';
    expect(safeRedirectUrl('/login?notice=signed_out', base)).toBe('https://checks.example/login?notice=signed_out');
    expect(safeRedirectUrl('https://checks.example/review/claims/1', base)).toBe(
      'https://checks.example/review/claims/1',
    );
    expect(safeRedirectUrl('https://evil.example/review', base)).toBe('https://checks.example/review');
    expect(safeRedirectUrl('/\t/evil.example', base)).toBe('https://checks.example/review');
    expect(safeRedirectUrl('https://checks.example/.//evil.example', base)).toBe('https://checks.example/review');
    expect(safeRedirectUrl('not a url', base)).toBe('https://checks.example/review');
  });
});
