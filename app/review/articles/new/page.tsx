import type { Metadata } from 'next';
import { ImportForm } from '@/components/review/import/import-form';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Import an article' };

export default async function ImportArticlePage() {
  await requireUser();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Import an article</h1>
      <p className="max-w-3xl">
        The text is stored as it is; claims are found in it next, for you to accept, edit or reject.
      </p>
      <ImportForm />
    </div>
  );
}
