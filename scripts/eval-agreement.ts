// npm run eval:agreement -- <labels folder A> <labels folder B>: how far two labellings of the same
// passages agree, scored exactly as the detector is (lib/extraction/evaluate.ts), with A's labels
// as the reference and B's as if they were proposals, then the other way round. It is the ceiling
// for the detector's scores: a detector cannot be expected to agree with a labeller more than a
// second labeller does. Passages are paired by file name; a passage in only one folder is skipped.
// Exits 2 when a folder cannot be read or holds no label file.
import path from 'node:path';
import { DatasetError, readLabelledArticles, type LabelledText } from '@/lib/datasets/read-labelled';
import { evaluate, labelsAsProposals, proposeAsImported, totals, type Totals } from '@/lib/extraction/evaluate';

const rate = (r: Totals['recall']) => `${r.rate.toFixed(2)} (${r.correct}/${r.total})`;
const row = (name: string, t: Totals) =>
  `${name.padEnd(34)}${[t.recall, t.precision, t.figureRecall, t.claimantAccuracy].map((r) => rate(r).padStart(18)).join('')}`;

function main() {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) {
    console.error('eval:agreement: give two folders of labels');
    process.exit(2);
  }
  let first: LabelledText[];
  let second: LabelledText[];
  try {
    [first, second] = [readLabelledArticles([path.resolve(a)]), readLabelledArticles([path.resolve(b)])];
  } catch (error) {
    if (error instanceof DatasetError) {
      console.error(`eval:agreement: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const byName = new Map(second.map((item) => [path.basename(item.labelsFile), item]));
  const pairs = first.flatMap((item) => {
    const other = byName.get(path.basename(item.labelsFile));
    return other && other.body === item.body ? [[item, other] as const] : [];
  });
  if (!pairs.length) {
    console.error('eval:agreement: no passage is labelled in both folders (with the same text)');
    process.exit(2);
  }
  const header = ['claim recall', 'claim precision', 'figure recall', 'claimant acc.'];
  console.log(`${pairs.length} passages labelled twice\n${''.padEnd(34)}${header.map((h) => h.padStart(18)).join('')}`);
  const aToB = totals(pairs.map(([x, y]) => evaluate(x.labels, labelsAsProposals(y.labels))));
  const bToA = totals(pairs.map(([x, y]) => evaluate(y.labels, labelsAsProposals(x.labels))));
  const detectorA = totals(pairs.map(([x]) => evaluate(x.labels, proposeAsImported(x.labels, x.body))));
  const detectorB = totals(pairs.map(([, y]) => evaluate(y.labels, proposeAsImported(y.labels, y.body))));
  console.log(row('B scored against A', aToB));
  console.log(row('A scored against B', bToA));
  console.log(row('detector scored against A', detectorA));
  console.log(row('detector scored against B', detectorB));
}

main();
