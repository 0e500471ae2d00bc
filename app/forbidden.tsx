import Link from 'next/link';

export default function Forbidden() {
  return (
    <section>
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="mt-2">
        Your role does not allow this page. <Link href="/review">Back to the review desk</Link>.
      </p>
    </section>
  );
}
