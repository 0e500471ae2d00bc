import Link from 'next/link';
import type { ComponentProps } from 'react';

// Links between public pages, without prefetching: an article page has a link per checked
// claim, and prefetching each would cost every reader's phone and our server for pages most
// readers never open. A click still navigates without a full reload.
export function PublicLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link prefetch={false} {...props} />;
}
