import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArticleView } from '@/components/public/article-view';
import { getPublicArticle } from '@/lib/publishing/articles';
import { articleMetadata } from '@/lib/publishing/metadata';
import { isSlug } from '@/lib/publishing/site';

// Cached whole like a claim page; revalidatePublishedClaim drops it when one of its claims changes.
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const load = cache((slug: string) => (isSlug(slug) ? getPublicArticle(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load((await params).slug);
  return article ? articleMetadata(article) : { title: 'Article not found' };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load((await params).slug);
  if (!article) notFound();
  return <ArticleView article={article} />;
}
