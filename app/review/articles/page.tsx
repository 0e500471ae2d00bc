import { format } from 'date-fns';
import type { Metadata } from 'next';
import Link from 'next/link';
import { listArticles } from '@/lib/articles/review';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Articles' };

export default async function ArticlesPage() {
  await requireUser();
  const articles = await listArticles();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-semibold">Articles</h1>
        <Link href="/review/articles/new">Import an article</Link>
      </div>
      {articles.length === 0 ? <p>No articles yet.</p> : null}
      <ul className="space-y-2">
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={`/review/articles/${a.id}`} className="font-medium">
              {a.title}
            </Link>{' '}
            <span className="text-sm text-slate-700">
              {a.publisher} · imported {format(a.createdAt, 'd MMM yyyy')} · {a._count.claims} claims
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
