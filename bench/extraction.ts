// Claim detection speed: the Aleppo article, and about 1 MB of generated news text.
// npx tsx bench/extraction.ts   (targets: Aleppo under 50 ms, 1 MB under 5 s)
import fs from 'node:fs';
import { extractClaims } from '@/lib/extraction';
import { generatedNews } from './news';

const aleppo = fs.readFileSync('prisma/seed/aleppo-kerry-geneva.txt', 'utf8');
const news = generatedNews(1_000_000);

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
