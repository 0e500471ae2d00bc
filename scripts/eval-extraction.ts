// npm run eval:extraction -- [--details] [--by-kind] [labels.json | folder]... : runs the claim detector on
// labelled articles as the import page does (the article's publisher given, no sources known
// yet) and prints each article's scores and the totals over all of them, micro-averaged.
// With no path it scores the seed's Aleppo article; `labels.json article.txt` scores that
// label file against another copy of its text. Misses, false positives and wrong claimants
// are listed for a single article, or for every article with --details. --by-kind counts the wrong
// figures and claimants by what went wrong, and lists each under its kind (for several articles,
// with --details).
// Exits 0 whatever the scores; 2 when an input cannot be read or is not a valid label file.
import path from 'node:path';
import { DatasetError, readLabelled, readLabelledArticles, type LabelledText } from '@/lib/datasets/read-labelled';
import {
  evaluate,
  missesByKind,
  proposeAsImported,
  totals,
  type Evaluation,
  type MissesByKind,
  type Totals,
} from '@/lib/extraction/evaluate';

function fail(message: string): never {
  console.error(`eval:extraction: ${message}`);
  process.exit(2);
}

function load(args: string[]): LabelledText[] {
  if (!args.length) return [readLabelled(path.resolve('prisma/seed/aleppo-claims.json'))];
  if (args.length === 2 && args[0].endsWith('.json') && /\.(?:txt|md|html?)$/.test(args[1]))
    return [readLabelled(path.resolve(args[0]), path.resolve(args[1]))];
  return readLabelledArticles(args.map((arg) => path.resolve(arg)));
}

