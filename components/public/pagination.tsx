import { PublicLink } from './link';

/** Previous / next links with the page count; plain links, so they work without JavaScript. */
export function Pagination({
  page,
  totalPages,
  href,
}: {
  page: number;
  totalPages: number;
  href: (n: number) => string;
}) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center gap-4">
      {page > 1 ? <PublicLink href={href(Math.min(page - 1, totalPages))}>Previous page</PublicLink> : null}
      <span className="text-slate-700">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? <PublicLink href={href(page + 1)}>Next page</PublicLink> : null}
    </nav>
  );
}
