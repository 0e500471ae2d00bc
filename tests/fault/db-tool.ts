// The fault test's hands in the database (tests/fault/run.ts runs it as a child process
// with the install's DATA_DIR or DATABASE_URL): makes the test's users and claims,
// publishes a claim the way the workspace does, and reads back what was saved. On the
// embedded database it runs only while no server holds the folder.
//
//   tsx --conditions=react-server tests/fault/db-tool.ts <command> '<json>'
import { setVerdict } from '@/lib/claims/verdict';
import { db, dbHandle } from '@/lib/db';
import { revalidatePublishedClaim } from '@/lib/publishing/revalidate';
import { prepareClaimCorrection, publishClaimCorrection } from '@/lib/workflow/corrections';
import { approveClaim, publishClaim, submitForReview } from '@/lib/claims/transitions';
import { createClaim, createUser } from '@/tests/factories';

type Commands = Record<string, (input: never) => Promise<unknown>>;

const commands = {
  /** `users` reviewers, one editor and the author of the claim the editor publishes (password: tests/factories PASSWORD), and claim sets. */
  async setup({ users, claimSets }: { users: number; claimSets: number[] }) {
    const reviewers = [];
    for (let i = 0; i < users; i++) reviewers.push(await createUser('reviewer'));
    const editor = await createUser('editor');
    const author = await createUser('reviewer');
    const sets = [];
    for (const size of claimSets) {
      const set = [];
      for (let i = 0; i < size; i++) set.push((await createClaim()).id);
      sets.push(set);
    }
    return {
      reviewers: reviewers.map((u) => u.email),
      editor: { id: editor.id, email: editor.email },
      author: author.id,
      claimSets: sets,
    };
  },

  /** Each claim's version and statement, and the statements its claim.update audit events recorded. */
  async inspect({ claimIds }: { claimIds: string[] }) {
    const claims = await db.claim.findMany({
      where: { id: { in: claimIds } },
      select: { id: true, slug: true, version: true, statement: true },
    });
    const events = await db.auditEvent.findMany({
      where: { entityType: 'claim', entityId: { in: claimIds }, action: 'claim.update' },
      select: { entityId: true, after: true },
    });
    return claims.map((c) => ({
      ...c,
      updates: events
        .filter((e) => e.entityId === c.id)
        .map((e) => (e.after as { statement?: string } | null)?.statement ?? null),
    }));
  },

  /**
   * The author's verdict and submission, the editor's approval and publication (a second
   * read), then the same revalidation as the workspace's action.
   */
  async publish({ claimId, authorId, editorId }: { claimId: string; authorId: string; editorId: string }) {
    const [author, editor] = [{ id: authorId }, { id: editorId }];
    let version = (await setVerdict({ claimId, version: 1, verdictKey: 'verified', reason: 'Fault test' }, author))
      .version;
    version = (await submitForReview({ claimId, version }, author)).version;
    version = (await approveClaim({ claimId, version }, editor)).version;
    const moved = await publishClaim({ claimId, version, reason: 'Fault test' }, editor);
    await revalidatePublishedClaim({ claimSlug: moved.claimSlug, articleSlug: moved.articleSlug });
    return { slug: moved.claimSlug };
  },

  /** The author prepares a correction of the published claim; readers see nothing of it yet. */
  async prepareCorrection({ claimId, authorId }: { claimId: string; authorId: string }) {
    const { version } = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
    await prepareClaimCorrection(
      { claimId, version, reason: 'Fault test', publicNote: 'Fault test: evidence added.' },
      { id: authorId },
    );
    return {};
  },

  /** A second editor (made here: no part of the correction is theirs) publishes it, then revalidates. */
  async publishCorrection({ claimId }: { claimId: string }) {
    const second = await createUser('editor');
    const { version } = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
    const moved = await publishClaimCorrection({ claimId, version }, second);
    await revalidatePublishedClaim({ claimSlug: moved.claimSlug, articleSlug: moved.articleSlug });
    return {};
  },
} satisfies Commands;

const [name, json = '{}'] = process.argv.slice(2);
const command = commands[name as keyof typeof commands] as ((input: unknown) => Promise<unknown>) | undefined;
if (!command) {
  console.error(`db-tool: unknown command ${name}; one of ${Object.keys(commands).join(', ')}`);
  process.exit(2);
}
try {
  console.log(JSON.stringify(await command(JSON.parse(json))));
} finally {
  await dbHandle.close();
}
