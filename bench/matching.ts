// Times matching an imported article's proposals with the claims we have (issue 17,
// decision 021) at 50,000 claims and 80,000 figures: every query of lib/claims/matching.ts
// for every proposal of an article, not just the 20 its review page shows. Target: < 1 s
// per article. Each article carries a few sentences copied from existing claims, so the
// trigram search has something to find; every proposal is given one of the data set's
// sources as its claimant, so the figure search runs too.
//
//   npm run bench:matching [-- 50000]      generates the claims in an in-memory PGlite
import { createDbOn } from '@/lib/db/client';
import { createPGlite, pgliteTarget } from '@/lib/db/engines';
import { applyMigrations } from '@/lib/db/migrations';
import { extractClaims } from '@/lib/extraction';
import { bulkInserter } from './bulk';
import { generate, rng } from './generate';
import { generatedNews } from './news';

const claims = Number(process.argv[2] ?? 50_000);
const articles = 12;
const pglite = await createPGlite();
await applyMigrations(pgliteTarget(pglite));
const seeded = createDbOn(pglite);
(globalThis as unknown as { dbHandle: unknown }).dbHandle = { db: seeded, close: () => seeded.$disconnect() };
const started = Date.now();
await generate(seeded, bulkInserter(pgliteTarget(pglite)), {
  articles: Math.ceil(claims / 25),
  claimsPerArticle: 25,
  figuresPerClaim: 1.6,
});
console.log(`generated ${claims} claims in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const { db, dbHandle } = await import('@/lib/db');
const { matchProposals, readQuoteTerms } = await import('@/lib/claims/matching');
// The words of every quote, which matching reads itself for the few claims written since
// its last run: bulk-inserted claims have none yet. Timed apart, as a one-off.
const reading = Date.now();
await readQuoteTerms(db);
console.log(`read the words of ${claims} quotes in ${((Date.now() - reading) / 1000).toFixed(1)} s`);
await pglite.exec('VACUUM (ANALYZE)');
const random = rng(9);
const sources = (await db.source.findMany({ select: { id: true } })).map((s) => s.id);
const quotes = (await db.claim.findMany({ take: 200, skip: 1000, select: { quote: true } })).map((c) => c.quote);
const news = generatedNews(articles * 6_000).split('\n\n');
const perArticle = Math.floor(news.length / articles);

const times: number[] = [];
let proposalsSeen = 0;
let matched = 0;
for (let a = 0; a < articles + 2; a++) {
  const paragraphs = news.slice((a % articles) * perArticle, ((a % articles) + 1) * perArticle);
  for (let i = 0; i < 3; i++) paragraphs.splice(1 + i * 4, 0, `${quotes[Math.floor(random() * quotes.length)]}.`);
  const body = paragraphs.join('\n\n');
  const proposals = extractClaims(body).map((p) => ({
    ...p,
    sourceId: sources[Math.floor(random() * sources.length)]!,
  }));
  const t = performance.now();
  const found = await matchProposals(`bench-import-${a}`, proposals);
  const ms = performance.now() - t;
  if (a < 2) continue; // warm-up: the first runs of a process compile and fill caches
  times.push(ms);
  proposalsSeen += proposals.length;
  matched += found.size;
}
times.sort((x, y) => x - y);
const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
console.log(
  `matching, ${articles} articles of ${Math.round(proposalsSeen / articles)} proposals on average (${matched} matched): ` +
    `p50 ${at(0.5)} ms, max ${at(1)} ms per article (target < 1000 ms)`,
);
await dbHandle.close();
