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
const { listQueue, queueQuerySchema } = await import('@/lib/claims/queue');

const started = Date.now();
const { users } = await generate(db, { articles: Math.ceil(claims / 25), claimsPerArticle: 25 });
console.log(`generated ${claims} claims in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const me = { id: users[0]!, email: 'bench-0@example.org', name: 'Bench User 0', role: 'reviewer' as const };

async function time(label: string, query: Record<string, string>, runs = 30) {
  const parsed = queueQuerySchema.parse(query);
  await listQueue(parsed, me); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await listQueue(parsed, me);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(`${label.padEnd(28)} p50 ${p(0.5).padStart(7)} ms   p95 ${p(0.95).padStart(7)} ms`);
}

await time('default view (mine)', {});
await time('all claims, page 40', { view: 'all', page: '40' });
await time('filtered: in review, quote', { view: 'in_review', kind: 'quote' });
await time('text search "hospital"', { view: 'all', q: 'hospital' });
await time('text search, rare word', { view: 'all', q: 'convoy border' });
await db.$disconnect();
await pglite.close();
