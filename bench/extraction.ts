// Claim detection speed: the Aleppo article, and about 1 MB of generated news text.
// npx tsx bench/extraction.ts   (targets: Aleppo under 50 ms, 1 MB under 5 s)
import fs from 'node:fs';
import { extractClaims } from '@/lib/extraction';
import { rng } from './generate';

const aleppo = fs.readFileSync('prisma/seed/aleppo-kerry-geneva.txt', 'utf8');
const random = rng(7);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const places = ['Kano', 'Mosul', 'Gaza City', 'Kharkiv', 'Idlib', 'Goma', 'Marawi', 'Taiz'];
const speakers = ['the health ministry', 'police', 'a local official', 'the Red Cross', 'witnesses', 'the army'];
const templates = [
  () =>
    `At least ${Math.floor(random() * 90) + 2} people were killed in ${pick(places)} on Monday, ${pick(speakers)} said.`,
  () =>
    `More than ${Math.floor(random() * 500) + 10} civilians have been wounded since the offensive began, according to ${pick(speakers)}.`,
  () =>
    `“We need the shelling to stop,” said ${pick(['Amina Yusuf', 'Oleh Kovalenko', 'Maria Santos'])}, a resident of ${pick(places)}.`,
  () =>
    `Talks in ${pick(places)} were expected to resume on Thursday after a pause of ${Math.floor(random() * 9) + 2} days.`,
  () => `Hundreds of families fled the district overnight, ${pick(speakers)} told reporters.`,
];
const paragraphs: string[] = [];
let size = 0;
while (size < 1_000_000) {
  const p = Array.from({ length: 3 }, () => pick(templates)()).join(' ');
  paragraphs.push(p);
  size += p.length + 2;
}
const news = paragraphs.join('\n\n');

function time(label: string, text: string, runs: number) {
  extractClaims(text); // the first call compiles the rules
  const times: number[] = [];
  let proposals = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    proposals = extractClaims(text).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(34)} median ${median.toFixed(1).padStart(8)} ms   ${proposals} proposals`);
  return median;
}

const first = performance.now();
extractClaims(aleppo);
console.log(
  `${'Aleppo article, first call'.padEnd(34)}        ${(performance.now() - first).toFixed(1).padStart(8)} ms`,
);
const small = time(`Aleppo article (${aleppo.length} chars)`, aleppo, 20);
const large = time(`generated news (${(news.length / 1e6).toFixed(2)} MB)`, news, 3);
console.log(`targets: Aleppo < 50 ms ${small < 50 ? 'met' : 'MISSED'}; 1 MB < 5 s ${large < 5000 ? 'met' : 'MISSED'}`);
