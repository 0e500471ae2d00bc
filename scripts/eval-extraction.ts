// npm run eval:extraction [labels.json] [article.txt]: runs the claim detector on a labelled
// article as if it were new to the app (no known sources) and prints how it did.
// Exits 0 whatever the scores; 2 when the input cannot be read or is not a valid label file.
import fs from 'node:fs';
import path from 'node:path';
import { evaluate, extractClaims, type Evaluation } from '@/lib/extraction';
import { labelledArticle, type LabelledArticle } from '@/lib/datasets/labelled-article';

function fail(message: string): never {
  console.error(`eval:extraction: ${message}`);
  process.exit(2);
}

function load(labelsArg?: string, articleArg?: string): { labels: LabelledArticle; body: string; file: string } {
  const labelsFile = path.resolve(labelsArg ?? 'prisma/seed/aleppo-claims.json');
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(labelsFile, 'utf8'));
  } catch (error) {
    fail(`cannot read ${labelsFile} as JSON (${(error as Error).message})`);
  }
  const parsed = labelledArticle.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    fail(`${labelsFile} is not a labelled article:\n${issues}`);
  }
  const file = articleArg ? path.resolve(articleArg) : path.resolve(path.dirname(labelsFile), parsed.data.article.file);
  let body: string;
  try {
    body = fs.readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read the article ${file} (${(error as Error).message})`);
  }
  for (const claim of parsed.data.claims) {
    if (body.slice(claim.start, claim.end) !== claim.text)
      fail(`label ${claim.id}: the span ${claim.start}–${claim.end} does not read its text in ${file}`);
  }
  return { labels: parsed.data, body, file };
}

const pct = (r: { correct: number; total: number; rate: number }) => `${r.rate.toFixed(2)} (${r.correct}/${r.total})`;
const cut = (text: string, n = 60) => {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

function print(result: Evaluation, file: string, timing: { first: number; median: number }, proposals: number) {
  console.log(`Article: ${file}`);
  console.log(`Proposals: ${proposals}`);
  console.log(
    `Time: ${timing.first.toFixed(1)} ms first run (compiles the rules), ${timing.median.toFixed(1)} ms after\n`,
  );
  console.log(`Claim recall      ${pct(result.recall)}`);
  console.log(`Claim precision   ${pct(result.precision)}`);
  console.log(`Figure recall     ${pct(result.figureRecall)}`);
  console.log(`Figure precision  ${pct(result.figurePrecision)}`);
  console.log(`Claimant accuracy ${pct(result.claimantAccuracy)} of found claims\n`);
  const wrong = result.matches.filter((m) => !m.claimantOk || m.figuresOk < (m.label.figures?.length ?? 0));
  const rows = [
    ...result.misses.map((l) => ({ what: 'miss', where: `${l.start}–${l.end}`, text: cut(l.text), note: l.id })),
    ...result.falsePositives.map((p) => ({
      what: 'false positive',
      where: `${p.start}–${p.end}`,
      text: cut(p.text),
      note: p.reason,
    })),
    ...wrong.map((m) => ({
      what: m.claimantOk ? 'figures wrong' : 'claimant wrong',
      where: `${m.proposal.start}–${m.proposal.end}`,
      text: cut(m.proposal.text),
      note: `${m.label.id}: label "${m.label.claimant}", proposed "${m.proposal.claimant?.name ?? '—'}"`,
    })),
  ];
  if (rows.length) console.table(rows);
  else console.log('No misses, false positives or wrong claimants.');
}

/** Milliseconds for the first run, and the median of the next ten (what a running server sees). */
function timed(body: string) {
  const time = () => {
    const started = performance.now();
    extractClaims(body);
    return performance.now() - started;
  };
  const first = time();
  const rest = Array.from({ length: 10 }, time).sort((a, b) => a - b);
  return { first, median: rest[5] };
}

const { labels, body, file } = load(process.argv[2], process.argv[3]);
const timing = timed(body);
const proposals = extractClaims(body);
print(evaluate(labels, proposals), path.relative(process.cwd(), file), timing, proposals.length);
