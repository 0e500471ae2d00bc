import { describe, expect, it } from 'vitest';
import { addressesOf, canonicalArticleUrl } from './url';

describe('an article’s address as we keep it', () => {
  it.each([
    ['https://news.example.org/2026/12/flood', 'https://news.example.org/2026/12/flood'],
    ['https://News.Example.ORG/2026/12/flood/', 'https://news.example.org/2026/12/flood'],
    ['https://news.example.org/2026/12/flood#comments', 'https://news.example.org/2026/12/flood'],
    [
      'https://news.example.org/2026/12/flood?utm_source=twitter&utm_medium=social&fbclid=IwAR0abc',
      'https://news.example.org/2026/12/flood',
    ],
    // The page's own parameters stay, in their order; only the tracking ones go.
    ['https://example.org/story.php?id=42&utm_campaign=x&page=2', 'https://example.org/story.php?id=42&page=2'],
    ['https://example.org/story?ID=42', 'https://example.org/story?ID=42'],
    // The rest of the query stays as written: a bare key, its encoding, an empty pair dropped.
    ['https://example.org/news?12345&utm_source=x', 'https://example.org/news?12345'],
    ['https://example.org/s?q=a%20b&&gclid=9&x=1', 'https://example.org/s?q=a%20b&x=1'],
    ['https://example.org/s?q=a+b', 'https://example.org/s?q=a+b'],
    ['https://example.org:443/story', 'https://example.org/story'],
    ['http://example.org:8080/story/', 'http://example.org:8080/story'],
    ['https://example.org/', 'https://example.org/'],
    ['https://example.org', 'https://example.org/'],
  ])('%s is kept as %s', (given, kept) => {
    expect(canonicalArticleUrl(given)).toBe(kept);
  });

  it('names one page over http or https, with or without www.', () => {
    expect(addressesOf('https://www.example.org/story?id=4').sort()).toEqual(
      [
        'http://example.org/story?id=4',
        'http://www.example.org/story?id=4',
        'https://example.org/story?id=4',
        'https://www.example.org/story?id=4',
        // (An address kept as given before addresses were canonical may end in a slash.)
        'http://example.org/story/?id=4',
        'http://www.example.org/story/?id=4',
        'https://example.org/story/?id=4',
        'https://www.example.org/story/?id=4',
      ].sort(),
    );
    expect(addressesOf('https://example.org/')).toHaveLength(4);
    expect(addressesOf('http://news.example.org:8080/a')).toContain('https://www.news.example.org:8080/a');
  });
});
