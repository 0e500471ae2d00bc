import { PublicLink } from '@/components/public/link';

export default function NotFound() {
  return (
    <section>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2">
        There is nothing at this address. <PublicLink href="/">Go to the front page</PublicLink>.
      </p>
    </section>
  );
}
