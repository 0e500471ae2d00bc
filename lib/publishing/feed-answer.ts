import 'server-only';
import { cachedCheckFeed } from './cache';
import { cacheableAnswer } from './http';
import { RSS_HEADERS } from './rss';
import { isSlug } from './site';

/** GET of one check's feed: RSS with its ETag (304 when unchanged), or 404 for a check readers cannot see. */
export async function checkFeedAnswer(request: Request, type: 'claim' | 'comparison', slug: string) {
  const xml = isSlug(slug) ? await cachedCheckFeed(type, slug) : null;
  if (!xml) {
    return new Response(`No published ${type === 'claim' ? 'check' : 'comparison'} has this address.\n`, {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return cacheableAnswer(request, xml, RSS_HEADERS);
}
