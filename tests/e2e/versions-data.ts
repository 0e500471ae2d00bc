// The article-versions browser test (versions.spec.ts) makes its article here, in its own
// server's database before the server opens it: an article imported from an address, one
// published claim on a figure and one draft claim, marked with the tag (argv[2]).
import { randomUUID } from 'node:crypto';
import { runScript } from '@/lib/db/open';
import type { Prisma } from '@/lib/generated/prisma/client';
import { VERSION_ONE, versionsUrl } from './versions-text';

const tag = process.argv[2]!;

await runScript('versions data', async ({ db }) => {
  const body = VERSION_ONE;
  const article = await db.article.create({
    data: {
      slug: `versions-${tag}`,
      title: `Dam burst ${tag}`,
      publisher: 'The Test Times',
      url: versionsUrl(tag),
      body,
    },
  });
  const claim = (
    quote: string,
    extra: Omit<Prisma.ClaimUncheckedCreateInput, 'slug' | 'articleId' | 'spanStart' | 'spanEnd' | 'quote' | 'kind'>,
  ) =>
    db.claim.create({
      data: {
        slug: `versions-${randomUUID().slice(0, 8)}`,
        articleId: article.id,
        spanStart: body.indexOf(quote),
        spanEnd: body.indexOf(quote) + quote.length,
        quote,
        kind: 'casualty',
        ...extra,
      },
    });
  await claim('at least 40 people were killed', {
    statement: `40 killed when the dam burst ${tag}`,
    stage: 'published',
    verdictKey: 'verified',
    verdictReason: 'The monitor’s count.',
    explanation: 'The monitor’s count matches.',
    publishedAt: new Date(Date.now() - 3_600_000),
  });
  await claim('200 homes were flooded', { statement: `200 homes flooded ${tag}` });
});
