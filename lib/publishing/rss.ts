import { absoluteUrl, type Site } from './site';

// One RSS 2.0 writer for every feed: the site's, the corrections page's and each check's
// own. Every text goes through escapeXml; dates are RFC 822 as RSS 2.0 asks.

export type RssItem = {
  title: string;
  /** A path on the site. */
  link: string;
  /** Unique and stable per item; the link itself when one item per page. */
  guid: string;
  /** ISO date. */
  date: string;
  /** ISO date of its last public change, when later than `date`: the channel's lastBuildDate. */
  updated?: string;
  categories?: string[];
  description: string;
};

export type RssChannel = { title: string; link: string; selfLink: string; description: string; items: RssItem[] };

// XML 1.0 has no place for most control characters, so they are dropped, not escaped.
export const escapeXml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[<>&'"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch]!);

export function rssDocument(channel: RssChannel, site: Site): string {
  const url = (path: string) => absoluteUrl(path, site.baseUrl);
  const lastBuild = channel.items.reduce((latest, i) => {
    const at = i.updated ?? i.date;
    return at > latest ? at : latest;
  }, '');
  const entries = channel.items.map((item) => {
    const link = url(item.link);
    const guid = item.guid === item.link ? link : item.guid;
    return [
      '<item>',
      `<title>${escapeXml(item.title)}</title>`,
      `<link>${escapeXml(link)}</link>`,
      `<guid isPermaLink="${guid === link}">${escapeXml(guid)}</guid>`,
      `<pubDate>${new Date(item.date).toUTCString()}</pubDate>`,
      ...(item.categories ?? []).map((c) => `<category>${escapeXml(c)}</category>`),
      `<description>${escapeXml(item.description)}</description>`,
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(url(channel.link))}</link>`,
    `<atom:link href="${escapeXml(url(channel.selfLink))}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(channel.description)}</description>`,
    '<language>en</language>',
    lastBuild ? `<lastBuildDate>${new Date(lastBuild).toUTCString()}</lastBuildDate>` : '',
    ...entries,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** The answer's headers: the same for every feed. */
export const RSS_HEADERS = { 'Content-Type': 'application/rss+xml; charset=utf-8' };
