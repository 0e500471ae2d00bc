import { FeedIcon } from './feed-icon';

/** The visible way to follow one check, or the corrections, in a feed reader. */
export function FollowLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} type="application/rss+xml" className="inline-flex items-center gap-1">
      <FeedIcon />
      {children}
    </a>
  );
}
