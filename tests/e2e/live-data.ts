// The live notice's browser test (live.spec.ts) makes its claim here, in its own server's
// database before the server opens it: one unassigned draft, marked with the tag (argv[2]).
import { randomUUID } from 'node:crypto';
import { runScript } from '@/lib/db/open';

const tag = process.argv[2]!;

await runScript('live data', async ({ db }) => {
  const body = `Officials said 12 people were killed. ${tag}`;
  const article = await db.article.create({
    data: { slug: `live-${tag}`, title: `Live article ${tag}`, publisher: 'The Test Times', body },
  });
  await db.claim.create({
    data: {
      slug: `live-${randomUUID()}`,
      articleId: article.id,
      spanStart: 0,
      spanEnd: 9,
      quote: 'Officials',
      statement: `Live claim ${tag}`,
      kind: 'statement',
    },
  });
});
