import 'server-only';
import { db } from '@/lib/db';
import type { Proposal } from '@/lib/extraction';
import { OffThreadFailed, extractClaimsOffThread } from './off-thread';
import type { Prisma } from '@/lib/generated/prisma/client';
import { log } from '@/lib/log';
import type { Relay } from '@/lib/extraction/relay';
import { DETECTION_TIMEOUT_MS } from './limits';

// The detector's proposals are computed once per article, in a worker thread, and stored
// with it (Article.proposals): the review page reads them instead of detecting again on
// every view (docs/decisions/011). An article stored before that, or whose proposals were
// cleared, gets them on its first view.

/** A proposal as stored: what the detector found, and the primary source it relays, if any (relay.ts). */
export type StoredProposal = Omit<Proposal, 'text'> & { relay?: Relay };
type Stored = { proposals: StoredProposal[]; note?: string };
export type ArticleProposals = { proposals: (Proposal & { relay?: Relay })[]; note: string | null };

const UNFINISHED = 'Claim detection did not finish on this text: select the claims in it by hand.';

/** The sources detection may recognise by name or alias (in name order: of two equally good matches, the first wins). */
export const knownSources = () =>
  db.source.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, aliases: true } });

/** Detects the claims of a body, as stored with its article. A detector that fails leaves a note, not an error. */
export async function detectProposals(body: string, publisher: string): Promise<Stored> {
  try {
    const proposals = await extractClaimsOffThread(
      body,
      { knownSources: await knownSources(), publisher },
      { timeoutMs: DETECTION_TIMEOUT_MS },
    );
    // With each proposal, the primary source it relays, if any (worker.ts, relay.ts).
    return { proposals: proposals.map(({ text: _text, ...proposal }) => proposal) };
  } catch (error) {
    if (!(error instanceof OffThreadFailed)) throw error;
    log.warn({ err: error, length: body.length }, 'claim detection failed');
    return { proposals: [], note: UNFINISHED };
  }
}

function isStored(value: unknown): value is Stored {
  return typeof value === 'object' && value !== null && Array.isArray((value as Stored).proposals);
}

/** The stored proposals of an article, detected and stored first if it has none. */
export async function articleProposals(article: {
  id: string;
  body: string;
  publisher: string;
  proposals: unknown;
}): Promise<ArticleProposals> {
  let stored: Stored;
  if (isStored(article.proposals)) stored = article.proposals;
  else {
    stored = await detectProposals(article.body, article.publisher);
    // updateMany: the article may have gone meanwhile. Two first views at once store the same answer.
    await db.article.updateMany({ where: { id: article.id }, data: { proposals: stored as Prisma.InputJsonObject } });
  }
  const { body } = article;
  const proposals = stored.proposals
    .filter((p) => p.start >= 0 && p.end <= body.length && p.start < p.end)
    .map((p) => ({ ...p, text: body.slice(p.start, p.end) }));
  return { proposals, note: stored.note ?? null };
}
