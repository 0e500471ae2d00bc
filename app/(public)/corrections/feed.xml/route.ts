import { connection } from 'next/server';
import { cachedCorrections } from '@/lib/publishing/cache';
import { buildCorrectionsRss } from '@/lib/publishing/corrections';
import { cacheableAnswer } from '@/lib/publishing/http';
import { RSS_HEADERS } from '@/lib/publishing/rss';
import { site } from '@/lib/publishing/site';

// RSS 2.0 of every published correction and retraction, newest first.
export async function GET(request: Request) {
  await connection();
  return cacheableAnswer(request, buildCorrectionsRss(await cachedCorrections(), site), RSS_HEADERS);
}
