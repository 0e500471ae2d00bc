// How long a publication and a correction take to reach readers on every app server: run by
// bench/run.ts against two app servers on one PostgreSQL (DATABASE_URL). The change is made
// here, outside both servers (the workflow's verbs and the revalidation the workspace's
// action runs), so both servers learn of it the way a second server always does: from the
// public generation they poll (lib/publishing/changes.ts). Before each change both servers
// have answered the old page, so their stores hold it; the time runs from the editor's verb
// to the first answer with the change, claim page and API both, on each server.
//
//   tsx --conditions=react-server bench/visibility.ts http://127.0.0.1:3170 http://127.0.0.1:3171
import { randomBytes } from 'node:crypto';
import { setVerdict } from '@/lib/claims/verdict';
import { approveClaim, publishClaim, submitForReview } from '@/lib/claims/transitions';
import { dbHandle } from '@/lib/db';
import { revalidatePublishedClaim } from '@/lib/publishing/revalidate';
import { prepareClaimCorrection, publishClaimCorrection } from '@/lib/workflow/corrections';
import { createClaim, createUser } from '@/tests/factories';
import { RESULT } from './result';

const servers = process.argv.slice(2);
if (servers.length < 1) throw new Error('visibility: give the app servers’ base URLs');
const giveUpMs = 30_000;

async function read(url: string) {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, text: await response.text() };
}

/** Per server: ms from `t0` until `shows(server)` first held (null if not within giveUpMs). */
async function untilShown(t0: number, shows: (base: string) => Promise<boolean>) {
  return Promise.all(
    servers.map(async (base) => {
      while (Date.now() - t0 < giveUpMs) {
        if (await shows(base).catch(() => false)) return Date.now() - t0;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return null;
    }),
  );
}

try {
  const author = await createUser('reviewer');
  const editor = await createUser('editor');
  const second = await createUser('editor');
  const claim = await createClaim({ statement: `Bench visibility ${randomBytes(4).toString('hex')}` });
  const page = (base: string) => `${base}/claims/${claim.slug}`;
  const api = (base: string) => `${base}/api/v1/claims/${claim.slug}`;

  // Readers ask first: both servers answer 404, the answer their caches hold.
  for (const base of servers) {
    for (const url of [page(base), api(base)]) {
      const { status } = await read(url);
      if (status !== 404) throw new Error(`visibility: ${url} answered ${status} before publication`);
    }
  }
  let version = (await setVerdict({ claimId: claim.id, version: 1, verdictKey: 'verified', reason: 'Bench' }, author))
    .version;
  version = (await submitForReview({ claimId: claim.id, version }, author)).version;
  version = (await approveClaim({ claimId: claim.id, version }, editor)).version;

  const publishedAt = Date.now();
  const moved = await publishClaim({ claimId: claim.id, version, reason: 'Bench' }, editor);
  await revalidatePublishedClaim({ claimSlug: moved.claimSlug, articleSlug: moved.articleSlug });
  const publish = await untilShown(publishedAt, async (base) => {
    const [html, json] = await Promise.all([read(page(base)), read(api(base))]);
    return html.status === 200 && html.text.includes(claim.statement) && json.status === 200;
  });

  // A correction with a note readers see; the old page is in both stores first.
  const note = `Bench correction ${randomBytes(4).toString('hex')}: the figure was revised.`;
  const current = await prepareClaimCorrection(
    { claimId: claim.id, version: moved.version, reason: 'Bench', publicNote: note },
    editor,
  );
  for (const base of servers) {
    const { status, text } = await read(page(base));
    if (status !== 200 || text.includes(note)) throw new Error(`visibility: ${base} shows an unpublished correction`);
  }
  const correctedAt = Date.now();
  const corrected = await publishClaimCorrection({ claimId: claim.id, version: current.version }, second);
  await revalidatePublishedClaim({ claimSlug: corrected.claimSlug, articleSlug: corrected.articleSlug });
  const correction = await untilShown(correctedAt, async (base) => {
    const [html, json] = await Promise.all([read(page(base)), read(api(base))]);
    return html.text.includes(note) && json.text.includes(note);
  });
  console.log(RESULT + JSON.stringify({ servers, publishMs: publish, correctionMs: correction }));
} finally {
  await dbHandle.close();
}
