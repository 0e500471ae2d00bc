import { connection } from 'next/server';
import { checkFeedAnswer } from '@/lib/publishing/feed-answer';

// RSS 2.0 of one check's changes: published, corrected, retracted (lib/publishing/check-feed.ts).
export async function GET(request: Request, { params }: RouteContext<'/claims/[slug]/feed.xml'>) {
  await connection();
  return checkFeedAnswer(request, 'claim', (await params).slug);
}
