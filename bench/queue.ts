// Times the review queue's database work at 50,000 claims: the default view, filtered views
// and text searches, each the whole page's queries (list, capped count, counts by stage,
// filter menus) as the page runs them.
//
//   npm run bench:queue                   generates 50,000 claims in an in-memory PGlite
//   npm run bench:queue -- --existing     uses the database DATA_DIR / DATABASE_URL name
//                                         (made by bench/prepare.ts); prints JSON
import { createDbOn } from '@/lib/db/client';
import { createPGlite, pgliteTarget } from '@/lib/db/engines';
import { applyMigrations } from '@/lib/db/migrations';
import { bulkInserter } from './bulk';
import { generate } from './generate';
import { RESULT } from './result';

const existing = process.argv.includes('--existing');
const runs = 40;

if (!existing) {
  const claims = Number(process.argv[2] ?? 50_000);
  const pglite = await createPGlite();
  await applyMigrations(pgliteTarget(pglite));
  const db = createDbOn(pglite);
  (globalThis as unknown as { dbHandle: unknown }).dbHandle = { db, close: () => db.$disconnect() };
  const started = Date.now();
  await generate(db, bulkInserter(pgliteTarget(pglite)), { articles: Math.ceil(claims / 25), claimsPerArticle: 25 });
  console.log(`generated ${claims} claims in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // What the app's embedded database does on open and every half hour (lib/db/engines.ts).
  await pglite.exec('VACUUM (ANALYZE)');
}

const { db, dbHandle } = await import('@/lib/db');
const { listQueue, queueFilterOptions, queueQuerySchema } = await import('@/lib/claims/queue');
const { countClaimsByStage } = await import('@/lib/claims/stage-counts');
const bench = await db.user.findUniqueOrThrow({ where: { email: 'bench-0@example.org' } });
const me = { id: bench.id, email: bench.email, name: bench.name, role: bench.role };

async function page(query: Record<string, string>) {
  const parsed = queueQuerySchema.parse(query);
  await Promise.all([listQueue(parsed, me), countClaimsByStage(), queueFilterOptions()]);
}

const queueViews: [string, Record<string, string>][] = [
  ['default view (mine)', {}],
  ['all claims, page 40', { view: 'all', page: '40' }],
  ['recently published', { view: 'published' }],
  ['filtered: in review, quote', { view: 'in_review', kind: 'quote' }],
  ['search "said" (most claims)', { view: 'all', q: 'said' }],
  ['search "hospital"', { view: 'all', q: 'hospital' }],
  ['search "air strikes"', { view: 'all', q: 'air strikes' }],
  ['search a place name', { view: 'all', q: 'Deirzor' }],
];

const results: { view: string; p50: number; p95: number }[] = [];
for (const [view, query] of queueViews) {
  for (let i = 0; i < 3; i++) await page(query); // warm up (the first runs of a process compile and fill caches)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await page(query);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
  results.push({ view, p50: at(0.5), p95: at(0.95) });
  if (!existing)
    console.log(`${view.padEnd(28)} p50 ${String(at(0.5)).padStart(7)} ms   p95 ${String(at(0.95)).padStart(7)} ms`);
}
if (existing) console.log(RESULT + JSON.stringify(results));
await dbHandle.close();
