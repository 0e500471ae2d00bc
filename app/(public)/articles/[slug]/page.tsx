import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArticleView } from '@/components/public/article-view';
import { cachedArticle } from '@/lib/publishing/cache';
import { articleMetadata } from '@/lib/publishing/metadata';
import { isSlug } from '@/lib/publishing/site';

type Props = { params: Promise<{ slug: string }> };

// Rendered on each request like every page (app/layout.tsx), from data kept in the cache
// until a publication drops it (lib/publishing/revalidate.ts).
const load = cache((slug: string) => (isSlug(slug) ? cachedArticle(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load((await params).slug);
  return article ? articleMetadata(article) : { title: 'Article not found' };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load((await params).slug);
  if (!article) notFound();
  return <ArticleView article={article} />;
}
