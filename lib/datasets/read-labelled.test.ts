import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetError, readLabelled, readLabelledArticles } from './read-labelled';

describe('readLabelledArticles', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  function folder(files: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labelled-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  }
  const labels = (file: string, start: number, end: number, text: string) =>
    JSON.stringify({
      article: { file, title: 'T', publisher: 'Gazette', url: 'https://example.org/a' },
      claims: [{ id: 'a', kind: 'statement', claimant: 'Mayor', text, start, end }],
    });

  it('reads every label file of a folder, in name order, with the text each names', () => {
    const dir = folder({
      'b.json': labels('b.txt', 0, 5, 'Bravo'),
      'b.txt': 'Bravo said so.',
      'a.json': labels('a.txt', 4, 9, 'Alpha'),
      'a.txt': 'Hi, Alpha.',
      'notes.md': 'not a label file',
    });
    const read = readLabelledArticles([dir]);
    expect(read.map((r) => [path.basename(r.labelsFile), r.body])).toEqual([
      ['a.json', 'Hi, Alpha.'],
      ['b.json', 'Bravo said so.'],
    ]);
  });

  it('refuses a label whose span does not read its text, an invalid label file and an empty folder', () => {
    const dir = folder({ 'a.json': labels('a.txt', 0, 5, 'Alpha'), 'a.txt': 'Hi, Alpha.' });
    expect(() => readLabelled(path.join(dir, 'a.json'))).toThrow(/label a: the span 0–5 does not read its text/);
    const bad = folder({ 'a.json': JSON.stringify({ article: { file: 'a.txt' }, claims: [] }) });
    expect(() => readLabelledArticles([bad])).toThrow(DatasetError);
    expect(() => readLabelledArticles([folder({})])).toThrow(/holds no label files/);
    expect(() => readLabelledArticles([path.join(dir, 'missing.json')])).toThrow(/cannot read/);
  });
});

describe('the labelled news set (tests/fixtures/news)', () => {
  const root = path.join(process.cwd(), 'tests/fixtures/news');
  const dev = readLabelledArticles([path.join(root, 'dev')]);
  const test = readLabelledArticles([path.join(root, 'test')]);
  const all = [...dev, ...test];

  it('holds at least 20 passages from at least 8 publishers, each with its source URL', () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(new Set(all.map((a) => a.labels.article.publisher)).size).toBeGreaterThanOrEqual(8);
    for (const { labels } of all) expect(labels.article.url, labels.article.file).toMatch(/^https?:\/\//);
  });

  it('keeps the two halves apart: no passage in both', () => {
    const bodies = new Set(dev.map((a) => a.body));
    expect(test.filter((a) => bodies.has(a.body)).map((a) => a.labels.article.file)).toEqual([]);
    const names = new Set(dev.map((a) => path.basename(a.labelsFile)));
    expect(test.filter((a) => names.has(path.basename(a.labelsFile))).map((a) => a.labelsFile)).toEqual([]);
  });
});
