import fs from 'node:fs';
import path from 'node:path';
import { labelledArticle, type LabelledArticle } from './labelled-article';

// Reads labelled articles from disk for the extraction evaluation: label files (each naming
// its article text, beside it) or folders of them. Every span must read its labelled text,
// so a label that drifted from its article is refused rather than scored.

export type LabelledText = { labels: LabelledArticle; body: string; labelsFile: string; articleFile: string };

export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** The label files a path names: itself, or the .json files of a folder, in name order. */
function labelFiles(target: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch (error) {
    throw new DatasetError(`cannot read ${target} (${(error as Error).message})`);
  }
  if (!stat.isDirectory()) return [target];
  const files = fs
    .readdirSync(target)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(target, name));
  if (!files.length) throw new DatasetError(`${target} holds no label files (.json)`);
  return files;
}

/** One labelled article; `articleFile` replaces the text its labels name. */
export function readLabelled(labelsFile: string, articleFile?: string): LabelledText {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(labelsFile, 'utf8'));
  } catch (error) {
    throw new DatasetError(`cannot read ${labelsFile} as JSON (${(error as Error).message})`);
  }
  const parsed = labelledArticle.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new DatasetError(`${labelsFile} is not a labelled article:\n${issues}`);
  }
  const labels = parsed.data;
  const file = articleFile ?? path.resolve(path.dirname(labelsFile), labels.article.file);
  let body: string;
  try {
    body = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new DatasetError(`cannot read the article ${file} (${(error as Error).message})`);
  }
  for (const claim of labels.claims) {
    if (body.slice(claim.start, claim.end) !== claim.text)
      throw new DatasetError(
        `label ${claim.id}: the span ${claim.start}–${claim.end} does not read its text in ${file}`,
      );
  }
  return { labels, body, labelsFile, articleFile: file };
}

/** Every labelled article the paths name (label files or folders of them). */
export function readLabelledArticles(targets: readonly string[]): LabelledText[] {
  return targets.flatMap(labelFiles).map((file) => readLabelled(file));
}
