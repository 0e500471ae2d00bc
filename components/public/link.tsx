import type { AnchorHTMLAttributes } from 'react';

// Links between public pages: plain anchors. A reader's page is a document that works
// without JavaScript; client-side navigation would add next/link's code (about 6 KB gzip)
// to every reader's first load and prefetch pages most readers never open.
export function PublicLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />;
}
