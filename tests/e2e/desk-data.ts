// The review desk's browser test (desk.spec.ts) makes its claims here, in its own server's
// database before the server opens it: 30 drafts (four with a verdict, so that only those
// can go to review), three approved claims (one whose verdict the demo editor set), and a
// reviewer with nothing assigned. The tag (argv[2]) marks everything it makes.
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { runScript } from '@/lib/db/open';

const tag = process.argv[2]!;
const password = process.argv[3]!;

await runScript('desk data', async ({ db }) => {
  const user = (email: string) => db.user.findUniqueOrThrow({ where: { email } });
  const [reviewer, editor] = [await user('reviewer@example.org'), await user('editor@example.org')];
  await db.user.create({
    data: {
      email: `newcomer-${tag}@example.org`,
      name: `Newcomer ${tag}`,
      role: 'reviewer',
      passwordHash: await hashPassword(password),
    },
  });
  const body = `Officials said 12 people were killed. ${tag}`;
  const article = await db.article.create({
    data: { slug: `desk-${tag}`, title: `Desk article ${tag}`, publisher: 'The Test Times', body },
  });
  const claim = (statement: string, extra: object = {}) => ({
    slug: `desk-${randomUUID()}`,
    articleId: article.id,
    spanStart: 0,
    spanEnd: 9,
    quote: 'Officials',
    statement,
    kind: 'statement' as const,
    ...extra,
  });
  const verdict = (by: string) => ({ verdictKey: 'verified', verdictReason: 'Checked.', verdictSetById: by });
  const two = (n: number) => String(n).padStart(2, '0');
  await db.claim.createMany({
    data: [
      ...Array.from({ length: 30 }, (_, i) =>
        claim(`Desk draft ${two(i + 1)} ${tag}`, i < 4 ? verdict(reviewer.id) : {}),
      ),
      claim(`Desk approved A ${tag}`, { stage: 'approved', ...verdict(reviewer.id) }),
      claim(`Desk approved B ${tag}`, { stage: 'approved', ...verdict(reviewer.id) }),
      claim(`Desk approved by the editor ${tag}`, { stage: 'approved', ...verdict(editor.id) }),
    ],
  });
});
