import { connection } from 'next/server';
import { cachedFeedItems } from '@/lib/publishing/cache';
import { buildRss } from '@/lib/publishing/feed';
import { cacheableAnswer } from '@/lib/publishing/http';
import { site } from '@/lib/publishing/site';

// RSS 2.0 of the published checks; rendered per request from the cached list.
export async function GET(request: Request) {
  await connection();
  const xml = buildRss(await cachedFeedItems(), site);
  return cacheableAnswer(request, xml, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
}
