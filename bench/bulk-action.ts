// Times one bulk action on 200 claims (the most the review desk sends at once) on the
// embedded database: assign, approve and publish, each claim through its own verb and
// transaction with its audit event (lib/claims/bulk.ts), publication with the signal that
// refreshes readers' pages. Target: each under 5 s.
//
//   npm run bench:bulk              prints a table
//   npm run bench:bulk -- --json    prints the result line bench/run.ts reads
import { randomUUID } from 'node:crypto';
import { createDbOn } from '@/lib/db/client';
import { createPGlite, pgliteTarget } from '@/lib/db/engines';
import { applyMigrations } from '@/lib/db/migrations';
import { RESULT } from './result';

const CLAIMS = 200;
const TARGET_MS = 5000;

const pglite = await createPGlite();
await applyMigrations(pgliteTarget(pglite));
const handle = createDbOn(pglite);
(globalThis as unknown as { dbHandle: unknown }).dbHandle = { db: handle, close: () => handle.$disconnect() };

const { db, dbHandle } = await import('@/lib/db');
const { bulkClaims } = await import('@/lib/claims/bulk');
const { revalidatePublishedClaim } = await import('@/lib/publishing/revalidate');
const { ensureDefaultVerdicts } = await import('@/lib/verdicts');

await ensureDefaultVerdicts(db);
const user = (role: 'reviewer' | 'editor') =>
  db.user.create({ data: { email: `bench-${role}@example.org`, name: `Bench ${role}`, role } });
const [reviewer, editor] = [await user('reviewer'), await user('editor')];
const article = await db.article.create({
  data: { slug: 'bulk-bench', title: 'Bulk bench', publisher: 'Bench', body: 'Officials said 12 people died.' },
});
await db.claim.createMany({
  data: Array.from({ length: CLAIMS }, (_, i) => ({
    slug: `bulk-${randomUUID()}`,
    articleId: article.id,
    spanStart: 0,
    spanEnd: 9,
    quote: 'Officials',
    statement: `Bulk bench claim ${i}`,
    kind: 'statement' as const,
    stage: 'in_review' as const,
    verdictKey: 'verified',
    verdictReason: 'Checked.',
    verdictSetById: reviewer.id,
  })),
});
const claims = await db.claim.findMany({ select: { id: true } });
let version = 1;
const selection = () => claims.map((c) => `${c.id}:${version}`);

const steps: { step: string; ms: number; done: number; met: boolean }[] = [];
async function time(step: string, run: () => Promise<{ done: number }>) {
  const started = performance.now();
  const { done } = await run();
  const ms = Math.round(performance.now() - started);
  version += 1;
  steps.push({ step, ms, done, met: ms < TARGET_MS && done === CLAIMS });
}

const actor = { id: editor.id };
await time('assign 200', () =>
  bulkClaims({ operation: 'assign', assigneeId: reviewer.id, claims: selection() }, actor),
);
await time('approve 200', () => bulkClaims({ operation: 'approve', claims: selection() }, actor));
await time('publish 200 (and signal readers’ pages)', async () => {
  const result = await bulkClaims({ operation: 'publish', claims: selection() }, actor);
  for (const claim of result.published) await revalidatePublishedClaim(claim);
  return result;
});
await dbHandle.close();

if (process.argv.includes('--json')) {
  console.log(RESULT + JSON.stringify(steps));
} else {
  for (const s of steps) {
    console.log(`${s.step.padEnd(42)} ${String(s.ms).padStart(6)} ms  ${s.done} done  ${s.met ? 'met' : 'MISSED'}`);
  }
}