type Rate = Evaluation['recall'];
const pct = (r: Rate) => `${r.rate.toFixed(2)} (${r.correct}/${r.total})`;
const cut = (text: string, n = 60) => {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

function printDetails(result: Evaluation) {
  const wrong = result.matches.filter((m) => !m.claimantOk || m.figuresOk < (m.label.figures?.length ?? 0));
  const rows = [
    ...result.misses.map((l) => ({ what: 'miss', where: `${l.start}–${l.end}`, text: cut(l.text), note: l.id })),
    ...result.falsePositives.map((p) => ({
      what: 'false positive',
      where: `${p.start}–${p.end}`,
      text: cut(p.text),
      note: `${p.reason} (claimant "${p.claimant?.name ?? '—'}")`,
    })),
    ...wrong.map((m) => ({
      what: m.claimantOk ? 'figures wrong' : 'claimant wrong',
      where: `${m.proposal.start}–${m.proposal.end}`,
      text: cut(m.proposal.text),
      note: m.claimantOk
        ? `${m.label.id}: ${m.figuresOk}/${m.label.figures?.length} right; proposed ${JSON.stringify(m.proposal.figures.map((f) => [f.outcome, f.victimGroup, f.min, f.max]))}`
        : `${m.label.id}: label "${m.label.claimant}", proposed "${m.proposal.claimant?.name ?? '—'}"`,
    })),
  ];
  if (rows.length) console.table(rows);
  else console.log('No misses, false positives or wrong claimants.');
}

/** The median milliseconds of ten runs, the rules already compiled (what a running server sees). */
function medianTime(item: LabelledText) {
  const time = () => {
    const started = performance.now();
    proposeAsImported(item.labels, item.body);
    return performance.now() - started;
  };
  return Array.from({ length: 10 }, time).sort((a, b) => a - b)[5];
}

function printTable(rows: { name: string; scores: Totals }[]) {
  const width = Math.max(...rows.map((r) => r.name.length), 'article'.length);
  const col = (text: string) => text.padStart(16);
  const header = ['claim recall', 'claim precision', 'figure recall', 'claimant acc.'];
  console.log(`${'article'.padEnd(width)}${header.map(col).join('')}`);
  for (const { name, scores } of rows) {
    const cells = [scores.recall, scores.precision, scores.figureRecall, scores.claimantAccuracy].map(pct);
    console.log(`${name.padEnd(width)}${cells.map(col).join('')}`);
  }
}

function printByKind(found: { file: string; misses: MissesByKind }[], listEach: boolean) {
  const count = (kinds: string[]) =>
    Object.entries(kinds.reduce<Record<string, number>>((n, k) => ({ ...n, [k]: (n[k] ?? 0) + 1 }), {})).sort(
      (a, b) => b[1] - a[1],
    );
  const figures = found.flatMap(({ file, misses }) => misses.figures.map((m) => ({ file, ...m })));
  const claimants = found.flatMap(({ file, misses }) => misses.claimants.map((m) => ({ file, ...m })));
  console.log('\nWrong figures by kind');
  for (const [kind, n] of count(figures.map((f) => f.kind))) console.log(`  ${String(n).padStart(4)}  ${kind}`);
  console.log('Wrong claimants by kind');
  for (const [kind, n] of count(claimants.map((c) => c.kind))) console.log(`  ${String(n).padStart(4)}  ${kind}`);
  if (!listEach) return;
  for (const f of figures) {
    const proposed = f.proposal?.figures.map((p) => `${p.outcome}/${p.victimGroup}/${p.min}-${p.max ?? ''}`) ?? [];
    console.log(
      `figure · ${f.kind} · ${f.file} · ${cut(f.label.text, 100)} · label ${f.figure.outcome}/${f.figure.victims}/${f.figure.min}-${f.figure.max ?? ''} · proposed [${proposed.join(', ')}]`,
    );
  }
  for (const c of claimants) {
    const who = c.match.proposal.claimant;
    console.log(
      `claimant · ${c.kind} · ${c.file} · ${cut(c.match.label.text, 100)} · label "${c.match.label.claimant}" · proposed "${who?.name ?? '—'}"${who?.onBehalfOf ? ` for "${who.onBehalfOf}"` : ''}`,
    );
  }
}

const args = process.argv.slice(2);
const details = args.includes('--details');
const byKind = args.includes('--by-kind');
let articles: LabelledText[];
try {
  articles = load(args.filter((arg) => arg !== '--details' && arg !== '--by-kind'));
} catch (error) {
  if (error instanceof DatasetError) fail(error.message);
  throw error;
}

const results = articles.map((item) => {
  const proposals = proposeAsImported(item.labels, item.body);
  return { item, proposals, result: evaluate(item.labels, proposals) };
});
const all = totals(results.map((r) => r.result));

if (results.length === 1) {
  const [{ item, proposals }] = results;
  const median = medianTime(item);
  console.log(
    `Article: ${path.relative(process.cwd(), item.articleFile)} (publisher given: ${item.labels.article.publisher})`,
  );
  console.log(`Proposals: ${proposals.length}`);
  console.log(`Time: ${median.toFixed(1)} ms (median of ten runs)\n`);
} else {
  const rows = results.map(({ item, result }) => ({ name: path.basename(item.labelsFile, '.json'), scores: result }));
  printTable([...rows, { name: `total (${results.length} articles, micro)`, scores: all }]);
  console.log();
}
console.log(`Claim recall      ${pct(all.recall)}`);
console.log(`Claim precision   ${pct(all.precision)}`);
console.log(`Figure recall     ${pct(all.figureRecall)}; vague wording accepted as any overlapping range`);
console.log(`Figure precision  ${pct(all.figurePrecision)}`);
console.log(`Claimant accuracy ${pct(all.claimantAccuracy)} of found claims, given the article's publisher\n`);
if (byKind) {
  const found = results.map(({ item, result }) => ({
    file: path.basename(item.labelsFile, '.json'),
    misses: missesByKind(item.labels, result),
  }));
  printByKind(found, details || results.length === 1);
} else if (results.length === 1 || details)
  for (const { item, result } of results) {
    if (results.length > 1) console.log(`\n${path.relative(process.cwd(), item.labelsFile)}`);
    printDetails(result);
  }
