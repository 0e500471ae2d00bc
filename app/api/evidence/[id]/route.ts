import { getCurrentUser } from '@/lib/auth/session';
import { evidenceResponse } from '@/lib/evidence/serve';
import { errorResponse } from '@/lib/http';

// An evidence file: public ones to anyone, revalidated by caches on every reuse; the rest
// to staff only, never stored (lib/evidence/serve.ts).
export async function GET(request: Request, { params }: RouteContext<'/api/evidence/[id]'>) {
  const { id } = await params;
  try {
    return await evidenceResponse(id, await getCurrentUser(), request.headers.get('if-none-match'));
  } catch (error) {
    return errorResponse(error);
  }
}
