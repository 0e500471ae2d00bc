// Claim detection speed: the Aleppo article, and about 1 MB of generated news text.
// npx tsx bench/extraction.ts   (targets: Aleppo under 50 ms, 100 KB under 1 s, 1 MB under 5 s)
import fs from 'node:fs';
import { extractClaims } from '@/lib/extraction';
import { generatedNews } from './news';

const aleppo = fs.readFileSync('prisma/seed/aleppo-kerry-geneva.txt', 'utf8');
const news = generatedNews(1_000_000);
const hundredKb = generatedNews(100_000);

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
const medium = time(`generated news (${(hundredKb.length / 1e3).toFixed(0)} KB)`, hundredKb, 5);
const large = time(`generated news (${(news.length / 1e6).toFixed(2)} MB)`, news, 3);
const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.log(
  `targets: Aleppo < 50 ms ${met(small < 50)}; 100 KB < 1 s ${met(medium < 1000)}; 1 MB < 5 s ${met(large < 5000)}`,
);
