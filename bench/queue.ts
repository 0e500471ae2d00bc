// Times the review queue's database work at 50,000 claims on the embedded database
// (an in-memory PGlite): the default view, a filtered view and a text search.
// npx tsx --conditions=react-server bench/queue.ts [claims]
import { createDbOn } from '@/lib/db/client';
import { createPGlite, pgliteTarget } from '@/lib/db/engines';
import { applyMigrations } from '@/lib/db/migrations';
import { generate } from './generate';

const claims = Number(process.argv[2] ?? 50_000);
const pglite = await createPGlite();
await applyMigrations(pgliteTarget(pglite));
const db = createDbOn(pglite);
(globalThis as unknown as { dbHandle: unknown }).dbHandle = { db, close: () => db.$disconnect() };
const { listQueue, queueFilterOptions, queueQuerySchema } = await import('@/lib/claims/queue');
const { countClaimsByStage } = await import('@/lib/claims/stage-counts');

const started = Date.now();
const { users } = await generate(db, { articles: Math.ceil(claims / 25), claimsPerArticle: 25 });
console.log(`generated ${claims} claims in ${((Date.now() - started) / 1000).toFixed(1)} s`);
// What the app's embedded database does on open and every half hour (lib/db/engines.ts).
await pglite.exec('VACUUM (ANALYZE)');
const me = { id: users[0]!, email: 'bench-0@example.org', name: 'Bench User 0', role: 'reviewer' as const };

// One queue page's database work: the list and its count, the counts by stage and the
// filter menus, run together as the page runs them.
async function page(query: Record<string, string>) {
  const parsed = queueQuerySchema.parse(query);
  await Promise.all([listQueue(parsed, me), countClaimsByStage(), queueFilterOptions()]);
}

async function time(label: string, query: Record<string, string>, runs = 30) {
  await page(query); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await page(query);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(`${label.padEnd(28)} p50 ${p(0.5).padStart(7)} ms   p95 ${p(0.95).padStart(7)} ms`);
}

for (const [label, work] of [
  ['  counts by stage alone', () => countClaimsByStage()],
  ['  filter menus alone', () => queueFilterOptions()],
  ['  list+count, default view', () => listQueue(queueQuerySchema.parse({}), me)],
] as const) {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(28)} p50 ${times[10]!.toFixed(1).padStart(7)} ms`);
}
await time('default view (mine)', {});
await time('all claims, page 40', { view: 'all', page: '40' });
await time('recently published', { view: 'published' });
await time('filtered: in review, quote', { view: 'in_review', kind: 'quote' });
await time('search "said" (most claims)', { view: 'all', q: 'said' });
await time('search "hospital"', { view: 'all', q: 'hospital' });
await time('search "air strikes"', { view: 'all', q: 'air strikes' });
await time('search a place name', { view: 'all', q: 'Deirzor' });
await db.$disconnect();
await pglite.close();
