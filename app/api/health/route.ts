import { connection } from 'next/server';
import { db } from '@/lib/db';
import { checkHealth } from '@/lib/ops/health';

// For load balancers and monitoring (docs/operations.md): 200 when the database answers
// and its schema is current, 503 with a reason otherwise. Never cached.
export async function GET() {
  await connection();
  const health = await checkHealth(db);
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
