'use client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section>
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2">The page could not be shown. Try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-slate-900 px-3 py-1.5 text-white">
        Try again
      </button>
    </section>
  );
}
