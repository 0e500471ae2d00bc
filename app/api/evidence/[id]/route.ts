import { getCurrentUser } from '@/lib/auth/session';
import { evidenceFile } from '@/lib/evidence/serve';
import { errorResponse } from '@/lib/http';

export async function GET(_request: Request, { params }: RouteContext<'/api/evidence/[id]'>) {
  const { id } = await params;
  try {
    const file = await evidenceFile(id, await getCurrentUser());
    const name = encodeURIComponent(file.fileName);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.bytes.byteLength),
        'Content-Disposition': `${file.disposition}; filename*=UTF-8''${name}`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': file.isPublic ? 'public, max-age=3600' : 'private, no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
